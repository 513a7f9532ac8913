// The home page is fully readable with JavaScript off, and answers first how many children Kent
// looks after (the latest figure any document gives), then the newest documents' headline figures,
// each with its value as the data gives it, its change where an earlier dated figure exists, and a
// link to the line it came from.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DATA_DIR, loadDataset } from '../../src/lib/data/index.ts';
import { formatFigure } from '../../src/lib/site/format.ts';
import { headlineFigures, newestDocuments } from '../../src/lib/site/headlines.ts';
import { buildTrend, latestFigure } from '../../src/lib/trends/trend.ts';
import { launch } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

it('leads with the newest documents\' headline figures and their sources, with JavaScript disabled', async () => {
  const { dataset } = loadDataset(DATA_DIR);
  const metrics = new Map(dataset.metrics.map((m) => [m.row.id, m.row]));
  const sources = dataset.sources.map((s) => s.row);
  // The documents published in the latest year: the 2025 annual report and the strategy.
  const newest = newestDocuments(sources.map((s) => ({ source: s, draft: false })));
  expect(newest.map((e) => e.source.edition)).toEqual(['2025', 'sufficiency-2025-2028']);
  // In the order of data/sources.csv, as the page gathers them.
  const figures = newest.flatMap((e) => dataset.observations.map((o) => o.row).filter((o) => o.edition === e.source.edition));
  const [first, ...others] = headlineFigures(figures, 7);
  expect(first?.metric).toBe('children-in-care');
  // The lead is the latest figure any document gives for it: the one its trend's description ends with.
  const all = dataset.observations.map((o) => o.row);
  const lead = latestFigure(buildTrend(metrics.get(first!.metric)!, all, dataset.breaks.map((b) => b.row), sources.map((s) => s.edition)));

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);

  // The answer to the first question, within the first screen.
  const answer = page.locator('section.answer');
  await expect(answer.locator('h2').textContent()).resolves.toBe(metrics.get(lead!.metric)!.label);
  await expect(answer.locator('.answer__value').textContent()).resolves.toBe(formatFigure(lead!, metrics.get(lead!.metric)!.unit));
  await expect(answer.locator(`a[href="/sources/${lead!.source}/#L${lead!.line}"]`).count()).resolves.toBe(1);
  const box = await answer.locator('.answer__value').boundingBox();
  expect(box!.y + box!.height).toBeLessThan(900);

  const shown = await page.locator('.headline').evaluateAll((items) => items.map((li) => ({
    value: li.querySelector('.figure__value')?.textContent?.trim(),
    cite: li.querySelector('a.figure__cite')?.getAttribute('href'),
    visible: (li as HTMLElement).offsetHeight > 0,
  })));
  expect(shown).toEqual(others.map((f) => ({ value: formatFigure(f, metrics.get(f.metric)!.unit), cite: `/sources/${f.source}/#L${f.line}`, visible: true })));

  // Every report is listed.
  const reports = await page.locator('.report-links a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(reports.toSorted()).toEqual(sources.map((s) => `/reports/${s.edition}/`).toSorted());
  await context.close();
});
