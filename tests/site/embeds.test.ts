// Embeds as another site shows them: the exact embed code of a trend page pasted into a plain page
// of another origin, in Chromium at a phone's and a desktop's width. The site's own address is
// answered from the built site (its requests are routed to the test server), so the frames, their
// origin and /embed.js are what a reader's browser would get.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMBED_FALLBACK_HEIGHT } from '../../src/lib/site/embed-code.ts';
import { EMBED_HEIGHT_MESSAGE } from '../../src/lib/site/embed-message.ts';
import { SITE_URL } from '../../src/lib/site/site-url.ts';
import { dist, launch } from './browser.ts';

const baseUrl = inject('baseUrl');
const site = new URL(SITE_URL);
const HOST = 'https://host.example/';
const WIDTHS = [320, 1280];

/** The built file an address of the site is served from. */
const distFile = (url: string) => {
  const rel = decodeURI(url.slice(SITE_URL.length));
  return path.join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
};
const read = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;
// Measures with figures of their own; a merged measure's old address only redirects.
const ids = readdirSync(path.join(dist, 'embed')).filter((id) => !readFileSync(path.join(dist, 'embed', id, 'index.html'), 'utf8').includes('http-equiv="refresh"'));
const embedCode = (id: string) => read(path.join(dist, 'trends', id, 'index.html')).getElementById('embed-code')!.textContent!;
const hostPage = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom's article</title></head><body><h1>An article</h1><p>Some words.</p>${body}<p>More words.</p></body></html>`;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

/** A browser context where the host page is `html` and the site's address is served from dist/. */
async function hostContext(width: number, html: string, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  await context.route((url) => url.origin === site.origin, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: baseUrl + url.pathname + url.search });
    await route.fulfill({ response });
  });
  await context.route(`${HOST}**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const page = await context.newPage();
  await page.goto(HOST);
  return { context, page };
}

/** The frame of the nth iframe, scrolled into view so that lazy loading starts, once its page has loaded. */
async function frameOf(page: Page, nth: number): Promise<Frame> {
  const iframe = page.locator('iframe').nth(nth);
  await iframe.scrollIntoViewIfNeeded();
  const frame = (await iframe.elementHandle())!.contentFrame();
  const loaded = (await frame)!;
  await loaded.waitForLoadState('load');
  return loaded;
}

/** The iframe's height in the host page, and its document's heights and credit position inside it. */
async function fit(page: Page, nth: number, frame: Frame) {
  const iframe = await page.locator('iframe').nth(nth).evaluate((el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => {
    // The credit: the link back to the site.
    const credit = [...document.querySelectorAll('a')].findLast((a) => a.textContent.includes('More on Kent care in numbers'))!;
    return {
      scrollHeight: document.documentElement.scrollHeight,
      content: document.documentElement.getBoundingClientRect().height,
      viewport: window.innerHeight,
      creditBottom: credit.getBoundingClientRect().bottom,
    };
  });
  return { iframe, ...inside };
}

/** Waits until the nth iframe fits its content (the host script has sized it), and returns the fit. */
async function fitted(page: Page, nth: number) {
  const frame = await frameOf(page, nth);
  await expect.poll(async () => { const f = await fit(page, nth, frame); return f.iframe >= f.scrollHeight && Math.abs(f.iframe - f.content) <= 1; }, { timeout: 15_000 }).toBe(true);
  return fit(page, nth, frame);
}

/** Every embed's content height at a width, loaded on its own. */
async function heights(width: number): Promise<Map<string, number>> {
  const context = await browser.newContext({ viewport: { width, height: 200 } });
  const pages = await Promise.all([0, 1, 2].map(() => context.newPage()));
  const out = new Map<string, number>();
  const queue = [...ids];
  await Promise.all(pages.map(async (page) => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      await page.goto(`${baseUrl}/embed/${id}/`);
      out.set(id, await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
    }
  }));
  await context.close();
  return out;
}

// Measured once, by whichever test needs it first (so that any test can run alone).
const measured = new Map<number, Promise<Map<string, number>>>();
const heightsAt = (width: number) => { if (!measured.has(width)) measured.set(width, heights(width)); return measured.get(width)!; };
const tallestAt = async (width: number) => [...await heightsAt(width)].sort((a, b) => b[1] - a[1])[0]![0];

/** children-in-care and, at each width, the tallest, the shortest and the median embed. */
async function sample(): Promise<string[]> {
  const chosen = new Set(['children-in-care']);
  for (const width of WIDTHS) {
    const sorted = [...await heightsAt(width)].sort((a, b) => a[1] - b[1]);
    for (const [id] of [sorted[0]!, sorted[Math.floor(sorted.length / 2)]!, sorted.at(-1)!]) chosen.add(id);
  }
  return [...chosen];
}
// Measuring every embed at both widths takes about two minutes; the tests that need it are given ten.
const MEASURING = 600_000;

describe('embed heights', () => {
  it('are measured for every embed at 320 and 1280 px, to pick the sample and the fallback height', async () => {
    for (const width of WIDTHS) {
      const sorted = [...await heightsAt(width)].sort((a, b) => a[1] - b[1]);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      const fits = sorted.filter(([, h]) => h <= EMBED_FALLBACK_HEIGHT).length;
      console.log(`Embeds at ${width} px: ${sorted.length}, height min ${sorted[0]![1]}, quartiles ${at(0.25)[1]}/${at(0.5)[1]}/${at(0.75)[1]}, 90th percentile ${at(0.9)[1]}, max ${sorted.at(-1)![1]} (${sorted.at(-1)![0]}); ${fits} (${Math.round((100 * fits) / sorted.length)}%) fit the fallback height of ${EMBED_FALLBACK_HEIGHT} px`);
      expect(sorted.length).toBe(ids.length);
    }
  }, MEASURING);
});

describe('an embed pasted into another site', () => {
  for (const width of WIDTHS) {
    it(`shows the whole of each sampled embed at ${width} px, with no scroll bar inside and its credit in sight`, async () => {
      for (const id of await sample()) {
        const { context, page } = await hostContext(width, hostPage(embedCode(id)));
        const f = await fitted(page, 0);
        // Sized to its own content, which is what was measured on its own at this width (the host's margins aside).
        expect(f.viewport, id).toBeGreaterThanOrEqual(f.scrollHeight);
        expect(f.creditBottom, id).toBeLessThanOrEqual(f.viewport);
        expect(f.iframe, id).not.toBe(EMBED_FALLBACK_HEIGHT);
        await context.close();
      }
    }, MEASURING);
  }

  it('sizes two embeds on one page each to its own content', async () => {
    const [tall, short] = [await tallestAt(320), 'children-in-care'];
    const { context, page } = await hostContext(320, hostPage(`${embedCode(tall)}<p>Between them.</p>${embedCode(short)}`));
    const [first, second] = [await fitted(page, 0), await fitted(page, 1)];
    expect(first.iframe).toBeGreaterThan(second.iframe);
    expect(first.iframe).not.toBe(EMBED_FALLBACK_HEIGHT);
    expect(second.iframe).not.toBe(EMBED_FALLBACK_HEIGHT);
    // /embed.js ran twice (once per copy of the code) but listens once.
    expect(await page.evaluate(() => document.querySelectorAll('script[src$="/embed.js"]').length)).toBe(2);
    await context.close();
  }, MEASURING);

  it('ignores height messages from anywhere but the site', async () => {
    // Another site's frame on the same page posts a height in the embed's own words, again and again.
    const other = 'https://other.example/';
    const { context, page } = await hostContext(1280, hostPage(`${embedCode('children-in-care')}<iframe src="${other}" title="Another site" height="150"></iframe>`));
    await context.route(`${other}**`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Other</title><script>setInterval(() => parent.postMessage({ type: ${JSON.stringify(EMBED_HEIGHT_MESSAGE)}, height: 5 }, '*'), 50);</script>` }));
    await page.reload();
    await fitted(page, 0);
    await (await frameOf(page, 1)).evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await page.locator('iframe').nth(1).evaluate((el) => el.clientHeight)).toBe(150);
    // And the host page itself posting one.
    const before = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
    await page.evaluate((type) => window.postMessage({ type, height: 5 }, '*'), EMBED_HEIGHT_MESSAGE);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
    await context.close();
  }, 60_000);

  it('opens its links in the top window, not inside the frame', async () => {
    const id = 'children-in-care';
    const { context, page } = await hostContext(1280, hostPage(embedCode(id)));
    const frame = await frameOf(page, 0);
    const targets = await frame.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).target || document.querySelector('base')?.target || ''));
    expect(new Set(targets)).toEqual(new Set(['_top']));
    // A row's own link leads to that row on the trend page, not to the embed's own address.
    const selfLinks = await frame.evaluate(() => [...document.querySelectorAll('a.figures__self')].map((a) => (a as HTMLAnchorElement).href));
    expect(selfLinks.length).toBeGreaterThan(0);
    expect(selfLinks.filter((href) => !href.startsWith(`${SITE_URL}trends/${id}/#fig-`))).toEqual([]);
    const trendPage = read(path.join(dist, 'trends', id, 'index.html'));
    expect(selfLinks.filter((href) => !trendPage.getElementById(new URL(href).hash.slice(1)))).toEqual([]);
    await frame.locator('.embed__credit a').click();
    await page.waitForURL(`${SITE_URL}trends/${id}/`);
    await context.close();
  }, 60_000);

  it('keeps the fallback height without the host script, its credit in sight', async () => {
    const iframeOnly = embedCode(await tallestAt(320)).split('\n')[0]!;
    expect(iframeOnly).toMatch(/^<iframe [^>]*><\/iframe>$/);
    const { context, page } = await hostContext(320, hostPage(iframeOnly));
    const frame = await frameOf(page, 0);
    const f = await fit(page, 0, frame);
    expect(f.iframe).toBe(EMBED_FALLBACK_HEIGHT);
    expect(f.scrollHeight).toBeGreaterThan(f.viewport);
    expect(f.creditBottom).toBeLessThanOrEqual(f.viewport);
    await context.close();
  }, MEASURING);

  it('reads its sources and credit as sentences at 320 px, nothing wider than the frame', async () => {
    for (const id of await sample()) {
      const { context, page } = await hostContext(320, hostPage(embedCode(id)));
      const frame = await frameOf(page, 0);
      const text = await frame.evaluate(() => [...document.querySelectorAll('.embed__sources, .embed__credit')].map((p) => (p as HTMLElement).innerText).join('\n'));
      expect(text, id).toMatch(/^Sources: .+\.\nMore on Kent care in numbers$/);
      expect(text, id).not.toMatch(/[.;,][^\s\d]/);
      expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), id).toBe(true);
      await context.close();
    }
  }, MEASURING);
});

describe('oEmbed', () => {
  const discovery = (file: string) => [...read(file).querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')];

  it('every trend page and embed page names its oEmbed file, which exists', () => {
    const problems: string[] = [];
    for (const id of ids) {
      for (const page of [`trends/${id}/index.html`, `embed/${id}/index.html`]) {
        const links = discovery(path.join(dist, page));
        if (links.length !== 1) { problems.push(`${page}: ${links.length} oEmbed links`); continue; }
        const href = links[0]!.getAttribute('href')!;
        if (href !== `${SITE_URL}embed/${id}/oembed.json`) problems.push(`${page}: ${href}`);
        if (!links[0]!.getAttribute('title')) problems.push(`${page}: no title`);
        if (!existsSync(distFile(href))) problems.push(`${page}: ${href} is not built`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('each oEmbed file is a rich response of version 1.0 whose html is the trend page’s embed code', () => {
    const problems: string[] = [];
    for (const id of ids) {
      const json = JSON.parse(readFileSync(path.join(dist, 'embed', id, 'oembed.json'), 'utf8')) as Record<string, unknown>;
      const where = `embed/${id}/oembed.json`;
      if (json.version !== '1.0' || json.type !== 'rich') problems.push(`${where}: version ${String(json.version)}, type ${String(json.type)}`);
      for (const key of ['width', 'height']) if (!Number.isInteger(json[key]) || (json[key] as number) <= 0) problems.push(`${where}: ${key} ${String(json[key])}`);
      for (const key of ['title', 'provider_name', 'provider_url', 'html']) if (typeof json[key] !== 'string' || json[key] === '') problems.push(`${where}: no ${key}`);
      if (json.html !== embedCode(id)) problems.push(`${where}: html differs from the trend page's embed code`);
      if (json.provider_url !== SITE_URL) problems.push(`${where}: provider_url ${String(json.provider_url)}`);
      // The thumbnail's three fields go together, and its image is built.
      if (typeof json.thumbnail_url !== 'string' || !existsSync(distFile(json.thumbnail_url)) || !Number.isInteger(json.thumbnail_width) || !Number.isInteger(json.thumbnail_height)) problems.push(`${where}: thumbnail`);
    }
    expect(ids.length).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });
});
