// `npm run validate [data-dir]`: checks every data file, prints every problem, exits 1 on any.
import path from 'node:path';
import { DATA_DIR, formatReport, loadDataset } from '../src/lib/data/index.ts';

const dataDir = process.argv[2] ? path.resolve(process.argv[2]) : DATA_DIR;
const { problems, summary } = loadDataset(dataDir);
console.log(formatReport(problems, summary));
process.exitCode = problems.length > 0 ? 1 : 0;
