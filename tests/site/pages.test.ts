// Every page in the sitemap, plus the 404 page, in a real browser: no console errors, and no
// WCAG 2.2 AA violations that axe can find.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { dist, launch, sitemapPaths } from './browser.ts';

const baseUrl = inject('baseUrl');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Embeds are left out of the sitemap (they are for iframes), so they are added here.
const embeds = readdirSync(path.join(dist, 'embed')).map((id) => `/embed/${id}/`);
const paths = [...sitemapPaths(), ...embeds, '/404.html'];

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

  it.concurrent.each(paths)('%s loads without console errors and passes axe', async (pagePath) => {
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
  });
});
