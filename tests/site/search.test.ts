// Search, in a real browser on the built site: the header's box, by keyboard alone, leads to the
// search page, which finds the fostering measures and the fostering sections of the reports from
// Pagefind's index; filters narrow the results; without JavaScript the page offers the ways to browse.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DATA_DIR, loadDataset } from '../../src/lib/data/index.ts';
import { launch } from './browser.ts';

const baseUrl = inject('baseUrl');
const { dataset } = loadDataset(DATA_DIR);
const fosteringMeasures = new Set(dataset.metrics.filter((m) => m.row.topic === 'fostering').map((m) => `/trends/${m.row.id}/`));
const labels = new Map(dataset.metrics.map((m) => [`/trends/${m.row.id}/`, m.row.label]));

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

/** The results listed, once the page says how many it found. */
async function results(page: Page) {
  await page.locator('#search-status', { hasText: /found|Nothing/ }).waitFor();
  return page.locator('#search-results > li').evaluateAll((items) => items.map((li) => ({
    url: li.querySelector('h2 a')?.getAttribute('href') ?? '',
    title: li.querySelector('h2 a')?.textContent ?? '',
    kind: li.querySelector('.search-results__kind')?.textContent ?? '',
  })));
}

describe('search', () => {
  it('goes from the header box, by keyboard alone, to the fostering measures and report sections, and follows a result', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // Tab from the top of the page to the header's search box.
    for (let i = 0; i < 12 && await page.evaluate(() => document.activeElement?.id) !== 'site-search-q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('foster');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=foster$/);

    // Every result, twenty at a time: the button brings the next ones and moves focus to them.
    await results(page);
    const more = page.locator('button.search-more');
    while (await more.isVisible()) {
      const before = await page.locator('#search-results > li').count();
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
      // Focus is on the first of the new results.
      expect(await page.evaluate((n) => document.activeElement === document.querySelectorAll('#search-results > li')[n]?.querySelector('a'), before)).toBe(true);
    }
    const found = await results(page);
    const total = Number((await page.locator('#search-status').textContent())?.match(/^(\d+)/)?.[1]);
    expect(found.length).toBe(total);
    const measures = found.filter((r) => fosteringMeasures.has(r.url));
    expect(measures.length, JSON.stringify(found.map((r) => r.url))).toBeGreaterThanOrEqual(5);
    // Each measure names its kind and its latest figure.
    expect(measures.every((r) => /^Measure: latest figure \S/.test(r.kind)), JSON.stringify(measures)).toBe(true);
    const reports = found.filter((r) => r.url.startsWith("/reports/"));
    expect(reports.length).toBeGreaterThanOrEqual(2);
    // A report is found by its section about fostering, which the result links to straight.
    expect(reports.some((r) => /#.+/.test(r.url) && /foster/i.test(r.title) && r.kind.startsWith('Report section')), JSON.stringify(reports)).toBe(true);

    // Follow the first fostering measure, by keyboard.
    const first = measures[0]!;
    await page.locator(`#search-results h2 a[href="${first.url}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}${first.url}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(labels.get(first.url));
    await context.close();
  });

  it('narrows the results with a filter, and keeps the search in the address', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search/?q=foster`);
    await results(page);
    // Every value the page offers is one the index holds: the pages and the search page agree.
    const options = await page.locator('#search-filters option:not([value=""])').allTextContents();
    expect(options.length).toBeGreaterThan(10);
    expect(options.filter((o) => !/\(\d*[1-9]\d*\)$/.test(o))).toEqual([]);
    const before = await page.locator('#search-status').textContent();
    await page.getByText('Narrow the results').click();
    await page.getByLabel('Kind of page').selectOption('Reports');
    await page.waitForURL(/kind=Reports/);
    await page.waitForFunction((text) => document.querySelector('#search-status')?.textContent !== text, before);
    const narrowed = await results(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((r) => r.url.startsWith('/reports/') && r.kind.startsWith('Report'))).toBe(true);
    // Reloading the address gives the same search.
    await page.reload();
    expect((await results(page)).map((r) => r.url)).toEqual(narrowed.map((r) => r.url));
    await expect(page.getByLabel('Kind of page').inputValue()).resolves.toBe('Reports');
    await context.close();
  });

  it('offers the trends, the reports and the glossary without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search/?q=foster`);
    await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    // The explanation comes straight after the heading, before any control, and no control is disabled.
    await expect(page.locator('main h1 + p#search-status').count()).resolves.toBe(1);
    await expect(page.locator('main :disabled').count()).resolves.toBe(0);
    await expect(page.locator('#search-filters').getAttribute('open')).resolves.toBeNull();
    for (const href of ['/trends/', '/reports/', '/glossary/']) {
      await expect(page.locator(`main a[href="${href}"]`).count()).resolves.toBe(1);
    }
    await context.close();
  });
});
