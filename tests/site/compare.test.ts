// Comparing documents, on the built site: /compare/ offers every pair of editions that share a
// measure (and names the pairs that share none); each pair's page shows, for every measure both
// give, the figures the data holds, linked to their own document's lines, with a difference whose
// sign agrees with them; reports link to their pair with the document of their kind before them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadDataset, previousOfKind } from '../../src/lib/data/index.ts';
import { formatFigure } from '../../src/lib/site/format.ts';
import { dist, sitemapPaths } from './browser.ts';

const { dataset } = loadDataset(DATA_DIR);
const sources = dataset.sources.map((s) => s.row);
const metrics = new Map(dataset.metrics.map((m) => [m.row.id, m.row]));
const observations = dataset.observations.map((o) => o.row);
const documentOf = (pathname: string) => parseHTML(readFileSync(path.join(dist, pathname, 'index.html'), 'utf8')).document;
const built = readdirSync(path.join(dist, 'compare'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/compare/${d.name}/`);
const metricsOf = (edition: string) => new Set(observations.filter((o) => o.edition === edition).map((o) => o.metric));
// Every pair of documents, earlier first, by the address its page would have.
const pairs = new Map(sources.flatMap((later, j) => sources.slice(0, j).map((earlier) => [`/compare/${earlier.edition}-and-${later.edition}/`, [earlier, later] as const])));

describe('/compare/', () => {
  it('lists a page for every pair of documents that share a measure, and names those that share none', () => {
    const index = documentOf('/compare/');
    const listed = [...index.querySelectorAll('.pair-list h3 a')].map((a) => a.getAttribute('href')!);
    // First, each document beside the one of its kind before it: the two annual reports.
    const first = [...index.querySelectorAll('#same-kind ~ .pair-list')][0]!;
    expect([...first.querySelectorAll('h3 a')].map((a) => a.getAttribute('href'))).toEqual(
      sources.flatMap((s) => { const before = previousOfKind(sources, s.edition); return before ? [`/compare/${before}-and-${s.edition}/`] : []; }));
    expect(first.querySelector('h3 a')!.getAttribute('href')).toBe('/compare/2020-and-2025/');
    expect(listed.toSorted()).toEqual(built.toSorted());
    const text = index.querySelector('main')!.textContent!;
    expect(pairs.size).toBe(sources.length * (sources.length - 1) / 2);
    for (const [href, [earlier, later]] of pairs) {
      const share = [...metricsOf(earlier.edition)].some((m) => metricsOf(later.edition).has(m));
      expect(listed.includes(href), href).toBe(share);
      if (!share) expect(text).toContain(`${earlier.title} and ${later.title}`);
    }
    expect(built.length).toBeGreaterThanOrEqual(5);
    // In the sitemap, so every pair page is checked by axe, html-validate and the link check.
    const mapped = new Set(sitemapPaths());
    expect(['/compare/', ...built].filter((p) => !mapped.has(p))).toEqual([]);
  });
});

describe('a comparison page', () => {
  it('shows each measure both documents give, with the data\'s figures linked to each document\'s own lines', () => {
    let rows = 0;
    let differences = 0;
    for (const href of built) {
      expect(pairs.has(href), `${href} is a pair of known documents`).toBe(true);
      const [earlier, later] = pairs.get(href)!;
      const doc = documentOf(href);
      const onPage = new Set([
        ...[...doc.querySelectorAll('table.comparison tbody tr')].map((tr) => tr.getAttribute('data-metric')!),
        ...[...doc.querySelectorAll('.forms dt a')].map((a) => a.getAttribute('href')!.split('/')[2]!),
      ]);
      const shared = [...metricsOf(earlier.edition)].filter((m) => metricsOf(later.edition).has(m));
      for (const m of shared) expect(onPage.has(m), `${href}: ${m}`).toBe(true);

      for (const tr of doc.querySelectorAll('table.comparison tbody tr')) {
        const metric = metrics.get(tr.getAttribute('data-metric')!)!;
        const cells = [...tr.querySelectorAll('td')];
        const shown = [earlier, later].map((source, i) => {
          const a = cells[i]!.querySelector('a')!;
          const [page, anchor] = a.getAttribute('href')!.split('#');
          // Each document's cell cites that document: a figure of this measure, or where it names one it does not publish.
          expect(page, `${href} ${metric.id}`).toBe(`/sources/${source.id}/`);
          const line = Number(anchor!.slice(1));
          if (a.textContent === 'Not published') {
            expect(dataset.gaps.some((g) => g.row.source === source.id && g.row.line === line && g.row.metric === metric.id)).toBe(true);
            return undefined;
          }
          const figure = observations.find((o) => o.source === source.id && o.line === line && o.metric === metric.id && formatFigure(o, metric.unit) === a.textContent);
          expect(figure, `${href} ${metric.id}: ${a.textContent} at line ${line}`).toBeDefined();
          return figure!;
        });
        const difference = cells[2]!.textContent!.trim();
        const [before, after] = shown;
        if (before && after && /^[+−]/.test(difference)) {
          expect(difference.startsWith(after.value > before.value ? '+' : '−'), `${href} ${metric.id}: ${difference}`).toBe(true);
          differences++;
        }
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(40);
    expect(differences).toBeGreaterThan(20);
  });

  it('is linked from the report whose "What changed" compares the same two documents, or offers them as another kind', () => {
    let linked = 0;
    for (const href of built) {
      const [earlier, later] = pairs.get(href)!;
      const report = documentOf(`/reports/${later.edition}/`);
      const previous = previousOfKind(sources, later.edition);
      if (previous === earlier.edition) {
        // The same kind of document, the one before: "What changed" is about this pair.
        expect(report.querySelector(`#changes ~ div a[href="${href}"]`), href).not.toBeNull();
        linked++;
      } else if (previous === undefined) {
        // The first of its kind lists its pairs with earlier documents of other kinds instead.
        expect(report.querySelector(`#changes ~ ul a[href="${href}"]`), href).not.toBeNull();
      } else {
        expect(report.querySelector(`#changes ~ * a[href="${href}"]`), href).toBeNull();
      }
    }
    expect(linked).toBe(1);
  });
});
