// What a built page costs a reader: its HTML, and the CSS and JavaScript it loads (linked files and
// inline code), raw and gzipped. Shared by `npm run weigh` and the budget tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight { html: number; htmlGz: number; css: number; cssGz: number; js: number; jsGz: number }

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Every HTML file of a build, relative to it, sorted. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
}

export function weigh(dist: string, file: string): Weight {
  const html = readFileSync(path.join(dist, file), 'utf8');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(path.join(dist, m[1]!)));
  const css = [...linked(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g), ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!))];
  const js = [...linked(/<script[^>]+src="(\/[^"]+)"/g), ...[...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!))];
  const sum = (parts: Buffer[], f: (b: Buffer) => number) => parts.reduce((s, b) => s + f(b), 0);
  return {
    html: Buffer.byteLength(html), htmlGz: gzipSize(html),
    css: sum(css, (b) => b.length), cssGz: sum(css, gzipSize),
    js: sum(js, (b) => b.length), jsGz: sum(js, gzipSize),
  };
}

/** Pages of one template weigh alike: "trends", "reports", "home", "about index"... */
export function pageType(page: string): string {
  if (page === 'index.html') return 'home';
  const [first, second] = page.split('/');
  if (second === 'index.html') return `${first} index`;
  return first === undefined || first.endsWith('.html') ? page : first;
}
