// The URL promise: the build serves every address in published-urls.txt, and the list holds every
// address the build serves, so a new page is promised from its first release.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUrlList, servedUrls, serves } from '../../src/lib/site/published-urls.ts';
import { dist } from './browser.ts';

const promised = readUrlList();

describe('the published addresses', () => {
  it('are all still served by the build (a redirect page counts)', () => {
    expect(promised.length).toBeGreaterThan(1000);
    expect(promised.filter((u) => !serves(dist, u))).toEqual([]);
  });

  it('include every address the build serves: run `npm run urls` after adding pages', () => {
    const known = new Set(promised);
    expect(servedUrls(dist).filter((u) => !known.has(u))).toEqual([]);
  });

  it('the check notices an address that is gone', () => {
    expect(serves(dist, '/trends/children-in-care/')).toBe(true);
    expect(serves(dist, '/trends/children-in-care/data.csv')).toBe(true);
    expect(serves(dist, '/trends/no-such-measure/')).toBe(false);
  });
});

it('the 404 page, served at any missing address, names none as its own and is not indexed', () => {
  const html = readFileSync(path.join(dist, '404.html'), 'utf8');
  expect(html).not.toMatch(/rel="canonical"|property="og:url"/);
  expect(html).toContain('<meta name="robots" content="noindex">');
});
