// `npm run weigh`: what each built page costs a reader: its HTML, the CSS and JavaScript it loads
// (files it links to and inline code), raw and gzipped. Run `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Weight { html: number; htmlGz: number; css: number; cssGz: number; js: number; jsGz: number }

function weigh(file: string): Weight {
  const html = readFileSync(path.join(dist, file), 'utf8');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(path.join(dist, m[1]!)));
  const css = [...linked(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g), ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!))];
  const js = [...linked(/<script[^>]+src="(\/[^"]+)"/g), ...[...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!))];
  const sum = (parts: Buffer[], f: (b: Buffer) => number) => parts.reduce((s, b) => s + f(b), 0);
  return {
    html: Buffer.byteLength(html), htmlGz: gz(html),
    css: sum(css, (b) => b.length), cssGz: sum(css, gz),
    js: sum(js, (b) => b.length), jsGz: sum(js, gz),
  };
}

/** Pages of one template weigh alike: report each type's median and heaviest page. */
function pageType(page: string): string {
  if (page === 'index.html') return 'home';
  const [first, second] = page.split('/');
  if (second === 'index.html') return `${first} index`;
  return first === undefined || first.endsWith('.html') ? page : first;
}

const byType = new Map<string, { page: string; w: Weight }[]>();
for (const page of pages) {
  const type = pageType(page);
  byType.set(type, [...(byType.get(type) ?? []), { page, w: weigh(page) }]);
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
