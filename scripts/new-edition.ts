// `npm run new-edition -- <edition> [--from <edition>] [--source <id>] [--text <report.txt>]`:
// scaffolds a draft edition to fill in. See docs/publishing.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../src/lib/data/index.ts';
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
console.log(`Draft edition ${edition} made from edition ${result.from}, with ${result.rows} figures to fill in. Written:`);
for (const f of result.files) console.log(`  ${f}`);
console.log(`
Next (docs/publishing.md explains each step):
  1. complete the document's row (the last one) in data/sources.csv${values.text ? '' : `, and save the report's text as data/sources/${result.source}.txt`};
  2. fill in each figure in data/editions/${edition}/observations.csv: value, period, period_label, line and quote;
  3. write the report in content/reports/${edition}.mdx, replacing every TO WRITE;
  4. run \`npm run validate\` until it reports 0 errors, and \`npm start\` to preview the draft;
  5. run \`npm run publish-edition -- ${edition}\` when it is ready to go public.`);
