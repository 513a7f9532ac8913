// Phones: at 320px wide no page scrolls sideways or fails axe (tables read as cards there, with
// their own touch targets), and a trend page's figures table reads as cards that fit their column,
// each row linkable and marked when it is the page's target.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch, sitemapPaths, tabPool, withAxe } from './browser.ts';

const baseUrl = inject('baseUrl');
// Trend and embed pages hold charts, which are checked on their own (trend-layout.test.ts); every
// other page is here, with the trend page that has the longest figures table.
const paths = [...sitemapPaths().filter((p) => !/^\/(trends|embed)\/[^/]+\//.test(p)), '/trends/children-three-or-more-placement-moves/'];
const wide: string[] = [];

let browser: Browser;
let withTab: Awaited<ReturnType<typeof tabPool>>;
beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  await withAxe(context);
  withTab = await tabPool(context, 2);
});
afterAll(async () => browser?.close());

describe('at 320px wide', () => {
  it('checks pages of every type', () => {
    for (const type of ['/', '/search/', '/sources/', '/compare/', '/data/', '/reports/', '/topics/', '/glossary/', '/changes/', '/about/', '/strategy/', '/trends/']) {
      expect(paths.some((p) => p.startsWith(type) && p !== type) || paths.includes(type), type).toBe(true);
    }
    expect(paths.filter((p) => /^\/(sources|compare|reports|topics)\/[^/]+\//.test(p)).length).toBeGreaterThan(20);
  });

  it.concurrent.each(paths)('%s does not scroll sideways, and passes axe', (pagePath) => withTab(async ({ page }) => {
    await page.goto(baseUrl + pagePath, { waitUntil: 'load' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const violations = await axeViolations(page);
    if (width > 320) wide.push(`${pagePath} (${width}px)`);
    expect(width, `${pagePath} is ${width}px wide`).toBeLessThanOrEqual(320);
    expect(violations).toEqual([]);
  }), 120_000);

  // One list of every offender, easier to read than many failures.
  afterAll(() => {
    if (wide.length > 0) console.error(`Pages wider than 320px:\n${wide.join('\n')}`);
  });
});

describe('a trend page\'s figures on a phone', () => {
  it('fit the main column at 390px, and a row\'s own link marks that row', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${baseUrl}/trends/children-in-care/`, { waitUntil: 'load' });
    const [table, column] = await page.evaluate(() => [
      document.querySelector('table.figures')!.getBoundingClientRect().width,
      document.querySelector('main')!.clientWidth,
    ]);
    expect(table).toBeLessThanOrEqual(column);

    const rows = page.locator('table.figures tbody tr');
    expect(await rows.count()).toBeGreaterThan(2);
    const background = (i: number) => rows.nth(i).evaluate((tr) => getComputedStyle(tr).backgroundColor);
    const ordinary = await background(0);
    const link = rows.nth(1).getByRole('link', { name: /^Link to this figure/ });
    const id = await rows.nth(1).getAttribute('id');
    expect(await link.getAttribute('href')).toBe(`#${id}`);
    const box = (await link.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await link.click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    expect(await background(1)).not.toBe(ordinary);
    expect(await background(0)).toBe(ordinary);
    await page.close();
  }, 120_000);
});
