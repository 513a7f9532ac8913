// Every page in the sitemap, plus the embeds and the 404 page, in a real browser: no console
// errors, and no WCAG 2.2 AA violations that axe can find.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, dist, launch, sitemapPaths, withAxe } from './browser.ts';

const baseUrl = inject('baseUrl');
// Embeds are left out of the sitemap (they are for iframes), so they are added here.
const embeds = readdirSync(path.join(dist, 'embed')).map((id) => `/embed/${id}/`);
const htmlFile = (p: string) => path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
// The old address of a merged measure only sends readers on (urls.test.ts checks it is served).
const redirects = (p: string) => readFileSync(htmlFile(p), 'utf8').includes('http-equiv="refresh"');
const paths = [...sitemapPaths(), ...embeds.filter((p) => !redirects(p)), '/404.html'];

// Opening a tab costs about as much as checking a small page, so a few tabs are reused, one page
// after another; axe is loaded into each page as it opens and run there.
const TABS = 2;
// axe's time grows with a page's size: about 2 s for the heaviest (400 KB) page on an idle
// machine. A page is given a minute plus a minute per 100 KB, far above a busy machine's time.
const timeout = (p: string) => 60_000 + (statSync(htmlFile(p)).size / 100_000) * 60_000;

interface Tab { page: Page; errors: string[] }
let browser: Browser;
const idle: Tab[] = [];
const waiting: ((tab: Tab) => void)[] = [];
const takeTab = () => new Promise<Tab>((resolve) => { const tab = idle.pop(); if (tab) resolve(tab); else waiting.push(resolve); });
const giveBack = (tab: Tab) => { const next = waiting.shift(); if (next) next(tab); else idle.push(tab); };

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext();
  await withAxe(context);
  for (let i = 0; i < TABS; i++) {
    const tab: Tab = { page: await context.newPage(), errors: [] };
    tab.page.on('console', (message) => { if (message.type() === 'error') tab.errors.push(message.text()); });
    tab.page.on('pageerror', (error) => tab.errors.push(error.message));
    idle.push(tab);
  }
});
afterAll(async () => browser?.close());

async function checkPage(pagePath: string) {
  const tab = await takeTab();
  try {
    tab.errors.length = 0;
    const response = await tab.page.goto(baseUrl + pagePath, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await axeViolations(tab.page)).toEqual([]);
    expect(tab.errors).toEqual([]);
  } finally {
    giveBack(tab);
  }
}

describe('every page', () => {
  it('the sitemap lists the home page and every source document', () => {
    expect(paths).toContain('/');
    expect(paths.filter((p) => /^\/sources\/[^/]+\/$/.test(p))).toHaveLength(5);
  });

  for (const p of paths) it.concurrent(`${p} loads without console errors and passes axe`, () => checkPage(p), timeout(p));
});
