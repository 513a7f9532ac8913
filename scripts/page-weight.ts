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

console.log(['page', 'HTML', 'HTML gzip', 'CSS', 'CSS gzip', 'JS', 'JS gzip'].join('\t'));
for (const page of pages) {
  const w = weigh(page);
  console.log([`/${page.replace(/index\.html$/, '')}`, kb(w.html), kb(w.htmlGz), kb(w.css), kb(w.cssGz), kb(w.js), kb(w.jsGz)].join('\t'));
}
