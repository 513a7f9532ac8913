// A source page holds the document's whole text, one element per line, so every citation
// (`/sources/<id>/#L<line>`) lands on its line, marked, with JavaScript and without; the figures
// taken from it are on their own page. Selecting a line's number gives its link.
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, loadDataset } from '../../src/lib/data/index.ts';
import { readSourceText } from '../../src/lib/data/source-text.ts';
import { countElements } from '../../src/lib/site/page-weight.ts';
import { dist, launch } from './browser.ts';

const baseUrl = inject('baseUrl');
const { dataset } = loadDataset(DATA_DIR);
const sources = dataset.sources.map((s) => s.row);
const figuresOf = (id: string) => dataset.observations.map((o) => o.row).filter((o) => o.source === id);
const built = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
const longest = sources.map((s) => ({ id: s.id, lines: readSourceText(DATA_DIR, s.id).lines.length })).sort((a, b) => b.lines - a.lines)[0]!.id;

describe('each source page, as built', () => {
  it.each(sources.map((s) => s.id))('%s holds every line of the text, exactly, and marks the cited ones', (id) => {
    const { document } = parseHTML(built(`sources/${id}`));
    const items = [...document.querySelectorAll('ol.source-text > li')];
    const { lines } = readSourceText(DATA_DIR, id);
    expect(items.map((li) => li.id)).toEqual(lines.map((_, i) => `L${i + 1}`));
    expect(items.map((li) => li.textContent)).toEqual(lines);
    const cited = new Set(figuresOf(id).map((f) => f.line));
    expect(items.filter((li) => li.classList.contains('cited')).map((li) => Number(li.id.slice(1)))).toEqual([...cited].sort((a, b) => a - b));
  });

  it.each(sources.map((s) => s.id))('%s lists every figure taken from it on its figures page, each linked to its line', (id) => {
    const { document } = parseHTML(built(`sources/${id}/figures`));
    const links = [...document.querySelectorAll('tbody tr td:first-child a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(figuresOf(id).map((f) => f.line).sort((a, b) => a - b).map((line) => `/sources/${id}/#L${line}`));
    expect(parseHTML(built(`sources/${id}`)).document.querySelector(`a[href="/sources/${id}/figures/"]`)).not.toBeNull();
  });
});

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

/** The line a citation address lands on: in the first screen, marked, and holding the text. */
async function landing(page: Page, id: string, line: number) {
  await page.goto(`${baseUrl}/sources/${id}/#L${line}`);
  return page.evaluate((lineId) => {
    const li = document.getElementById(lineId)!;
    const box = li.getBoundingClientRect();
    const mark = getComputedStyle(document.documentElement).getPropertyValue('--mark').trim();
    const probe = document.createElement('div');
    probe.style.background = mark;
    document.body.append(probe);
    const markColour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return { inView: box.top >= 0 && box.bottom <= innerHeight, marked: getComputedStyle(li).backgroundColor === markColour, text: li.textContent };
  }, `L${line}`);
}

describe('a citation address', () => {
  // The first and last cited lines of each document, and its very last line.
  const cases = sources.flatMap((s) => {
    const lines = figuresOf(s.id).map((f) => f.line).sort((a, b) => a - b);
    return [lines[0]!, lines.at(-1)!, readSourceText(DATA_DIR, s.id).lines.length].map((line) => ({ id: s.id, line }));
  });

  for (const javaScriptEnabled of [false, true]) {
    it(`lands on its line, marked, on a phone, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const landed = [];
      for (const { id, line } of cases) landed.push({ id, line, ...(await landing(page, id, line)) });
      await context.close();
      expect(landed).toEqual(cases.map(({ id, line }) => ({ id, line, inView: true, marked: true, text: readSourceText(DATA_DIR, id).lines[line - 1] })));
    });
  }
});

it('gives a line\'s link when its number is selected, without moving the page', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sources/${longest}/#L1000`);
  await expect(page.locator('#line-hint').isVisible()).resolves.toBe(true);
  const before = await page.evaluate(() => scrollY);
  const box = (await page.locator('#L1003').boundingBox())!;
  // The number is the list marker, just before the line's box.
  await page.mouse.click(box.x - 12, box.y + 8);
  const hash = () => page.evaluate(() => location.hash);
  await expect(hash()).resolves.toBe('#L1003');
  await expect(page.evaluate(() => scrollY)).resolves.toBe(before);
  await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('L1003');
  // A click in the text itself (to select it) leaves the address alone.
  await page.mouse.click(box.x + 40, box.y + 8);
  await expect(hash()).resolves.toBe('#L1003');
  await context.close();
});

it('counts elements as the browser finds them, on the longest document', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/sources/${longest}/`);
  await expect(page.evaluate(() => document.getElementsByTagName('*').length)).resolves.toBe(countElements(built(`sources/${longest}`)));
  await page.close();
});

it('reserves for each group of figure rows at least its real height, at any width', async () => {
  // A group not yet laid out keeps the height the stylesheet reserves: were it shorter than the
  // rows, they would be drawn over the next group's when something asks where they are.
  const short: string[] = [];
  for (const width of [320, 390, 768, 1440]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const { id } of sources) {
      await page.goto(`${baseUrl}/sources/${id}/figures/`);
      const groups = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('table.figures-index tbody')].map((group) => {
        const reserved = parseFloat(getComputedStyle(group).containIntrinsicHeight.replace('auto ', ''));
        group.style.contentVisibility = 'visible';
        return { reserved, real: group.getBoundingClientRect().height };
      }));
      expect(groups.length).toBeGreaterThan(0);
      for (const [i, g] of groups.entries()) if (!(g.real <= g.reserved)) short.push(`${width}px ${id} group ${i + 1}: ${Math.round(g.real)}px of rows, ${g.reserved}px reserved`);
    }
    await page.close();
  }
  expect(short).toEqual([]);
});
