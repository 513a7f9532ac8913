// Every page in the sitemap, plus the 404 page, in a real browser: no console errors, and no
// WCAG 2.2 AA violations that axe can find.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { dist, launch, sitemapPaths } from './browser.ts';

const baseUrl = inject('baseUrl');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Embeds are left out of the sitemap (they are for iframes), so they are added here.
const embeds = readdirSync(path.join(dist, 'embed')).map((id) => `/embed/${id}/`);
// The old address of a merged measure only sends readers on (urls.test.ts checks it is served).
const redirects = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8').includes('http-equiv="refresh"');
const paths = [...sitemapPaths(), ...embeds.filter((p) => !redirects(p)), '/404.html'];

const HEAVY = 300_000; // bytes of HTML
const weight = (p: string) => {
  const file = path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
  return existsSync(file) ? statSync(file).size : 0;
};
const heavy = paths.filter((p) => weight(p) > HEAVY);
const light = paths.filter((p) => weight(p) <= HEAVY);
// axe took 55 s on the longest (the 2017 source text, 0.9 MB) on an idle machine and 170 s on a
// busy one; ten minutes is ten times the idle time.
const HEAVY_TIMEOUT = 600_000;

async function checkPage(pagePath: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(baseUrl + pagePath, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => browser?.close());

describe('every page', () => {
  it('the sitemap lists the home page and every source document', () => {
    expect(paths).toContain('/');
    expect(paths.filter((p) => p.startsWith('/sources/') && p !== '/sources/')).toHaveLength(5);
  });

  // axe's time grows with a page's elements: the longest source texts (several hundred KB of HTML)
  // get a timeout sized from their weight and run alone, so a busy machine slows them, not fails them.
  it.concurrent.each(light)('%s loads without console errors and passes axe', checkPage);
  it.each(heavy)('%s (a long page, checked alone) loads without console errors and passes axe', checkPage, HEAVY_TIMEOUT);
});
