// Comparing two editions: the figures matched, their differences and notes, on small made-up
// editions; and on the real data, every measure of every pair accounted for exactly once.
import { describe, expect, it } from 'vitest';
import { DATA_DIR, isNamed, loadDataset, type Metric, type NamedGap } from '../../src/lib/data/index.ts';
import { compareEditions, summariseDirections } from '../../src/lib/reports/compare.ts';
import type { Figure } from '../../src/lib/site/site-data.ts';
import { signedDifference } from '../../src/lib/trends/describe.ts';

const metricOf = (id: string, extra: Partial<Metric> = {}): Metric => ({
  id, label: id, topic: 't', unit: 'count', kind: 'stock', polarity: 'neutral',
  definition: 'd', comparability: undefined, complete_breakdowns: [], ...extra,
});
let line = 0;
const fig = (edition: string, metric: string, period: string, value: number, extra: Partial<Figure> = {}): Figure => ({
  metric, series: 'kent', breakdown: undefined, category: undefined, period, period_label: period, value,
  qualifier: undefined, source: `s-${edition}`, line: ++line, quote: String(value), note: undefined, edition, ...extra,
});
const metrics = new Map(['children', 'share', 'teams', 'carers', 'only-old', 'only-new', 'lost'].map((id) => [id, metricOf(id, id === 'share' ? { unit: 'percent' } : {})]));
const gap: NamedGap = { edition: 'new', source: 's-new', line: 40, metric: 'lost', description: 'The chart of lost things', reason: 'chart-lost', quote: 'lost' };

describe('signedDifference', () => {
  const at = (value: number, extra: Partial<Figure> = {}) => fig('e', 'x', '2020', value, extra);
  it('signs the change, with the relative change for amounts and points for percentages', () => {
    expect(signedDifference(at(63), at(106), 'count')).toBe('+43 (+68.3%)');
    expect(signedDifference(at(910), at(650), 'count')).toBe('−260 (−28.6%)');
    expect(signedDifference(at(61.2), at(58.7), 'percent')).toBe('−2.5 points');
    expect(signedDifference(at(50), at(51), 'percent')).toBe('+1 point');
    expect(signedDifference(at(1200), at(1000.5), 'gbp')).toBe('−£199.5 (−16.6%)');
    expect(signedDifference(at(-9), at(-35), 'net-count')).toBe('−26');
    expect(signedDifference(at(4), at(4), 'count')).toBe('No change');
  });
  it('gives none where the change is not known exactly', () => {
    expect(signedDifference(at(1800, { qualifier: 'over' }), at(1966), 'count')).toBeUndefined();
    expect(signedDifference(at(6), at(4), 'rank')).toBeUndefined();
  });
});

describe('compareEditions', () => {
  const old = { id: 'old', figures: [
    fig('old', 'children', '2017-03-31', 1894),
    fig('old', 'children', '2016-03-31', 1700),
    fig('old', 'children', '2017-03-31', 481, { breakdown: 'status', category: 'Asylum-seeking' }),
    fig('old', 'share', '2017-03-31', 61.2),
    fig('old', 'teams', '2018-04-01/2019-03-31', 7),
    fig('old', 'carers', '2018-04', 900, { series: 'target' }),
    fig('old', 'only-old', '2017', 3),
    fig('old', 'lost', '2017', 12),
  ] };
  const neu = { id: 'new', figures: [
    fig('new', 'children', '2016-03-31', 1710),
    fig('new', 'children', '2020', 1800, { qualifier: 'over' }),
    fig('new', 'children', '2020-09-15', 1772),
    fig('new', 'children', '2020-09-15', 520, { breakdown: 'status', category: 'Asylum-seeking' }),
    fig('new', 'share', '2020-03-31', 58.7),
    fig('new', 'teams', '2019-04-01/2020-03-31', 9),
    fig('new', 'carers', '2019-03-31', 680),
    fig('new', 'only-new', '', 2),
  ] };
  const breaks = [{ metric: 'teams', date: '2019-04-01', reason: 'The service was restructured.' }];
  const c = compareEditions(old, neu, { metrics, breaks, gaps: [gap] });
  const row = (metric: string, category?: string) => c.figures.find((f) => f.metric.id === metric && f.before.category === category)!;

  it('matches the same measure, series and part, taking the latest figure each edition gives', () => {
    expect(c.figures.map((f) => [f.metric.id, f.before.value, f.after.value])).toEqual([
      ['children', 1894, 1772], ['children', 481, 520], ['share', 61.2, 58.7], ['teams', 7, 9],
    ]);
    expect(row('children').difference).toBe('−122 (−6.4%)');
    expect(row('children').direction).toBe('down');
    expect(row('children', 'Asylum-seeking').direction).toBe('up');
    expect(row('share').difference).toBe('−2.5 points');
  });

  it('notes where the documents disagree on a period both give', () => {
    expect(row('children').notes).toContain('For 31 March 2016 the earlier document gives 1,700 and the later 1,710: the documents disagree.');
  });

  it('gives no difference across a break in the series, and says why', () => {
    const teams = row('teams');
    expect([teams.difference, teams.direction]).toEqual([undefined, 'unknown']);
    expect(teams.notes).toContain('Break in series: The service was restructured.');
  });

  it('sets apart measures given in different forms, given by one only, or named but not published', () => {
    expect(c.unmatched.map((u) => [u.metric.id, u.before.map((f) => f.series), u.after.map((f) => f.series)])).toEqual([['carers', ['target'], ['kent']]]);
    expect(c.onlyBefore.map((m) => m.id)).toEqual(['only-old']);
    expect(c.onlyAfter.map((m) => m.id)).toEqual(['only-new']);
    expect(c.unpublished.map((u) => [u.metric.id, u.side, u.figure.value, u.gap.line])).toEqual([['lost', 'before', 12, 40]]);
  });

  it('cannot say how an undated or hedged figure changed', () => {
    const undated = compareEditions({ id: 'a', figures: [fig('a', 'children', '', 5)] }, { id: 'b', figures: [fig('b', 'children', '2020', 7)] }, { metrics, breaks: [], gaps: [] });
    expect(undated.figures[0]).toMatchObject({ direction: 'unknown', difference: undefined, change: 'The earlier document does not date its figure, so the change over time is not known.' });
    expect(summariseDirections([...c.figures, ...undated.figures])).toBe('1 went up, 2 went down and 2 cannot be compared exactly (the notes say why)');
  });
});

describe('compareEditions on the real data', () => {
  const { dataset } = loadDataset(DATA_DIR);
  const realMetrics = new Map(dataset.metrics.map((m) => [m.row.id, m.row]));
  const input = { metrics: realMetrics, breaks: dataset.breaks.map((b) => b.row), gaps: dataset.gaps.map((g) => g.row).filter(isNamed) };
  const editions = dataset.sources.map((s) => s.row.edition);
  const side = (id: string) => ({ id, figures: dataset.observations.filter((o) => o.row.edition === id).map((o) => o.row as Figure) });

  it('accounts for every measure of every pair exactly once', () => {
    let pairs = 0;
    editions.forEach((later, j) => editions.slice(0, j).forEach((earlier) => {
      const [a, b] = [side(earlier), side(later)];
      const c = compareEditions(a, b, input);
      const inA = new Set(a.figures.map((f) => f.metric));
      const inB = new Set(b.figures.map((f) => f.metric));
      const both = [...inA].filter((m) => inB.has(m));
      expect(new Set([...c.figures, ...c.unmatched].map((x) => x.metric.id)), `${earlier} and ${later}`).toEqual(new Set(both));
      const alone = [...c.onlyBefore, ...c.onlyAfter, ...c.unpublished.map((u) => u.metric)].map((m) => m.id);
      expect(alone.toSorted()).toEqual([...inA, ...inB].filter((m) => !(inA.has(m) && inB.has(m))).toSorted());
      // Every figure compared is one of its edition's own, for the same measure and part.
      for (const f of c.figures) {
        expect(a.figures).toContain(f.before);
        expect(b.figures).toContain(f.after);
        expect([f.after.metric, f.after.series, f.after.breakdown, f.after.category]).toEqual([f.before.metric, f.before.series, f.before.breakdown, f.before.category]);
      }
      pairs++;
    }));
    expect(pairs).toBe(editions.length * (editions.length - 1) / 2);
  });
});
