// The trend model and the generated descriptions, on small made-up metrics and on the real data.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadDataset, type Metric } from '../../src/lib/data/index.ts';
import { formatFigure } from '../../src/lib/site/format.ts';
import type { Figure } from '../../src/lib/site/site-data.ts';
import { describeTrend } from '../../src/lib/trends/describe.ts';
import { figuresCsv } from '../../src/lib/trends/exports.ts';
import { cachedPng } from '../../src/lib/trends/png-cache.ts';
import { buildTrend, endPoint, kentTotals, latestFigure, periodSpan } from '../../src/lib/trends/trend.ts';

const metric: Metric = {
  id: 'things', label: 'Things', topic: 't', unit: 'count', kind: 'stock', polarity: 'neutral',
  definition: 'd', comparability: undefined, complete_breakdowns: [],
};
let line = 0;
const fig = (period: string, value: number, extra: Partial<Figure> = {}): Figure => ({
  metric: 'things', series: 'kent', breakdown: undefined, category: undefined, period, period_label: period, value,
  qualifier: undefined, source: 's', line: ++line, quote: String(value), note: undefined, edition: 'e1', ...extra,
});
const trendOf = (figures: Figure[], m: Metric = metric, breaks: { metric: string; date: string; reason: string }[] = []) =>
  buildTrend(m, figures, breaks, ['e1', 'e2']);

describe('periodSpan', () => {
  it('puts a day at itself, and a year or financial year at its middle', () => {
    expect(periodSpan('2017-03-31')!.x.toISOString()).toBe('2017-03-31T00:00:00.000Z');
    expect(periodSpan('2025')!.x.toISOString()).toBe('2025-07-02T12:00:00.000Z');
    const fy = periodSpan('2016-04-01/2017-03-31')!;
    expect([fy.start.toISOString(), fy.end.toISOString()]).toEqual(['2016-04-01T00:00:00.000Z', '2017-04-01T00:00:00.000Z']);
    expect(periodSpan('')).toBeUndefined();
  });
});

describe('buildTrend', () => {
  it('draws a figure restated by a later edition once, from the later edition', () => {
    const t = trendOf([fig('2017-03-31', 10), fig('2017-03-31', 10, { edition: 'e2' }), fig('2020-03-31', 12, { edition: 'e2' })]);
    const kent = kentTotals(t)!;
    expect(kent.points.map((p) => [p.figure.value, p.figure.edition, p.restated.length])).toEqual([[10, 'e2', 1], [12, 'e2', 0]]);
  });

  it('splits the line at a break in comparability', () => {
    const t = trendOf([fig('2018-03-31', 1), fig('2019-03-31', 1), fig('2020-03-31', 3)], metric, [{ metric: 'things', date: '2019-04-01', reason: 'Restructured.' }]);
    expect(kentTotals(t)!.runs.map((r) => r.length)).toEqual([2, 1]);
  });

  it('keeps undated figures off the time axis', () => {
    const t = trendOf([fig('2018-03-31', 1), fig('', 4, { note: 'undated' })]);
    expect(t.undated.map((f) => f.value)).toEqual([4]);
    expect(kentTotals(t)!.points).toHaveLength(1);
  });
});

describe('the figures a comparison starts from and ends at', () => {
  it('prefer an exact count at a date to a hedged figure for the same year from the same document', () => {
    const t = trendOf([fig('2020', 1800, { qualifier: 'over', source: 'a' }), fig('2020-09-15', 1772, { source: 'a' }), fig('2025-11', 1868, { source: 'b' })]);
    expect(endPoint(kentTotals(t)!.points, 'first').figure.value).toBe(1772);
    expect(describeTrend(t)[0]).toBe('Things: 1,772 at 15 September 2020, and 1,868 in November 2025.');
  });

  it('keep a hedged first figure when the document gives no exact one for that time', () => {
    const t = trendOf([fig('2017', 1500, { qualifier: 'over', source: 'a' }), fig('2018', 1600, { source: 'a' })]);
    expect(endPoint(kentTotals(t)!.points, 'first').figure.value).toBe(1500);
    expect(latestFigure(t)!.value).toBe(1600);
  });
});

describe('describeTrend', () => {
  it('gives the first and latest values, the change, the high and low, and the target', () => {
    const text = describeTrend(trendOf([
      fig('2017-03-31', 1894), fig('2018-03-31', 2100), fig('2019-03-31', 1700), fig('2020-03-31', 1966),
      fig('2020-03-31', 2000, { series: 'target' }),
    ]));
    expect(text).toEqual([
      'Things: 1,894 at 31 March 2017, and 1,966 at 31 March 2020.',
      'That is up 72 (3.8%).',
      'The highest was 2,100 at 31 March 2018; the lowest 1,700 at 31 March 2019.',
      'The target was 2,000 at 31 March 2020.',
    ]);
  });

  it('gives percentage points for percentages, and no exact change for hedged figures', () => {
    const pct = { ...metric, unit: 'percent' as const };
    expect(describeTrend(trendOf([fig('2017', 61.2), fig('2018', 58.7)], pct))[1]).toBe('That is down 2.5 percentage points.');
    expect(describeTrend(trendOf([fig('2017', 1500, { qualifier: 'over' }), fig('2018', 1600)]))).toEqual([
      'Things: over 1,500 in 2017, and 1,600 in 2018.',
      'The source hedges at least one of these figures, so the exact change is not known.',
    ]);
  });

  it('says when there is one figure only, or when a break makes the figures incomparable', () => {
    expect(describeTrend(trendOf([fig('2025', 7)]))).toEqual([
      'Things: 7 in 2025.',
      'The sources give no other dated figure for Kent, so no trend is available yet.',
    ]);
    const broken = describeTrend(trendOf([fig('2018-03-31', 1), fig('2020-03-31', 3)], metric, [{ metric: 'things', date: '2019-04-01', reason: 'The service was restructured.' }]));
    expect(broken[1]).toBe('These figures do not compare directly. The service was restructured.');
  });

  it('describes every real metric from its own figures', () => {
    const { dataset } = loadDataset(DATA_DIR);
    const figures = dataset.observations.map((o) => o.row as Figure);
    const order = dataset.sources.map((s) => s.row.edition);
    for (const { row: m } of dataset.metrics.filter(({ row }) => figures.some((f) => f.metric === row.id))) {
      const t = buildTrend(m, figures, dataset.breaks.map((b) => b.row), order);
      const text = describeTrend(t).join(' ');
      expect(text.length, m.id).toBeGreaterThan(0);
      const kent = kentTotals(t);
      if (kent) {
        expect(text, m.id).toContain(formatFigure(endPoint(kent.points, 'first').figure, m.unit));
        expect(text, m.id).toContain(formatFigure(endPoint(kent.points, 'last').figure, m.unit));
      }
    }
  });
});

describe('figuresCsv', () => {
  it('neutralises spreadsheet formulas in text and keeps values as numbers', () => {
    const csv = figuresCsv([fig('2025', -35, { quote: '=HYPERLINK("http://x","y")', note: '@SUM(A1)', category: '+1', breakdown: 'b' })], 'https://example.org');
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(row!.quote).toBe('\'=HYPERLINK("http://x","y")');
    expect(row!.note).toBe('\'@SUM(A1)');
    expect(row!.category).toBe('\'+1');
    expect(row!.value).toBe('-35');
    expect(row!.source_url).toBe(`https://example.org/sources/s/#L${line}`);
  });
});

describe('chart PNGs', () => {
  it('are drawn once for the same inputs, and again when any input changes', () => {
    const unique = `${process.pid}-${Date.now()}-${Math.random()}`;
    let draws = 0;
    const draw = (bytes: string) => () => { draws++; return Buffer.from(bytes); };
    expect(cachedPng([unique, 'a'], draw('first')).toString()).toBe('first');
    expect(cachedPng([unique, 'a'], draw('second')).toString()).toBe('first');
    expect(cachedPng([`${unique}a`, ''], draw('third')).toString()).toBe('third');
    expect(draws).toBe(2);
  });
});
