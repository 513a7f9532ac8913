import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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
