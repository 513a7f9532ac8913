// The comparability rule: no change is computed between two figures the data marks as not
// comparable (a dated break between them, or a break between documents), in each place that
// computes changes, which says why instead. Then the real data: every measure given by more
// than one document has its verdict in docs/comparability.md, and each verdict matches the data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadDataset, type Metric, type SeriesBreak } from '../../src/lib/data/index.ts';
import { compareEditions } from '../../src/lib/reports/compare.ts';
import { withTrend } from '../../src/lib/site/headlines.ts';
import type { Figure } from '../../src/lib/site/site-data.ts';
import { describeTrend } from '../../src/lib/trends/describe.ts';
import { breaksBetween, buildTrend, kentTotals } from '../../src/lib/trends/trend.ts';
import type { TrendEntry } from '../../src/lib/trends/trends.ts';

const metric: Metric = {
  id: 'enquiries', label: 'Enquiries', topic: 't', unit: 'count', kind: 'flow', polarity: 'neutral',
  definition: 'd', comparability: undefined, complete_breakdowns: [],
};
let line = 0;
const fig = (edition: string, period: string, value: number): Figure => ({
  metric: 'enquiries', series: 'kent', breakdown: undefined, category: undefined, period, period_label: period, value,
  qualifier: undefined, source: `doc-${edition}`, line: ++line, quote: String(value), note: undefined, edition,
});
const documents: SeriesBreak = { metric: 'enquiries', date: undefined, reason: 'The later document also counts a regional hub.' };
const dated: SeriesBreak = { metric: 'enquiries', date: '2020-04-01', reason: 'The service was restructured.' };
const old = [fig('old', '2017-04-01/2018-03-31', 597), fig('old', '2018-04-01/2019-03-31', 590)];
const later = [fig('new', '2023-04-01/2024-03-31', 736), fig('new', '2024-04-01/2025-03-31', 764)];
const trendWith = (breaks: SeriesBreak[]) => buildTrend(metric, [...old, ...later], breaks, ['old', 'new']);

describe('breaksBetween', () => {
  it('finds a break between documents only for figures of different documents', () => {
    expect(breaksBetween([documents], old[1]!, later[0]!)).toEqual([documents]);
    expect(breaksBetween([documents], later[0]!, later[1]!)).toEqual([]);
  });
  it('finds a dated break only between figures either side of its date, in either order', () => {
    expect(breaksBetween([dated], old[1]!, later[0]!)).toEqual([dated]);
    expect(breaksBetween([dated], later[0]!, old[1]!)).toEqual([dated]);
    expect(breaksBetween([dated], old[0]!, old[1]!)).toEqual([]);
  });
});

describe('no change across a break between documents', () => {
  it('the trend draws each document\'s figures apart, and its words give the reason, not a change', () => {
    const trend = trendWith([documents]);
    expect(kentTotals(trend)!.runs.map((r) => r.map((p) => p.figure.value))).toEqual([[597, 590], [736, 764]]);
    const words = describeTrend(trend).join(' ');
    expect(words).toContain('These figures do not compare directly. The later document also counts a regional hub.');
    expect(words).not.toMatch(/That is (up|down)/);
    // Without the break, the same figures give a change: the test above can fail.
    expect(describeTrend(trendWith([])).join(' ')).toMatch(/That is up/);
  });

  it('the comparison of two documents gives no difference or direction, and says why', () => {
    const input = { metrics: new Map([[metric.id, metric]]), breaks: [documents], gaps: [] };
    const [row] = compareEditions({ id: 'old', figures: old }, { id: 'new', figures: later }, input).figures;
    expect(row!.difference).toBeUndefined();
    expect(row!.direction).toBe('unknown');
    expect(row!.change).toBe('The two documents count this measure in different ways, so their figures do not compare.');
    expect(row!.notes).toContain('Not comparable between documents: The later document also counts a regional hub.');
    const [plain] = compareEditions({ id: 'old', figures: old }, { id: 'new', figures: later }, { ...input, breaks: [] }).figures;
    expect(plain!.direction).toBe('up');
  });

  it('a headline figure gives the reason instead of the change from the figure before it', () => {
    const trend = trendWith([documents]);
    const entry = { metric, trend } as unknown as TrendEntry;
    const headline = withTrend(later[0]!, entry);
    expect(headline.change).toBe('This figure does not compare with the one before. The later document also counts a regional hub.');
    expect(withTrend(later[1]!, entry).change).toMatch(/^That is up/);
  });
});

/** The verdicts table of docs/comparability.md: measure id and verdict per row. */
function verdicts(): Map<string, string> {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../docs/comparability.md'), 'utf8');
  const rows = text.split('\n').filter((l) => /^\| `[a-z0-9-]+` \|/.test(l));
  return new Map(rows.map((l) => {
    const cells = l.split('|').map((c) => c.trim());
    return [cells[1]!.replaceAll('`', ''), cells[3]!] as const;
  }));
}

describe('docs/comparability.md against the real data', () => {
  const { dataset } = loadDataset(DATA_DIR);
  const table = verdicts();
  const breaks = dataset.breaks.map((b) => b.row);
  const documentsOf = (id: string) => new Set(dataset.observations.filter((o) => o.row.metric === id).map((o) => o.row.source));

  it('gives a verdict for every measure with figures in more than one document', () => {
    const shared = dataset.metrics.map((m) => m.row.id).filter((id) => documentsOf(id).size > 1);
    expect(shared.length).toBeGreaterThan(30);
    expect(shared.filter((id) => !table.has(id))).toEqual([]);
  });

  it('matches every verdict to the data', () => {
    const wrong: string[] = [];
    for (const [id, verdict] of table) {
      const mine = breaks.filter((b) => b.metric === id);
      if (!dataset.metrics.some((m) => m.row.id === id)) { wrong.push(`${id}: no such measure`); continue; }
      if (verdict === 'joined' && mine.length > 0) wrong.push(`${id}: joined, but data/breaks.csv breaks it`);
      if (verdict === 'break' && !mine.some((b) => b.date !== undefined)) wrong.push(`${id}: break, but data/breaks.csv has no dated break`);
      if (verdict === 'not comparable' && !mine.some((b) => b.date === undefined)) wrong.push(`${id}: not comparable, but data/breaks.csv has no break between documents`);
      if (verdict === 'split' && !dataset.revisions.some((r) => r.row.field === 'metric' && r.row.old === id)) wrong.push(`${id}: split, but data/revisions.csv moves no figure out of it`);
      if (verdict === 'split' && mine.some((b) => b.date === undefined)) wrong.push(`${id}: split, yet still broken between documents`);
      if (verdict === 'merged' && !dataset.revisions.some((r) => r.row.field === 'metric' && r.row.new === id)) wrong.push(`${id}: merged, but data/revisions.csv moves no figure into it`);
      if (!['joined', 'break', 'not comparable', 'split', 'merged', 'fixed'].includes(verdict)) wrong.push(`${id}: unknown verdict "${verdict}"`);
    }
    expect(wrong).toEqual([]);
  });
});
