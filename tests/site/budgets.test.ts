// Budgets on the built site, in sizes (timings belong to `npm run weigh` and benchmarks): the
// JavaScript each type of page loads, nothing fetched from another origin, images with their
// dimensions, and no web fonts (the site uses the reader's system fonts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CEILING, PAGE_BUDGETS, pagesOverBudget } from '../../src/lib/site/page-budgets.ts';
import { builtPages, countElements, pageType, weigh } from '../../src/lib/site/page-weight.ts';
import { dist } from './browser.ts';

const KB = 1024;
/** Gzipped JavaScript per page type; any type not listed may load none. */
// The search page's own script; Pagefind's library, which it loads when the page opens, is excepted.
// The home page leads with a chart, and loads the charts' small script. A source page's script
// makes its line numbers give their links.
const JS_BUDGET: Record<string, number> = { home: 5 * KB, reports: 5 * KB, 'strategy index': 5 * KB, trends: 20 * KB, embed: 20 * KB, 'search index': 5 * KB, sources: 2 * KB };
const pages = builtPages(dist);

describe('the budgets', () => {
  it('keep each page type within its JavaScript budget (gzip)', () => {
    const over = pages.flatMap((page) => {
      const type = pageType(page);
      const { jsGz } = weigh(dist, page);
      const budget = JS_BUDGET[type] ?? 0;
      return jsGz > budget ? [`${page} (${type}): ${jsGz} bytes of JavaScript, budget ${budget}`] : [];
    });
    expect(over).toEqual([]);
  });

  it('keep every page within its type\'s budget of HTML and elements, and under the ceiling', () => {
    expect(pagesOverBudget(dist).map((o) => `${o.page} (${o.type}): ${o.what}`)).toEqual([]);
    // Each budget is below the ceiling, so no type can raise it.
    for (const [type, b] of Object.entries(PAGE_BUDGETS)) expect(b.html <= CEILING.html && b.elements <= CEILING.elements, type).toBe(true);
  });

  it('count the elements a page\'s HTML writes', () => {
    expect(countElements('<!doctype html><html><body><!-- <p> --><p>a<br>b</p><script>if (a<b) x()</script><svg><g><rect/></g></svg></body></html>')).toBe(8);
  });

  it('load nothing from another origin, and give every image its dimensions', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(dist, page), 'utf8');
      for (const m of html.matchAll(/<(script|img|iframe|audio|video|source|link)\b[^>]*?\s(?:src|href|srcset)="([^"]*)"/g)) {
        const [, tag, url] = m;
        const isResource = tag !== 'link' || /rel="(?:stylesheet|preload|modulepreload|icon|manifest)"/.test(m[0]);
        if (isResource && /^(?:https?:)?\/\//.test(url!)) problems.push(`${page}: <${tag}> loads ${url}`);
      }
      for (const m of html.matchAll(/<img\b[^>]*>/g)) {
        if (!/\swidth="\d+"/.test(m[0]) || !/\sheight="\d+"/.test(m[0])) problems.push(`${page}: an image without width and height: ${m[0].slice(0, 80)}`);
      }
    }
    expect(pages.length).toBeGreaterThan(600);
    expect(problems).toEqual([]);
  });

  it('use no web fonts and no stylesheet from elsewhere', () => {
    const css = readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(path.join(dist, '_astro', f), 'utf8'));
    expect(css.length).toBeGreaterThan(0);
    for (const text of css) {
      expect(text).not.toMatch(/@font-face/);
      expect(text).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//);
    }
  });
});
