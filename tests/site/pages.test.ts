// Every page in the sitemap, plus the embeds and the 404 page, in a real browser: no console
// errors, and no WCAG 2.2 AA violations that axe can find.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, dist, launch, sitemapPaths, tabPool, withAxe, type Tab } from './browser.ts';

const baseUrl = inject('baseUrl');
// Embeds are left out of the sitemap (they are for iframes), so they are added here.
const embeds = readdirSync(path.join(dist, 'embed')).map((id) => `/embed/${id}/`);
const htmlFile = (p: string) => path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
// The old address of a merged measure only sends readers on (urls.test.ts checks it is served).
const redirects = (p: string) => readFileSync(htmlFile(p), 'utf8').includes('http-equiv="refresh"');
const paths = [...sitemapPaths(), ...embeds.filter((p) => !redirects(p)), '/404.html'];

// axe's time grows with a page's size: about 3 s for the heaviest (400 KB) page on an idle
// machine. A page is given a minute plus a minute per 100 KB, far above a busy machine's time.
const timeout = (p: string) => 60_000 + (statSync(htmlFile(p)).size / 100_000) * 60_000;

let browser: Browser;
let withTab: Awaited<ReturnType<typeof tabPool>>;
beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext();
  await withAxe(context);
  // One tab per core of the machines the tests run on.
  withTab = await tabPool(context, 2);
});
afterAll(async () => browser?.close());

const checkPage = (pagePath: string) => withTab(async ({ page, errors }: Tab) => {
  const response = await page.goto(baseUrl + pagePath, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

describe('every page', () => {
  it('the sitemap lists the home page and every source document', () => {
    expect(paths).toContain('/');
    expect(paths.filter((p) => /^\/sources\/[^/]+\/$/.test(p))).toHaveLength(5);
  });

  for (const p of paths) it.concurrent(`${p} loads without console errors and passes axe`, () => checkPage(p), timeout(p));
});
