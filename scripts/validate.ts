// `npm run validate [data-dir]`: checks every data file and the prose that cites it, prints every
// problem, exits 1 on any.
import path from 'node:path';
import { validateProject } from '../src/lib/content/index.ts';
import { DATA_DIR, formatReport } from '../src/lib/data/index.ts';

const dataDir = process.argv[2] ? path.resolve(process.argv[2]) : DATA_DIR;
const { problems, summary } = validateProject(dataDir);
console.log(formatReport(problems, summary));
process.exitCode = problems.length > 0 ? 1 : 0;
