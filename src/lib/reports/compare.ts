// Two editions side by side: for each figure both give (the same measure, series and part), the
// latest each gives, the difference, and what makes the two hard to compare; then what one gives
// and the other names without publishing, and the measures only one of them covers. The report's
// "What changed" section is the part of this about Kent's dated totals.
import type { Metric, NamedGap, SeriesBreak } from '../data/index.ts';
import type { Figure } from '../site/site-data.ts';
import { formatFigure, formatPeriod } from '../site/format.ts';
import { describeChange, signedDifference } from '../trends/describe.ts';
import { breaksBetween, periodSpan, SERIES_NAMES, standing } from '../trends/trend.ts';

export type Direction = 'up' | 'down' | 'same' | 'unknown';

export interface ComparedFigure {
  metric: Metric;
  /** The earlier edition's latest figure of this kind, and the later edition's. */
  before: Figure;
  after: Figure;
  /** A sentence on the change, or why it cannot be given exactly. */
  change: string;
  /** "+72 (+3.8%)", "−2.5 points": only where the change is known exactly. */
  difference: string | undefined;
  direction: Direction;
  /** What a reader should know before comparing the two: breaks, dates, the sources' disagreements. */
  notes: string[];
}

/** A measure one edition gives and the other names but does not publish. */
export interface Unpublished {
  metric: Metric;
  figure: Figure;
  /** Where the other edition names it. */
  gap: NamedGap;
  /** Which edition has the figure. */
  side: 'before' | 'after';
}

/** A measure both give, but no figure of the same series and part: different things are counted. */
export interface Unmatched {
  metric: Metric;
  before: Figure[];
  after: Figure[];
}

export interface EditionComparison {
  figures: ComparedFigure[];
  unpublished: Unpublished[];
  unmatched: Unmatched[];
  onlyBefore: Metric[];
  onlyAfter: Metric[];
}

export interface ComparisonInput {
  metrics: ReadonlyMap<string, Metric>;
  breaks: readonly SeriesBreak[];
  /** What the editions name but do not state (a measure not reported is not named). */
  gaps: readonly NamedGap[];
}

/** Which figure of a measure this is: its series, breakdown and part. */
const keyOf = (f: Figure) => [f.series, f.breakdown ?? '', f.category ?? ''].join('|');

/**
 * Is `a` a later figure than `b`? By where each sits on a trend's time axis, as the trend pages
 * order them (so "15 September 2020" comes after "2020"), then by the end of its period.
 */
function isLater(a: Figure, b: Figure): boolean {
  const x = periodSpan(a.period)!;
  const y = periodSpan(b.period)!;
  return x.x.getTime() !== y.x.getTime() ? x.x > y.x : x.end > y.end;
}

/**
 * Each kind of figure an edition gives, with its latest dated figure (else its first undated one);
 * where the edition gives another figure of that kind for the same time that stands better (an
 * exact count on a day within a hedged year's figure), that one (`standing`, as the trends do).
 */
function latestByKey(figures: readonly Figure[]): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const f of figures) {
    const held = out.get(keyOf(f));
    if (!held || (f.period !== '' && (held.period === '' || isLater(f, held)))) out.set(keyOf(f), f);
  }
  for (const [key, latest] of out) {
    if (latest.period === '') continue;
    const span = periodSpan(latest.period)!;
    const sameTime = figures.filter((f) => keyOf(f) === key && f.period !== '' && periodSpan(f.period)!.start < span.end && span.start < periodSpan(f.period)!.end);
    out.set(key, sameTime.reduce((best, f) => (standing(f) < standing(best) ? f : best), latest));
  }
  return out;
}

function compareFigures(metric: Metric, a: Figure, b: Figure, beforeAll: readonly Figure[], afterAll: readonly Figure[], breaks: readonly SeriesBreak[]): ComparedFigure {
  const notes: string[] = [];
  const hedged = a.qualifier !== undefined || b.qualifier !== undefined;
  let change: string;
  let direction: Direction;
  let difference: string | undefined;
  const between = breaksBetween(breaks.filter((br) => br.metric === metric.id), a, b);
  if (between.length > 0) {
    // The data marks these two as not comparable: no change is worked out, and the notes say why.
    direction = 'unknown';
    const acrossDocuments = between.some((br) => br.date === undefined);
    change = acrossDocuments
      ? 'The two documents count this measure in different ways, so their figures do not compare.'
      : 'A break in the series comes between these figures, so they do not compare directly.';
    notes.push(...between.map((br) => (br.date === undefined ? `Not comparable between documents: ${br.reason}` : `Break in series: ${br.reason}`)));
  } else if (a.period === '' || b.period === '') {
    direction = 'unknown';
    change = a.period === '' && b.period === ''
      ? 'Neither document dates its figure, so the change over time is not known.'
      : `${a.period === '' ? 'The earlier' : 'The later'} document does not date its figure, so the change over time is not known.`;
  } else if (a.period === b.period) {
    direction = 'unknown';
    change = a.value === b.value && a.qualifier === b.qualifier
      ? 'Both documents give the figure for the same period, with the same value.'
      : 'Both documents give a figure for the same period, but different values.';
  } else {
    change = describeChange(a, b, metric.unit);
    difference = signedDifference(a, b, metric.unit);
    direction = hedged || metric.unit === 'rank' ? 'unknown' : b.value > a.value ? 'up' : b.value < a.value ? 'down' : 'same';
    const spanA = periodSpan(a.period)!;
    const spanB = periodSpan(b.period)!;
    const length = (s: typeof spanA) => s.end.getTime() - s.start.getTime();
    if (Math.abs(length(spanA) - length(spanB)) > 31 * 86_400_000) notes.push('The two figures cover periods of different lengths.');
    if (spanA.x > spanB.x) notes.push("The earlier document's figure is for a later date than the later document's.");
  }
  // Where the two latest figures share a period, the change sentence already says whether they agree.
  notes.push(...restatements(metric, keyOf(a), beforeAll, afterAll, a.period === b.period ? a.period : undefined));
  if (metric.comparability) notes.push(metric.comparability);
  return { metric, before: a, after: b, change, difference, direction, notes };
}

/** Where both editions give a figure of this kind for the same period: do they agree? */
function restatements(metric: Metric, key: string, beforeAll: readonly Figure[], afterAll: readonly Figure[], told: string | undefined): string[] {
  const agreed: string[] = [];
  const out: string[] = [];
  for (const a of beforeAll.filter((f) => f.metric === metric.id && keyOf(f) === key && f.period !== '' && f.period !== told)) {
    const b = afterAll.find((f) => f.metric === metric.id && keyOf(f) === key && f.period === a.period);
    if (!b) continue;
    const same = a.value === b.value && a.qualifier === b.qualifier;
    if (same) agreed.push(formatPeriod(a.period));
    else out.push(`For ${formatPeriod(a.period)} the earlier document gives ${formatFigure(a, metric.unit)} and the later ${formatFigure(b, metric.unit)}: the documents disagree.`);
  }
  const unique = [...new Set(agreed)];
  if (unique.length > 0) out.unshift(`Both documents give the figure for ${listOf(unique)}, and they agree.`);
  return out;
}

function listOf(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0] ?? '';
}

/** An edition's id and figures. */
export interface Side {
  id: string;
  figures: readonly Figure[];
}

/** `earlier` and `later` are two editions in order; rows follow the catalogue's order. */
export function compareEditions(earlier: Side, later: Side, input: ComparisonInput): EditionComparison {
  const { metrics, breaks, gaps } = input;
  const [before, after] = [earlier.figures, later.figures];
  const out: EditionComparison = { figures: [], unpublished: [], unmatched: [], onlyBefore: [], onlyAfter: [] };
  const seriesOrder = Object.keys(SERIES_NAMES);
  for (const metric of metrics.values()) {
    const mineA = before.filter((f) => f.metric === metric.id);
    const mineB = after.filter((f) => f.metric === metric.id);
    if (mineA.length === 0 && mineB.length === 0) continue;
    if (mineA.length === 0 || mineB.length === 0) {
      const [given, other, side] = mineA.length > 0 ? [mineA, later, 'before' as const] : [mineB, earlier, 'after' as const];
      const gap = gaps.find((g) => g.metric === metric.id && g.edition === other.id);
      // The figure the gap stands against: Kent's latest total where there is one.
      const latest = latestByKey(given);
      if (gap) out.unpublished.push({ metric, figure: latest.get('kent||') ?? latest.values().next().value!, gap, side });
      else (side === 'before' ? out.onlyBefore : out.onlyAfter).push(metric);
      continue;
    }
    const latestA = latestByKey(mineA);
    const latestB = latestByKey(mineB);
    const shared = [...latestB.keys()].filter((k) => latestA.has(k));
    if (shared.length === 0) {
      out.unmatched.push({ metric, before: [...latestA.values()], after: [...latestB.values()] });
      continue;
    }
    // Kent first, then comparators; totals before parts; parts in the later document's order.
    const rank = (k: string) => {
      const f = latestB.get(k)!;
      return [seriesOrder.indexOf(f.series), f.breakdown === undefined ? 0 : 1, mineB.indexOf(f)];
    };
    shared.sort((x, y) => {
      const [a, b] = [rank(x), rank(y)];
      return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
    });
    for (const k of shared) out.figures.push(compareFigures(metric, latestA.get(k)!, latestB.get(k)!, mineA, mineB, breaks));
  }
  return out;
}

/**
 * What changed from `previous` to `current` in Kent's dated totals: the measures a report's
 * "What changed" section and a draft's summary speak of.
 */
export function changesBetween(previous: readonly Figure[], current: readonly Figure[], metrics: ReadonlyMap<string, Metric>, breaks: readonly SeriesBreak[]): ComparedFigure[] {
  const kentTotals = (figures: readonly Figure[]) => figures.filter((f) => f.series === 'kent' && f.breakdown === undefined && f.period !== '');
  // With no gaps to look up, the editions' ids are not needed.
  return compareEditions({ id: '', figures: kentTotals(previous) }, { id: '', figures: kentTotals(current) }, { metrics, breaks, gaps: [] }).figures;
}

/** "3 went up, 1 went down and 2 cannot be compared exactly (the notes say why)": empty for no figures. */
export function summariseDirections(figures: readonly ComparedFigure[]): string {
  const count = (d: Direction) => figures.filter((c) => c.direction === d).length;
  return listOf([
    count('up') > 0 && `${count('up')} went up`,
    count('down') > 0 && `${count('down')} went down`,
    count('same') > 0 && `${count('same')} stayed the same`,
    count('unknown') > 0 && `${count('unknown')} cannot be compared exactly (the notes say why)`,
  ].filter((p): p is string => typeof p === 'string'));
}
