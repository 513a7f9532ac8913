// The built HTML is valid, and every internal link and #fragment resolves.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { check } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/lib/site/site-url.ts';
import { dist, root, sitemapPaths } from './browser.ts';

const baseUrl = inject('baseUrl');

const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe('the built HTML', () => {
  it('has pages to check', () => expect(htmlFiles.length).toBeGreaterThan(5));

  it('passes html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const messages: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateFile(path.join(dist, file));
      for (const result of report.results) {
        for (const m of result.messages) messages.push(`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
      }
    }
    expect(messages).toEqual([]);
  });

  it('has no broken internal links or fragments', async () => {
    const result = await check({
      path: `${baseUrl}/`,
      recurse: true,
      checkFragments: true,
      // Only the site's own links: tests run offline, and other sites are not this site's to keep.
      linksToSkip: ['^https?://(?!(127\\.0\\.0\\.1|localhost)[:/])'],
      // Links to the site's own public address (canonical, sitemap) are checked on the test server.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: `${baseUrl}/` }],
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}) ${l.status ?? ''}`);
    expect(broken).toEqual([]);
    const reached = new Set(result.links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
    expect(sitemapPaths().filter((p) => !reached.has(p))).toEqual([]);
  }, 300_000);

  it('the link check catches a missing page and a missing #fragment', async () => {
    const result = await check({ path: path.join(root, 'tests/fixtures/broken-links'), recurse: true, checkFragments: true });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => path.relative(root, l.url));
    expect(broken.sort()).toEqual(['tests/fixtures/broken-links/missing', 'tests/fixtures/broken-links/page/#L99']);
  });
});
