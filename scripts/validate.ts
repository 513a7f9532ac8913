// `npm run validate [-- --all] [data-dir]`: checks every data file and the prose that cites it,
// prints every problem grouped by file, then what each draft edition still needs and changes
// (each list's first ten items, or all of them with --all); exits 1 on any problem.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { validateProject } from '../src/lib/content/index.ts';
import { DATA_DIR, formatReport } from '../src/lib/data/index.ts';
import { draftEditions, formatDraftSummary, summariseDraft } from '../src/lib/publishing/draft-summary.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false } } });
const dataDir = positionals[0] ? path.resolve(positionals[0]) : DATA_DIR;
const { dataset, problems, summary, unwritten } = validateProject(dataDir);
console.log(formatReport(problems, summary));
for (const edition of draftEditions(dataset)) {
  console.log(`\n${formatDraftSummary(summariseDraft(dataset, edition, unwritten), dataset, { all: values.all })}`);
}
process.exitCode = problems.length > 0 ? 1 : 0;
