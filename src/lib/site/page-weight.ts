// What a built page costs a reader: its HTML, and the CSS and JavaScript it loads (linked files and
// inline code), raw and gzipped. Shared by `npm run weigh` and the budget tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight { html: number; htmlGz: number; elements: number; css: number; cssGz: number; js: number; jsGz: number }

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Every HTML file of a build, relative to it, sorted. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
}

/** Elements in a page's HTML: its start tags, leaving out comments and what scripts and styles hold. */
export function countElements(html: string): number {
  const bare = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2>');
  return bare.match(/<[a-zA-Z][a-zA-Z0-9-]*/g)?.length ?? 0;
}

export function weigh(dist: string, file: string): Weight {
  const html = readFileSync(path.join(dist, file), 'utf8');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(path.join(dist, m[1]!)));
  const css = [...linked(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g), ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!))];
  const js = [...linked(/<script[^>]+src="(\/[^"]+)"/g), ...[...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!))];
  const sum = (parts: Buffer[], f: (b: Buffer) => number) => parts.reduce((s, b) => s + f(b), 0);
  return {
    html: Buffer.byteLength(html), htmlGz: gzipSize(html), elements: countElements(html),
    css: sum(css, (b) => b.length), cssGz: sum(css, gzipSize),
    js: sum(js, (b) => b.length), jsGz: sum(js, gzipSize),
  };
}

/** Pages of one template weigh alike: "trends", "reports", "home", "about index"... */
export function pageType(page: string): string {
  if (page === 'index.html') return 'home';
  const [first, second, third, fourth] = page.split('/');
  if (second === 'index.html') return `${first} index`;
  // A page below an item's own page, such as a source's figures: "sources figures".
  if (fourth === 'index.html') return `${first} ${third}`;
  return first === undefined || first.endsWith('.html') ? page : first;
}

/** One page type's weights: the median and heaviest of its pages. */
export interface TypeWeight {
  type: string;
  pages: number;
  median: Weight;
  max: Weight;
  /** The page with the most gzipped HTML. */
  heaviest: string;
}

/** Every page of a build weighed, by page type, in order of first appearance. */
export function weighByType(dist: string): TypeWeight[] {
  const byType = new Map<string, { page: string; w: Weight }[]>();
  for (const page of builtPages(dist)) {
    const type = pageType(page);
    byType.set(type, [...(byType.get(type) ?? []), { page, w: weigh(dist, page) }]);
  }
  return [...byType].map(([type, list]) => {
    const each = (f: (xs: number[]) => number) => Object.fromEntries(
      (Object.keys(list[0]!.w) as (keyof Weight)[]).map((k) => [k, f(list.map((x) => x.w[k]))]),
    ) as unknown as Weight;
    const heaviest = list.reduce((a, b) => (b.w.htmlGz > a.w.htmlGz ? b : a));
    return { type, pages: list.length, median: each(median), max: each((xs) => Math.max(...xs)), heaviest: heaviest.page };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
