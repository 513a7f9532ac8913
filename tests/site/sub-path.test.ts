// The site served from a sub-folder of a domain (a GitHub Pages project site, a council's
// /care/ folder): a copy of the project set to https://example.org/care/ in site.config.json is
// built and served under /care/. Its links and fragments resolve there, no address is local, every
// share image exists, and search finds and opens pages. A public build refuses a missing or local
// address before it builds anything.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import { check } from 'linkinator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_CONFIG_FILE } from '../../src/lib/site/site-url.ts';
import { launch } from './browser.ts';
import { copyProject, scratchFolder } from './project-copy.ts';

const ADDRESS = 'https://example.org/care/';
const PORT = Number(process.env.TEST_PORT ?? 4329) + 7;
const temp = scratchFolder('sub-path-');

/** Runs the build script in a copy with the given SITE_URL (unset when undefined). */
function build(copy: string, siteUrl: string | undefined, ...args: string[]) {
  const env = { ...process.env };
  if (siteUrl === undefined) delete env.SITE_URL;
  else env.SITE_URL = siteUrl;
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: copy, encoding: 'utf8', env });
  return { status: result.status, output: result.stdout + result.stderr };
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));

describe('a public build', () => {
  it('refuses a missing address, and a local one, before building, and says where to set it', () => {
    const copy = copyProject(temp);
    const missing = build(copy, undefined);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('The site has no public address');
    expect(missing.output).toContain(`Set the site's public address in ${SITE_CONFIG_FILE}`);
    expect(missing.output).toContain('docs/deploying.md');
    for (const local of ['http://localhost:4321/', 'http://127.0.0.1:8080/care/', 'http://intranet/']) {
      const refused = build(copy, local);
      expect(refused.status, local).toBe(1);
      expect(refused.output).toContain(`The site's address "${local}" (the SITE_URL environment variable) can only be reached from this computer or its network`);
      expect(refused.output).not.toContain('errors:'); // It stops before checking the data.
    }
    expect(readdirSync(copy)).not.toContain('dist');
  });
});

describe(`the site served from a sub-folder, ${ADDRESS}`, () => {
  let copy: string;
  let dist: string;
  let base: string;
  let stop: () => Promise<void>;
  let browser: Browser;

  beforeAll(async () => {
    copy = copyProject(temp);
    // The committed setting, as a web team would set it; no SITE_URL in the environment.
    writeFileSync(path.join(copy, SITE_CONFIG_FILE), `${JSON.stringify({ url: ADDRESS }, null, 2)}\n`);
    const built = build(copy, undefined);
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain(`The site's address: ${ADDRESS}`);
    dist = path.join(copy, 'dist');
    // The preview server reads the base path from the copy's config, where SITE_URL would win.
    process.env.SITE_URL = ADDRESS;
    const server = await preview({ root: copy, logLevel: 'warn', server: { host: '127.0.0.1', port: PORT } });
    stop = () => server.stop();
    base = `http://127.0.0.1:${server.port}/care/`;
    browser = await launch();
  }, 600_000);
  afterAll(async () => { await browser?.close(); await stop?.(); });

  it('names no local address in any file it publishes', () => {
    const text = files(dist).filter((f) => /\.(html|xml|txt|json|csv|svg|js|css)$/.test(f));
    expect(text.length).toBeGreaterThan(500);
    expect(text.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8'))).map((f) => path.relative(dist, f))).toEqual([]);
  });

  it('writes every page link, asset and form from /care/', () => {
    const outside = new Set<string>();
    for (const f of files(dist).filter((f) => f.endsWith('.html'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
        if (!m[1]!.startsWith('/care/')) outside.add(`${path.relative(dist, f)}: ${m[1]}`);
      }
    }
    expect([...outside].slice(0, 20)).toEqual([]);
  });

  it('has no broken link or fragment when served from /care/, and reaches every page of its sitemap', async () => {
    const result = await check({
      path: base,
      recurse: true,
      checkFragments: true,
      linksToSkip: ['^https?://(?!127\\.0\\.0\\.1[:/])'],
      urlRewriteExpressions: [{ pattern: /^https:\/\/example\.org\/care\//, replacement: base }],
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}) ${l.status ?? ''}`);
    expect(broken).toEqual([]);
    const reached = new Set(result.links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(pages.every((p) => p.startsWith(ADDRESS))).toBe(true);
    expect(pages.map((p) => new URL(p).pathname).filter((p) => !reached.has(p))).toEqual([]);
  }, 600_000);

  it('gives every page a share image and canonical address that exist under /care/', () => {
    const missing: string[] = [];
    let images = 0;
    for (const f of files(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<(?:meta property="og:(?:image|url)" content|link rel="canonical" href)="([^"]+)"/g)) {
        const url = new URL(m[1]!);
        if (!url.href.startsWith(ADDRESS)) { missing.push(`${path.relative(dist, f)}: ${url.href} is not under ${ADDRESS}`); continue; }
        const local = path.join(dist, decodeURIComponent(url.pathname.slice('/care/'.length)));
        const target = url.pathname.endsWith('/') ? path.join(local, 'index.html') : local;
        if (m[0].includes('og:image')) images++;
        try { readFileSync(target); } catch { missing.push(`${path.relative(dist, f)}: ${url.href} has no file`); }
      }
    }
    expect(images).toBeGreaterThan(300);
    expect(missing.slice(0, 20)).toEqual([]);
  });

  it('searches from /care/: results are found, link under /care/, and open', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}search/?q=foster`);
    await page.locator('#search-status', { hasText: /found/ }).waitFor();
    const hrefs = await page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((h) => !h.startsWith('/care/'))).toEqual([]);
    await page.locator('#search-results > li h2 a').first().click();
    await page.waitForURL(new URL(hrefs[0]!, base).href);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});
