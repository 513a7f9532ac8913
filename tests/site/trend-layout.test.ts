// Every trend page, laid out in Chromium at a phone's and a desktop's width: nothing wider than the
// screen, chart text legible (12 px or more) and inside its drawing, point targets of 24 px or
// more, and the first chart (or the figure itself) in the first screen. Then every chart
// download, whose text must stay inside the image.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dist, launch } from './browser.ts';

const baseUrl = inject('baseUrl');
// Every trend page, but the old addresses of merged measures, which only send readers on.
const ids = readdirSync(path.join(dist, 'trends'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  .filter((id) => !readFileSync(path.join(dist, 'trends', id, 'index.html'), 'utf8').includes('http-equiv="refresh"'));
const SCREENS = [{ width: 320, height: 640 }, { width: 390, height: 844 }, { width: 1440, height: 900 }];

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

interface Layout {
  scrollWidth: number;
  firstTop: number | undefined;
  problems: string[];
}

/** Measures the page as laid out now, in the browser. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('.chart svg:not(.swatch)')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const scale = svg.getScreenCTM()?.a ?? 1;
      for (const t of svg.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < 12) problems.push(`"${t.textContent}" is ${size.toFixed(1)} px`);
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) problems.push(`"${t.textContent}" runs outside its chart`);
      }
      for (const p of svg.querySelectorAll('[data-point]')) {
        const r = p.getBoundingClientRect();
        if (r.width < 24 || r.height < 24) problems.push(`a point target is ${r.width.toFixed(1)}×${r.height.toFixed(1)} px`);
      }
    }
    const first = document.querySelector('.chart, .keyfigure');
    return { scrollWidth: document.documentElement.scrollWidth, firstTop: first ? first.getBoundingClientRect().top + scrollY : undefined, problems };
  });
}

describe('trend pages at 320, 390 and 1440 px', () => {
  let page: Page;
  beforeAll(async () => { page = await (await browser.newContext()).newPage(); });

  it.each(ids)('/trends/%s/', async (id) => {
    await page.setViewportSize(SCREENS[0]!);
    await page.goto(`${baseUrl}/trends/${id}/`);
    const found: string[] = [];
    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      const layout = await measure(page);
      if (layout.scrollWidth > screen.width) found.push(`${screen.width} px: the page is ${layout.scrollWidth} px wide`);
      found.push(...[...new Set(layout.problems)].map((p) => `${screen.width} px: ${p}`));
      if (screen.width !== 320 && !(layout.firstTop !== undefined && layout.firstTop < screen.height)) {
        found.push(`${screen.width} px: the first chart starts at ${layout.firstTop} px, below the first screen`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the chart downloads', () => {
  it('keep every text inside the image', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/404.html`);
    const outside: string[] = [];
    for (const id of ids) {
      const svg = await (await fetch(`${baseUrl}/trends/${id}/chart.svg`)).text();
      const found = await page.evaluate((markup) => {
        document.body.innerHTML = markup;
        const root = document.body.querySelector('svg')!;
        const box = root.getBoundingClientRect();
        return [...root.querySelectorAll('text')].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5);
        }).map((t) => t.textContent);
      }, svg);
      outside.push(...found.map((t) => `${id}: "${t}"`));
    }
    expect(outside).toEqual([]);
  });
});
