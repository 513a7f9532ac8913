// `npm run validate [data-dir]`: checks every data file and the prose that cites it, prints every
// problem grouped by file, then what each draft edition changes; exits 1 on any problem.
import path from 'node:path';
import { validateProject } from '../src/lib/content/index.ts';
import { DATA_DIR, formatReport } from '../src/lib/data/index.ts';
import { draftEditions, formatDraftSummary, summariseDraft } from '../src/lib/publishing/draft-summary.ts';

const dataDir = process.argv[2] ? path.resolve(process.argv[2]) : DATA_DIR;
const { dataset, problems, summary, unwritten } = validateProject(dataDir);
console.log(formatReport(problems, summary));
for (const edition of draftEditions(dataset)) {
  console.log(`\n${formatDraftSummary(summariseDraft(dataset, edition, unwritten), dataset)}`);
}
process.exitCode = problems.length > 0 ? 1 : 0;
