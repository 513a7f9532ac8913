// The committed query set (search-queries.ts), asked of the real built index in Chromium, as a
// reader would: each query's page must be among the first three results. Prints the share found
// first and in the first three, the index's size and the time to the first results.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dist, launch } from './browser.ts';
import { SEARCH_CASES } from './search-queries.ts';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

/** Each result's addresses: its own, and any report sections listed under it. */
async function topResults(page: Page, n: number): Promise<string[][]> {
  await page.locator('#search-status', { hasText: /found|Nothing/ }).waitFor({ timeout: 20_000 });
  return page.locator('#search-results > li').evaluateAll((items, count) => items.slice(0, count).map((li) => [
    li.querySelector('h2 a, h3 a')?.getAttribute('href') ?? '',
    ...[...li.querySelectorAll('.search-results__sections a')].map((a) => a.getAttribute('href') ?? ''),
  ]), n);
}

function bytesUnder(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(path.join(dir, name));
    if (s.isFile()) { files++; bytes += s.size; }
  }
  return { files, bytes };
}

describe('search ranking', () => {
  it(`brings each of the ${SEARCH_CASES.length} committed queries' page into the first three results`, async () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(30);
    const context = await browser.newContext();
    const page = await context.newPage();
    const rows: { query: string; expect: string; rank: number; got: string[]; ms: number }[] = [];
    for (const c of SEARCH_CASES) {
      const started = Date.now();
      await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(c.query)}`);
      const found = await topResults(page, 3);
      const ms = Date.now() - started;
      const rank = found.findIndex((urls) => urls.includes(c.expect));
      rows.push({ query: c.query, expect: c.expect, rank: rank + 1, got: found.map((u) => u[0]!), ms });
    }
    await context.close();
    const top1 = rows.filter((r) => r.rank === 1).length;
    const top3 = rows.filter((r) => r.rank >= 1).length;
    const times = rows.map((r) => r.ms).sort((a, b) => a - b);
    const index = bytesUnder(path.join(dist, 'pagefind'));
    const pct = (n: number) => `${((100 * n) / rows.length).toFixed(0)}%`;
    console.log([
      ...rows.map((r) => `${r.rank === 0 ? 'MISS' : `#${r.rank}  `} ${JSON.stringify(r.query)} -> ${r.expect}${r.rank === 1 ? '' : `  (got ${r.got.join(', ') || 'nothing'})`}`),
      `top 1: ${top1}/${rows.length} (${pct(top1)}); top 3: ${top3}/${rows.length} (${pct(top3)})`,
      `index: ${index.files} files, ${(index.bytes / 1024).toFixed(0)} KB; page load to first results: median ${times[Math.floor(times.length / 2)]} ms, slowest ${times.at(-1)} ms, first (cold) ${rows[0]!.ms} ms`,
    ].join('\n'));
    expect(rows.filter((r) => r.rank === 0).map((r) => `${r.query} -> ${r.expect} (got ${r.got.join(', ')})`)).toEqual([]);
  });
});
