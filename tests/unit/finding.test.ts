// What the ways of finding things are built from: a report's sections and the topics they are
// about, the measures related to a measure, and a headline figure's change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadDataset, type Metric } from '../../src/lib/data/index.ts';
import { isAbout, reportSections } from '../../src/lib/reports/sections.ts';
import { withTrend } from '../../src/lib/site/headlines.ts';
import type { Figure } from '../../src/lib/site/site-data.ts';
import { describeTrend } from '../../src/lib/trends/describe.ts';
import { relatedMeasures } from '../../src/lib/trends/related.ts';
import { buildTrend } from '../../src/lib/trends/trend.ts';
import type { TrendEntry } from '../../src/lib/trends/trends.ts';

const measure = (id: string, topic: string, extra: Partial<Metric> = {}): Metric => ({
  id, label: id.replaceAll('-', ' '), topic, unit: 'count', kind: 'stock', polarity: 'neutral',
  definition: `The ${id.replaceAll('-', ' ')}.`, comparability: undefined, complete_breakdowns: [], ...extra,
});

describe('report sections', () => {
  const mdx = [
    '## In short', '', 'We look after <Stat metric="foster-carers" edition="x" /> carers.', '',
    '## Foster care', '', 'Some <Stat metric="foster-carers" edition="x" /> and <Stat metric="adopters" edition="x" />.', '',
    '### Who adopts', '', '<Chart metric="adopters" />', '', '<Figures edition="x" metrics="adopters foster-carers" />', '',
    '## Health and wellbeing', '', 'Words only.', '',
    '## Money', '', '<Figures edition="x" topic="finance" />', '',
  ].join('\n');
  const sections = reportSections(mdx);
  const metrics = new Map([measure('foster-carers', 'fostering'), measure('adopters', 'adoption')].map((m) => [m.id, m]));
  const topic = (id: string, label: string) => ({ id, label });

  it('splits at every heading and counts what each cites under it alone', () => {
    expect(sections.map((s) => [s.depth, s.text])).toEqual([[2, 'In short'], [2, 'Foster care'], [3, 'Who adopts'], [2, 'Health and wellbeing'], [2, 'Money']]);
    expect(Object.fromEntries(sections[1]!.metrics)).toEqual({ 'foster-carers': 1, adopters: 1 });
    expect(Object.fromEntries(sections[2]!.metrics)).toEqual({ adopters: 2, 'foster-carers': 1 });
    expect([...sections[4]!.topics]).toEqual(['finance']);
  });

  it('takes a section to be about a topic by its figures table, its heading, or most of its figures', () => {
    const about = (t: { id: string; label: string }) => sections.filter((s) => isAbout(s, t, metrics)).map((s) => s.text);
    // "In short" cites fostering only, but summarises the whole report.
    expect(about(topic('fostering', 'Fostering'))).toEqual([]);
    // Two of three figures are adoption's: a majority. Half is not.
    expect(about(topic('adoption', 'Adoption'))).toEqual(['Who adopts']);
    expect(about(topic('health', 'Health'))).toEqual(['Health and wellbeing']);
    expect(about(topic('finance', 'Money'))).toEqual(['Money']);
  });

  it('read every real report, whose "In short" comes first', () => {
    for (const id of ['2017', '2019', '2020', '2025', 'sufficiency-2025-2028']) {
      const found = reportSections(readFileSync(`content/reports/${id}.mdx`, 'utf8').replace(/^---[\s\S]*?---\n/, ''));
      expect(found[0]?.text, id).toBe('In short');
      expect(found.length, id).toBeGreaterThan(5);
    }
  });
});

describe('related measures', () => {
  const a = measure('care-leavers', 'leaving', { comparability: 'Not the same as care-adults, which is wider.' });
  const b = measure('care-adults', 'leaving');
  const c = measure('care-leavers-in-work', 'leaving', { label: 'Care leavers in work', definition: 'Care leavers in work or training.' });
  const d = measure('foster-homes', 'fostering', { label: 'Care leavers homes', definition: 'Care leavers homes.' });
  const e = measure('unrelated-thing', 'leaving', { label: 'Panel meetings', definition: 'Meetings held.' });
  const all = [a, b, c, d, e];

  it('puts first the measures either one\'s notes name, then similar words on the same topic only', () => {
    expect(relatedMeasures(a, all).map((r) => [r.metric.id, r.why])).toEqual([['care-adults', 'named'], ['care-leavers-in-work', 'topic']]);
    // The naming works both ways.
    expect(relatedMeasures(b, all).map((r) => r.metric.id)[0]).toBe('care-leavers');
    expect(relatedMeasures(a, all, 1)).toHaveLength(1);
  });

  it('finds a related measure for most real measures', () => {
    const { dataset } = loadDataset(DATA_DIR);
    const real = dataset.metrics.map((m) => m.row);
    const none = real.filter((m) => relatedMeasures(m, real).length === 0);
    expect(none.length / real.length).toBeLessThan(0.05);
  });
});

describe('a headline figure\'s change', () => {
  const metric = measure('things', 't');
  let line = 0;
  const fig = (period: string, value: number, extra: Partial<Figure> = {}): Figure => ({
    metric: 'things', series: 'kent', breakdown: undefined, category: undefined, period, period_label: period, value,
    qualifier: undefined, source: 's', line: ++line, quote: String(value), note: undefined, edition: 'e1', ...extra,
  });
  const entry = (figures: Figure[], breaks: { metric: string; date: string; reason: string }[] = []): TrendEntry => {
    const trend = buildTrend(metric, figures, breaks, ['e1']);
    return { metric, topic: { id: 't', label: 'T', description: 'd' } as TrendEntry['topic'], trend, latest: figures.at(-1)!, description: describeTrend(trend), editions: [], gaps: [] };
  };

  it('compares with Kent\'s dated figure just before it', () => {
    const figures = [fig('2017-03-31', 100), fig('2020-03-31', 150), fig('2025', 120)];
    const h = withTrend(figures[1]!, entry(figures));
    expect(h.previous?.value).toBe(100);
    expect(h.change).toBe('That is up 50 (50%).');
  });

  it('says so when there is nothing before it, or a break comes between', () => {
    const figures = [fig('2017-03-31', 100), fig('2020-03-31', 150)];
    expect(withTrend(figures[0]!, entry(figures)).change).toBeUndefined();
    const broken = withTrend(figures[1]!, entry(figures, [{ metric: 'things', date: '2019-01-01', reason: 'recounted' }]));
    expect(broken.change).toBe('This figure does not compare with the one before. recounted');
  });
});
