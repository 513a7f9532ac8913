// `npm run new-edition -- <edition> [--from <edition>] [--source <id>] [--text <report.txt>]`:
// scaffolds a draft edition to fill in. See docs/publishing.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../src/lib/data/index.ts';
import { kindLabel } from '../src/lib/data/editions.ts';
import { columnLetter } from '../src/lib/data/problems.ts';
import { columnsOf } from '../src/lib/data/schemas/fields.ts';
import { sourceRow } from '../src/lib/data/schemas/source.ts';
import { scaffoldEdition } from '../src/lib/publishing/scaffold.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string' }, source: { type: 'string' }, text: { type: 'string' }, data: { type: 'string' } },
});
const [edition] = positionals;
if (!edition || positionals.length > 1) {
  console.error('Give the new edition\'s id, and nothing else before the options: npm run new-edition -- 2026 --from 2025 --text path/to/report.txt');
  process.exit(1);
}
const result = scaffoldEdition({ dataDir: values.data ? path.resolve(values.data) : DATA_DIR, edition, from: values.from, source: values.source, text: values.text });
if (!result.ok) {
  console.error(`No draft was made:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
console.log(`Draft edition ${edition} made from edition ${result.from}, a ${kindLabel(result.kind)}, with ${result.rows} rows to fill in: one for each figure edition ${result.from} gave, parts of totals and comparators included (${result.measures} measures).${result.severalPeriods > 0 ? ` Edition ${result.from} gave ${result.severalPeriods} of these figures for more than one period: each has one row, so add a row for each other period the new report gives.` : ''} Written:`);
for (const f of result.files) console.log(`  ${f}`);
console.log(`
Next (docs/publishing.md explains each step):
  1. complete the document's row (the last one) in data/sources.csv: replace each TO WRITE, and type the date the council published it in column ${columnLetter(columnsOf(sourceRow).indexOf('published'))} (published), such as 2026-07-14${values.text ? '' : `; save the report's text as data/sources/${result.source}.txt`};
  2. fill in each figure in data/editions/${edition}/observations.csv: value, period, period_label, line and quote; delete the rows of figures the report does not give;
  3. for each measure of edition ${result.from} that the report does not give, record it in data/gaps.csv (\`npm run validate\` lists them, with the rows to paste);
  4. write the report in content/reports/${edition}.mdx, replacing every TO WRITE;
  5. run \`npm run validate\` until it reports 0 errors and nothing left in its checklist, and \`npm start\` to preview the draft;
  6. run \`npm run publish-edition -- ${edition}\` when it is ready to go public.`);
