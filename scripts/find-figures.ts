// `npm run find-figures -- <report.pdf|report.txt> [--edition <id>] [--out <draft.csv>] [--force]`:
// a draft CSV of the figures a report states, for people to confirm. See docs/publishing.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../src/lib/data/index.ts';
import { runFinder } from '../src/lib/finder/run.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { edition: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, data: { type: 'string' } },
});
const [report] = positionals;
if (!report || positionals.length > 1) {
  console.error('Give the report\'s PDF or text file, and nothing else before the options: npm run find-figures -- path/to/report.pdf --edition 2026');
  process.exit(1);
}
const started = performance.now();
const result = await runFinder({ dataDir: values.data ? path.resolve(values.data) : DATA_DIR, report, edition: values.edition, out: values.out, force: values.force });
if (!result.ok) {
  console.error(`Nothing was written:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
console.log(result.summary);
console.log(`\nWritten in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
for (const f of result.files) console.log(`  ${f}`);
console.log('\nNext: open the draft, confirm each row marked "to confirm" that you want, and move it to observations.csv (docs/publishing.md, "Finding the figures in a new report").');
