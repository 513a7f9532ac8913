// `npm run weigh`: what each type of built page costs a reader: its HTML, the CSS and JavaScript it
// loads, raw and gzipped, median and heaviest; then each type's heaviest page against its budget of
// HTML and elements (src/lib/site/page-budgets.ts). Run `npm run build` first.
import path from 'node:path';
import { budgetRows } from '../src/lib/site/page-budgets.ts';
import { kb, weighByType } from '../src/lib/site/page-weight.ts';

const dist = path.resolve(import.meta.dirname, '../dist');
console.log(['page type', 'pages', 'HTML (median, max)', 'HTML gzip', 'CSS gzip', 'JS', 'JS gzip (max)', 'heaviest page'].join('\t'));
const types = weighByType(dist);
for (const t of types) {
  console.log([
    t.type, t.pages,
    `${kb(t.median.html)}, ${kb(t.max.html)}`,
    `${kb(t.median.htmlGz)}, ${kb(t.max.htmlGz)}`,
    kb(t.max.cssGz),
    kb(t.max.js),
    kb(t.max.jsGz),
    `/${t.heaviest.replace(/index\.html$/, '')}`,
  ].join('\t'));
}
console.log('');
for (const row of budgetRows(dist, types)) console.log(row.join('\t'));
