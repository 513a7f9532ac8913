// Topic pages and the ways between pages, on the built site: every topic gathers exactly its own
// measures and links to report sections that exist; trend pages lead to their topic and to related
// measures; a reader can move through the header and a topic page by keyboard alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DATA_DIR, loadDataset } from '../../src/lib/data/index.ts';
import { dist, launch } from './browser.ts';

const baseUrl = inject('baseUrl');
const { dataset } = loadDataset(DATA_DIR);
const metrics = dataset.metrics.map((m) => m.row);
const withFigures = new Set(dataset.observations.map((o) => o.row.metric));
const documentOf = (pathname: string) => parseHTML(readFileSync(path.join(dist, pathname, 'index.html'), 'utf8')).document;
const hrefs = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

describe('topic pages', () => {
  const topics = dataset.topics.map((t) => t.row).filter((t) => metrics.some((m) => m.topic === t.id && withFigures.has(m.id)));

  it('exist for every topic with measures, all listed on /topics/ in the catalogue\'s order', () => {
    expect(topics.length).toBeGreaterThan(10);
    expect(hrefs(documentOf('/topics/'), '.topic-list h2 a')).toEqual(topics.map((t) => `/topics/${t.id}/`));
    // The home page offers them too.
    expect(hrefs(documentOf('/'), '.topic-links a')).toEqual(topics.map((t) => `/topics/${t.id}/`));
  });

  it('list exactly the topic\'s own measures, each once', () => {
    for (const topic of topics) {
      const doc = documentOf(`/topics/${topic.id}/`);
      expect(doc.querySelector('h1')?.textContent).toBe(topic.label);
      const listed = hrefs(doc, '.measures a');
      const expected = metrics.filter((m) => m.topic === topic.id && withFigures.has(m.id)).map((m) => `/trends/${m.id}/`);
      expect(listed.toSorted(), topic.id).toEqual(expected.toSorted());
    }
  });

  it('link only to report sections that exist, and find the fostering sections of several reports', () => {
    const reportIds = new Map<string, Set<string>>();
    const idsOf = (report: string) => {
      if (!reportIds.has(report)) reportIds.set(report, new Set([...documentOf(report).querySelectorAll('[id]')].map((e) => e.id)));
      return reportIds.get(report)!;
    };
    let links = 0;
    for (const topic of topics) {
      const doc = documentOf(`/topics/${topic.id}/`);
      for (const a of doc.querySelectorAll('.topic-sections a')) {
        const [report, slug] = a.getAttribute('href')!.split('#');
        expect(report, a.textContent!).toMatch(/^\/reports\/[^/]+\/$/);
        expect(idsOf(report!).has(slug!), `${topic.id}: ${a.getAttribute('href')}`).toBe(true);
        // The link reads as the heading it points to.
        const heading = documentOf(report!).getElementById(slug!);
        expect(heading?.textContent?.trim()).toBe(a.textContent!.trim());
        links++;
      }
    }
    expect(links).toBeGreaterThan(50);
    const fostering = documentOf('/topics/fostering/');
    const reports = new Set(hrefs(fostering, '.topic-sections a').map((h) => h.split('#')[0]));
    expect(reports.size).toBeGreaterThanOrEqual(3);
    expect([...fostering.querySelectorAll('.topic-sections a')].some((a) => /foster/i.test(a.textContent!))).toBe(true);
  });

  it('chain to each other in order with previous and next links', () => {
    const chain = topics.map((t) => {
      const doc = documentOf(`/topics/${t.id}/`);
      return [doc.querySelector('a[rel="prev"]')?.getAttribute('href'), doc.querySelector('a[rel="next"]')?.getAttribute('href')];
    });
    expect(chain).toEqual(topics.map((_, i) => [
      i > 0 ? `/topics/${topics[i - 1]!.id}/` : undefined,
      i < topics.length - 1 ? `/topics/${topics[i + 1]!.id}/` : undefined,
    ]));
  });
});

describe('trend pages', () => {
  it('lead back to their topic through the breadcrumb and the "Topic" line', () => {
    for (const m of metrics.filter((x) => withFigures.has(x.id))) {
      const doc = documentOf(`/trends/${m.id}/`);
      expect(hrefs(doc, '.breadcrumbs a'), m.id).toEqual(['/', '/trends/', `/topics/${m.topic}/`]);
      expect(hrefs(doc, '.about a[data-pagefind-filter="topic"]')).toEqual([`/topics/${m.topic}/`]);
    }
  });

  it('list as related the measures their notes compare them with', () => {
    const ids = [...withFigures];
    let checked = 0;
    for (const m of metrics.filter((x) => withFigures.has(x.id))) {
      const named = ids.filter((id) => id !== m.id && `${m.definition} ${m.comparability ?? ''}`.split(/[^a-z0-9-]+/).includes(id));
      if (named.length === 0) continue;
      const related = hrefs(documentOf(`/trends/${m.id}/`), '#related ~ .measures a, section[aria-labelledby="related"] .measures a');
      for (const id of named.slice(0, 6)) expect(related, m.id).toContain(`/trends/${id}/`);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('by keyboard alone', () => {
  it('moves through the header and a topic page, and follows a report section', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/topics/fostering/`);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: (el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.id, href: el.getAttribute('href'), outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    const stops = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    // Skip link, site name, the main navigation, the search box and its button, the breadcrumb, then the page's contents.
    expect(stops.map((s) => s.href ?? s.text)).toEqual([
      '#main', '/', '/', '/topics/', '/trends/', '/reports/', '/compare/', '/sources/', 'site-search-q', 'Search', '/', '/topics/',
      '#trends', '#other-measures', '#in-the-reports',
    ]);
    // Every stop shows where focus is.
    expect(stops.filter((s) => !s.outlined)).toEqual([]);

    // Into the page's own contents: jump to "In the reports" and follow its first section.
    await page.keyboard.press('Enter');
    await page.waitForURL(/#in-the-reports$/);
    let target: string | null = null;
    // Past the first report's title, to its first section.
    for (let i = 0; i < 10 && !/^\/reports\/.+#/.test(target ?? ''); i++) {
      await page.keyboard.press('Tab');
      target = (await focused()).href;
    }
    expect(target).toMatch(/^\/reports\/[^/]+\/#.+$/);
    const heading = await page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}${target}`);
    const slug = target!.split('#')[1]!;
    await expect(page.locator(`[id="${slug}"]`).textContent()).resolves.toBe(heading);
    await context.close();
  });
});
