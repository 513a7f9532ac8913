// `npm run weigh`: what each type of built page costs a reader: its HTML, the CSS and JavaScript it
// loads, raw and gzipped, median and heaviest. Run `npm run build` first.
import path from 'node:path';
import { builtPages, pageType, weigh, type Weight } from '../src/lib/site/page-weight.ts';

const dist = path.resolve(import.meta.dirname, '../dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const byType = new Map<string, { page: string; w: Weight }[]>();
for (const page of builtPages(dist)) {
  const type = pageType(page);
  byType.set(type, [...(byType.get(type) ?? []), { page, w: weigh(dist, page) }]);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
console.log(['page type', 'pages', 'HTML (median, max)', 'HTML gzip', 'CSS gzip', 'JS', 'JS gzip (max)', 'heaviest page'].join('\t'));
for (const [type, list] of byType) {
  const col = (f: (w: Weight) => number) => list.map((x) => f(x.w));
  const heaviest = list.reduce((a, b) => (b.w.htmlGz > a.w.htmlGz ? b : a));
  console.log([
    type, list.length,
    `${kb(median(col((w) => w.html)))}, ${kb(Math.max(...col((w) => w.html)))}`,
    `${kb(median(col((w) => w.htmlGz)))}, ${kb(Math.max(...col((w) => w.htmlGz)))}`,
    kb(Math.max(...col((w) => w.cssGz))),
    kb(Math.max(...col((w) => w.js))),
    kb(Math.max(...col((w) => w.jsGz))),
    `/${heaviest.page.replace(/index\.html$/, '')}`,
  ].join('\t'));
}
