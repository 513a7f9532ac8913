// The narrative reports and written pages, built: one report per edition; no number typed into
// their prose; every bound figure linked to a real line; each report prints to a complete PDF.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedNumerals } from '../../src/lib/content/index.ts';
import { DATA_DIR, loadDataset } from '../../src/lib/data/index.ts';
import { dist, launch } from './browser.ts';

const baseUrl = inject('baseUrl');
const { dataset } = loadDataset(DATA_DIR);
const editions = dataset.sources.map((s) => s.row.edition);
const reportPaths = editions.map((e) => `/reports/${e}/`);
const prosePaths = [...reportPaths, '/strategy/', '/about/', '/accessibility/', '/glossary/', '/reports/'];

const documentOf = (pathname: string) => parseHTML(readFileSync(path.join(dist, pathname, 'index.html'), 'utf8')).document;
const squash = (s: string) => s.replace(/\s+/g, '');
/** Text with a space between nodes, so that "2025" in a heading and "What" in the next paragraph stay apart. */
const textOf = (node: Node): string => (node.nodeType === 3 ? node.textContent! : [...node.childNodes].map(textOf).join(' '));

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

describe('the reports', () => {
  it('give every edition a report, listed on /reports/', () => {
    const index = documentOf('/reports/');
    const listed = [...index.querySelectorAll('.report-list a')].map((a) => a.getAttribute('href'));
    expect(listed.toSorted()).toEqual(reportPaths.toSorted());
    for (const p of reportPaths) expect(existsSync(path.join(dist, p, 'index.html')), p).toBe(true);
  });

  it('follow the documents\' order (data/sources.csv, oldest first) in their previous and next links', () => {
    const chain = reportPaths.map((p) => {
      const doc = documentOf(p);
      return [doc.querySelector('a[rel="prev"]')?.getAttribute('href'), doc.querySelector('a[rel="next"]')?.getAttribute('href')];
    });
    expect(chain).toEqual(reportPaths.map((_, i) => [reportPaths[i - 1], reportPaths[i + 1]]));
  });

  it('name each neighbour by its kind: the report of the same kind before and after, and the documents of other kinds between', () => {
    const label = (p: string) => [...documentOf(p).querySelectorAll('.pager a')].map((a) => [a.getAttribute('href'), a.querySelector('span')!.textContent]);
    expect(label('/reports/2025/')).toEqual([
      ['/reports/2020/', 'Previous Corporate Parenting Annual Report'],
      ['/reports/sufficiency-2025-2028/', 'Later document: a Sufficiency Strategy'],
    ]);
    expect(label('/reports/2020/')).toEqual([
      ['/reports/2019/', 'Earlier document: a Kent Fostering Service annual report'],
      ['/reports/2025/', 'Next Corporate Parenting Annual Report'],
    ]);
    // "What changed" compares the 2025 annual report with the 2020 one; the strategy, first of its kind, with neither.
    expect(documentOf('/reports/2025/').querySelector('#changes')!.textContent).toBe('What changed since Corporate Parenting Annual Report 2020');
    expect(documentOf('/reports/sufficiency-2025-2028/').querySelector('#changes')!.parentElement!.textContent).toContain('This is the first Sufficiency Strategy on this site, so there is no earlier edition of it to compare with.');
  });

  it('type no number into their prose: every numeral comes from the data, or is a date, age or law', () => {
    const typed: string[] = [];
    for (const p of prosePaths) {
      const main = documentOf(p).querySelector('main')!;
      // Bound output (figures, charts, tables, quotes) and the print-only address are not prose.
      for (const el of main.querySelectorAll('[data-bound], svg, script, style, .print-only')) el.remove();
      const text = textOf(main).replace(/\s+/g, ' ');
      for (const n of typedNumerals(text)) typed.push(`${p}: "${n.text}" in “…${text.slice(Math.max(0, n.index - 40), n.index + 40)}…”`);
    }
    expect(typed).toEqual([]);
  });

  it('bind figures in every report, each with its own id and a link to a line that exists', () => {
    const lines = new Map<string, Set<string>>();
    const anchorsOf = (source: string) => {
      if (!lines.has(source)) lines.set(source, new Set([...documentOf(`/sources/${source}/`).querySelectorAll('[id^="L"]')].map((el) => el.id)));
      return lines.get(source)!;
    };
    for (const p of prosePaths) {
      const doc = documentOf(p);
      const stats = [...doc.querySelectorAll('a.stat')];
      if (reportPaths.includes(p)) expect(stats.length, p).toBeGreaterThan(5);
      const ids = stats.map((a) => a.id);
      expect(new Set(ids).size, `${p}: figure ids repeat`).toBe(ids.length);
      for (const a of stats) {
        const [, source, line] = /^\/sources\/([^/]+)\/#(L\d+)$/.exec(a.getAttribute('href')!)!;
        expect(anchorsOf(source!).has(line!), `${p} ${a.id} → ${source} ${line}`).toBe(true);
        expect(a.getAttribute('title'), a.id).toMatch(/^“.+” \(.+, line \d+\)$/);
      }
    }
  });

  it('print to complete PDFs: every heading, table caption and figure (with its line) is in the printout', async () => {
    for (const p of reportPaths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(baseUrl + p);
      const expected = await page.evaluate(() => [
        ...[...document.querySelectorAll('main h1, main h2, main h3, main caption')].map((el) => el.textContent!),
        ...[...document.querySelectorAll('a.stat')].map((a) => `${a.textContent} [${a.getAttribute('data-ref')}]`),
        document.querySelector('#about-this-report + p')!.textContent!,
      ]);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      await context.close();
      const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, verbosity: 0 }).promise;
      let text = '';
      for (let i = 1; i <= doc.numPages; i++) {
        const content = await (await doc.getPage(i)).getTextContent();
        text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
      }
      // Printed link targets (" <https://…>") come after their link text: compare without them.
      const printed = squash(text.replace(/ ?<[^<>]*>/g, ''));
      const missing = expected.filter((e) => !printed.includes(squash(e)));
      expect(missing, `${p}: ${doc.numPages} pages`).toEqual([]);
      // The navigation and page furniture stay off the handout.
      expect(printed.includes(squash('Skip to main content')), p).toBe(false);
    }
  }, 300_000);
});
