import { readFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, INSTALL_CHROMIUM } from '../../src/lib/chromium.ts';

export const root = path.resolve(import.meta.dirname, '../..');
export const dist = path.join(root, 'dist');

export function chromePath(): string {
  const found = findChromium();
  if (!found) throw new Error(`Chromium is missing: install it with \`${INSTALL_CHROMIUM}\`, or set CHROME_PATH.`);
  return found;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: CHROMIUM_FLAGS,
  });
}

/** Every page path the sitemap lists, as site-relative paths ("/sources/x/"). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

declare global { interface Window { axe: typeof axe } }

/** Loads axe into every page the context opens, before the page's own scripts. */
export const withAxe = (context: BrowserContext) => context.addInitScript(axe.source);

/** What axe finds against WCAG 2.2 AA in a page loaded by a context given `withAxe`, one line each. */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`)), WCAG_TAGS);
}

/** A tab and the console errors its current page has logged. */
export interface Tab { page: Page; errors: string[] }

/**
 * A few tabs of one context, reused page after page (opening a tab costs about as much as checking
 * a small page): `withTab(work)` runs `work` in the next free tab, its error list emptied.
 */
export async function tabPool(context: BrowserContext, size: number): Promise<<T>(work: (tab: Tab) => Promise<T>) => Promise<T>> {
  const idle: Tab[] = [];
  const waiting: ((tab: Tab) => void)[] = [];
  for (let i = 0; i < size; i++) {
    const tab: Tab = { page: await context.newPage(), errors: [] };
    tab.page.on('console', (message) => { if (message.type() === 'error') tab.errors.push(message.text()); });
    tab.page.on('pageerror', (error) => tab.errors.push(error.message));
    idle.push(tab);
  }
  const take = () => new Promise<Tab>((resolve) => { const tab = idle.pop(); if (tab) resolve(tab); else waiting.push(resolve); });
  const giveBack = (tab: Tab) => { const next = waiting.shift(); if (next) next(tab); else idle.push(tab); };
  return async (work) => {
    const tab = await take();
    try {
      tab.errors.length = 0;
      return await work(tab);
    } finally {
      giveBack(tab);
    }
  };
}
