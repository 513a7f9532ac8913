// Trend pages in a real browser: every metric has its page, embed and downloads; the chart works
// by pointer and by keyboard alone; with JavaScript off, the chart, description and table are there.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DATA_DIR, loadDataset } from '../../src/lib/data/index.ts';
import { formatFigure } from '../../src/lib/site/format.ts';
import type { Figure } from '../../src/lib/site/site-data.ts';
import { describeTrend } from '../../src/lib/trends/describe.ts';
import { buildTrend } from '../../src/lib/trends/trend.ts';
import { dist, launch } from './browser.ts';

const baseUrl = inject('baseUrl');
const { dataset } = loadDataset(DATA_DIR);
const figures = dataset.observations.map((o) => o.row as Figure);
const metricIds = dataset.metrics.map((m) => m.row.id);
// A measure whose figures all moved to another by corrections (a merge) keeps only its addresses.
const withFigures = metricIds.filter((m) => figures.some((f) => f.metric === m));
const trendOf = (id: string) => buildTrend(dataset.metrics.find((m) => m.row.id === id)!.row, figures, dataset.breaks.map((b) => b.row), dataset.sources.map((s) => s.row.edition));

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

async function open(pathname: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(baseUrl + pathname);
  return page;
}

describe('the built trend pages', () => {
  it('give every metric with data a page, an embed, a CSV, an SVG and a PNG', () => {
    const missing = metricIds.flatMap((id) => [
      `trends/${id}/index.html`, `embed/${id}/index.html`, `trends/${id}/data.csv`, `trends/${id}/chart.svg`, `trends/${id}/chart.png`,
    ]).filter((f) => !existsSync(path.join(dist, f)));
    expect(missing).toEqual([]);
  });

  it('offer each metric\'s figures as CSV, one row per figure, marked as UTF-8 for Excel', () => {
    for (const id of ['children-in-care', 'care-leavers']) {
      const csv = readFileSync(path.join(dist, `trends/${id}/data.csv`), 'utf8');
      expect(csv.startsWith('\uFEFFmetric,series,')).toBe(true);
      const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
      expect(Object.keys(rows[0]!)[0]).toBe('metric');
      expect(rows.map((r) => Number(r.value)).sort()).toEqual(figures.filter((f) => f.metric === id).map((f) => f.value).sort());
    }
  });

  it('link each preview image, its share card, and offer the chart as a real PNG', () => {
    const html = readFileSync(path.join(dist, 'trends/children-in-care/index.html'), 'utf8');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
    expect(new URL(image).pathname).toBe('/trends/children-in-care/card.png');
    const card = readFileSync(path.join(dist, 'trends/children-in-care/card.png'));
    expect(card.subarray(1, 4).toString()).toBe('PNG');
    expect(card.readUInt32BE(16)).toBe(Number(/og:image:width" content="(\d+)"/.exec(html)![1]));
    expect(card.readUInt32BE(20)).toBe(Number(/og:image:height" content="(\d+)"/.exec(html)![1]));
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(readFileSync(path.join(dist, 'trends/children-in-care/chart.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('are all listed, by topic, on /trends/', () => {
    const html = readFileSync(path.join(dist, 'trends/index.html'), 'utf8');
    const linked = new Set([...html.matchAll(/href="\/trends\/([a-z0-9-]+)\/"/g)].map((m) => m[1]));
    expect(withFigures.filter((id) => !linked.has(id))).toEqual([]);
    // In the order of data/topics.csv, not the id order Astro's collections return.
    const topics = [...html.matchAll(/id="topic-([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(topics).toEqual(dataset.topics.map((t) => t.row.id).filter((id) => topics.includes(id)));
    expect(statSync(path.join(dist, 'trends/index.html')).size).toBeLessThan(400_000);
  });
});

describe('lists of measures', () => {
  it('name the series of every figure that is not Kent\'s, and say when a measure has no Kent figure', () => {
    const html = readFileSync(path.join(dist, 'trends/index.html'), 'utf8');
    const items = new Map([...html.matchAll(/<li>\s*<span>\s*<a href="\/trends\/([a-z0-9-]+)\/">([\s\S]*?)<\/li>/g)].map((m) => [m[1]!, m[2]!]));
    const problems: string[] = [];
    for (const id of withFigures) {
      const own = figures.filter((f) => f.metric === id);
      const item = items.get(id);
      if (!item) { problems.push(`${id}: not listed`); continue; }
      const kentFree = !own.some((f) => f.series === 'kent');
      if (kentFree && !item.includes('No figure for Kent itself')) problems.push(`${id}: no Kent figure, not said`);
      // The value shown is labelled with its series whenever it is not Kent's.
      const shown = /<span>([^<]*)<\/span>\s*<span class="measures__when">/.exec(item)?.[1] ?? '';
      if (kentFree && !/\((Target|England|South East|Statistical neighbours|Forecast)/.test(shown)) problems.push(`${id}: "${shown}" has no series label`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a trend page without JavaScript', () => {
  it('has the chart, the description generated from the data, and a table linking every value to its line', async () => {
    const page = await open('/trends/children-in-care/', false);
    await expect(page.locator('.chart svg').count()).resolves.toBeGreaterThan(0);
    const words = await page.locator('#summary ~ p').allTextContents();
    for (const sentence of describeTrend(trendOf('children-in-care'))) expect(words).toContain(sentence);
    const own = figures.filter((f) => f.metric === 'children-in-care');
    const cells = await page.locator('table.figures tbody tr td.num a').evaluateAll((links) => links.map((a) => `${a.textContent}|${a.getAttribute('href')}`));
    expect(cells.sort()).toEqual(own.map((f) => `${formatFigure(f, 'count')}|/sources/${f.source}/#L${f.line}`).sort());
    await expect(page.locator('button.legend__toggle').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('says when a metric has one value only', async () => {
    const id = withFigures.find((m) => { const t = trendOf(m); return t.panels[0]?.breakdown === undefined && t.panels[0]!.lines[0]!.points.length === 1 && t.panels[0]!.lines.length === 1; })!;
    const page = await open(`/trends/${id}/`, false);
    await expect(page.locator('#summary ~ p').allTextContents()).resolves.toContain('The sources give no other dated figure for Kent, so no trend is available yet.');
    await page.context().close();
  });
});

describe('the chart', () => {
  // Each chart is drawn at three widths and only one is shown: its points are the visible ones.
  const label = (page: Page, i: number) => page.locator('#chart-0 [data-point]:visible').nth(i).getAttribute('aria-label');

  it('shows a point\'s figure and source on hover', async () => {
    const page = await open('/trends/children-in-care/');
    const tip = page.locator('#chart-0 .chart__tip');
    await expect(tip.isHidden()).resolves.toBe(true);
    await page.locator('#chart-0 [data-point]:visible').nth(0).hover();
    await expect(tip.textContent()).resolves.toBe(await label(page, 0));
    expect(await tip.textContent()).toContain('1,894');
    expect(await tip.textContent()).toContain('Corporate Parenting Panel agenda pack, 2017, line 1689');
    await page.context().close();
  });

  it('can be used by keyboard alone: one tab stop, arrow keys between points, Escape closes', async () => {
    const page = await open('/trends/children-in-care/');
    await page.locator('#chart-0-title').evaluate((h) => { h.setAttribute('tabindex', '-1'); (h as HTMLElement).focus(); });
    // Tab past the legend to the chart's single tab stop.
    let focused = '';
    for (let i = 0; i < 5 && !focused.includes('data-point'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? '');
    }
    expect(focused).toContain('data-point');
    const tip = page.locator('#chart-0 .chart__tip');
    await expect(tip.textContent()).resolves.toBe(await label(page, 0));
    await page.keyboard.press('ArrowRight');
    await expect(tip.textContent()).resolves.toBe(await label(page, 1));
    await expect(page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).resolves.toBe('0');
    await expect(page.locator('#chart-0 [tabindex="0"]:visible').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await expect(tip.isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  it('lets a reader hide a comparator series, and skips it by keyboard', async () => {
    const page = await open('/trends/children-ceasing-care-adopted-percent/');
    const toggles = page.locator('#chart-0 button.legend__toggle');
    await expect(toggles.count()).resolves.toBeGreaterThan(1);
    const england = page.locator('#chart-0 [data-legend] li', { hasText: 'England' });
    const series = await england.getAttribute('data-series');
    const points = page.locator(`#chart-0 [data-point][data-series="${series}"]:visible`);
    await expect(points.first().isVisible()).resolves.toBe(true);
    await england.locator('button').click();
    await expect(england.locator('button').getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(points.first().isVisible()).resolves.toBe(false);
    const kent = page.locator('#chart-0 [data-legend] li', { hasText: 'Kent' });
    await page.locator(`#chart-0 [data-point][data-series="${await kent.getAttribute('data-series')}"]:visible`).first().focus();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-series'))).resolves.not.toBe(series);
    }
    await england.locator('button').click();
    await expect(points.first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

it('embed pages hold the chart, the table and the sources, and nothing else', async () => {
  const page = await open('/embed/children-in-care/');
  await expect(page.locator('header, footer, nav').count()).resolves.toBe(0);
  await expect(page.locator('.chart svg').count()).resolves.toBeGreaterThan(0);
  await expect(page.locator('table.figures').count()).resolves.toBe(1);
  await expect(page.locator('.embed__sources a[href^="/sources/"]').count()).resolves.toBeGreaterThan(0);
  await page.context().close();
});

it('every embed page is a page of the site', () => {
  expect(readdirSync(path.join(dist, 'embed')).sort()).toEqual([...metricIds].sort());
});
