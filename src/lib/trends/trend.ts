// A metric's figures arranged for charts and descriptions: lines (Kent, its comparators, or the
// parts of a breakdown) of points on a real time axis, split where the figures stop comparing.
import { parsePeriod, type Metric, type SeriesBreak, type Series } from '../data/index.ts';
import type { Figure } from '../site/site-data.ts';

export const SERIES_NAMES: Record<Series, string> = {
  kent: 'Kent', target: 'Target', england: 'England', 'south-east': 'South East',
  'statistical-neighbours': 'Statistical neighbours', forecast: 'Forecast',
};

export interface Point {
  /** The figure drawn; where editions restate it with the same value, the latest edition's. */
  figure: Figure;
  /** Other editions stating the same value for the same period. */
  restated: Figure[];
  /** Where the point sits: the date of a stock, or the middle of a period. */
  x: Date;
  start: Date;
  /** The day after the period's last day, so that a year spans the whole year. */
  end: Date;
  /** Hedged by the source ("over", "about"...). */
  approximate: boolean;
}

export interface Line {
  key: string;
  series: Series;
  category: string | undefined;
  /** What a reader calls it: "Kent", "England", or the part ("Citizen children"). */
  name: string;
  points: Point[];
  /** The points in runs that compare: a break in comparability starts a new run. */
  runs: Point[][];
  /** Neighbours within a run with a longer interval between them than the line's own rhythm. */
  gaps: Gap[];
}

/** Two figures of one line with nothing published between them for longer than usual. */
export interface Gap { from: Point; to: Point }

export interface Panel {
  /** undefined for the totals; else the breakdown id. */
  breakdown: string | undefined;
  lines: Line[];
}

export interface Trend {
  metric: Metric;
  /** Totals first (when there are any), then one panel per breakdown. */
  panels: Panel[];
  /** Figures the source gives no date for: in the table, not on the time axis. */
  undated: Figure[];
  breaks: SeriesBreak[];
  figures: Figure[];
}

const DAY = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Where a period sits on a time axis: its start, its end (exclusive) and its middle. */
export function periodSpan(period: string): { start: Date; end: Date; x: Date } | undefined {
  if (period === '') return undefined;
  const parsed = parsePeriod(period);
  if ('error' in parsed) return undefined;
  const start = utc(parsed.start);
  const end = new Date(utc(parsed.end).getTime() + DAY);
  const oneDay = end.getTime() - start.getTime() === DAY;
  return { start, end, x: oneDay ? start : new Date((start.getTime() + end.getTime()) / 2) };
}

/** Arranges a metric's figures; `editionOrder` lists edition ids oldest first. */
export function buildTrend(metric: Metric, figures: readonly Figure[], breaks: readonly SeriesBreak[], editionOrder: readonly string[]): Trend {
  const own = figures.filter((f) => f.metric === metric.id);
  const myBreaks = breaks.filter((b) => b.metric === metric.id).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const undated = own.filter((f) => f.period === '');
  const age = (f: Figure) => editionOrder.indexOf(f.edition);

  const lines = new Map<string, Line>();
  const points = new Map<string, Point>();
  // Latest edition first, so a restated figure is drawn from the newest report.
  for (const f of [...own].filter((f) => f.period !== '').sort((a, b) => age(b) - age(a))) {
    const span = periodSpan(f.period)!;
    const lineKey = [f.breakdown ?? '', f.series, f.category ?? ''].join('|');
    const pointKey = `${lineKey}|${f.period}|${f.value}|${f.qualifier ?? ''}`;
    const same = points.get(pointKey);
    if (same) {
      same.restated.push(f);
      continue;
    }
    const point: Point = { figure: f, restated: [], ...span, approximate: f.qualifier !== undefined };
    points.set(pointKey, point);
    let line = lines.get(lineKey);
    if (!line) {
      line = { key: lineKey, series: f.series, category: f.category, name: partName(f), points: [], runs: [], gaps: [] };
      lines.set(lineKey, line);
    }
    line.points.push(point);
  }

  const panels = new Map<string, Panel>();
  for (const line of lines.values()) {
    line.points.sort((a, b) => a.x.getTime() - b.x.getTime() || age(a.figure) - age(b.figure));
    line.runs = splitRuns(line.points, myBreaks);
    line.gaps = findGaps(line);
    const breakdown = line.key.split('|')[0] || undefined;
    const key = breakdown ?? '';
    if (!panels.has(key)) panels.set(key, { breakdown, lines: [] });
    panels.get(key)!.lines.push(line);
  }
  const seriesOrder = Object.keys(SERIES_NAMES);
  for (const panel of panels.values()) {
    // Kent first, then comparators; parts in the order the source first lists them.
    const firstLine = (l: Line) => Math.min(...l.points.map((p) => own.indexOf(p.figure)));
    panel.lines.sort((a, b) => seriesOrder.indexOf(a.series) - seriesOrder.indexOf(b.series) || firstLine(a) - firstLine(b));
  }
  const ordered = [...panels.values()].sort((a, b) => (a.breakdown === undefined ? -1 : b.breakdown === undefined ? 1 : 0));
  return { metric, panels: ordered, undated, breaks: myBreaks, figures: own };
}

/** What a reader calls a figure within its measure: "Kent", "England", "Citizen children (Target)". */
export function partName(f: Pick<Figure, 'series' | 'category'>): string {
  if (f.category === undefined) return SERIES_NAMES[f.series];
  return f.series === 'kent' ? f.category : `${f.category} (${SERIES_NAMES[f.series]})`;
}

/**
 * The breaks that stand between two figures of one metric, so that no change may be computed from
 * one to the other: a dated break after the earlier and on or before the later, or a break between
 * documents where the two come from different documents. Empty where they compare.
 */
export function breaksBetween(breaks: readonly SeriesBreak[], a: Pick<Figure, 'period' | 'source'>, b: Pick<Figure, 'period' | 'source'>): SeriesBreak[] {
  const [x, y] = [periodSpan(a.period)?.x, periodSpan(b.period)?.x];
  const [from, to] = x && y && x > y ? [y, x] : [x, y];
  return breaks.filter((br) => (br.date === undefined
    ? a.source !== b.source
    : from !== undefined && to !== undefined && from < utc(br.date) && to >= utc(br.date)));
}

/** The break between documents, where a metric has one: its documents each count it their own way. */
export function documentBreak(breaks: readonly SeriesBreak[]): SeriesBreak | undefined {
  return breaks.find((b) => b.date === undefined);
}

function splitRuns(points: Point[], breaks: readonly SeriesBreak[]): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (const p of points) {
    const previous = run.at(-1);
    if (previous && breaksBetween(breaks, previous.figure, p.figure).length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const YEAR = 365.25 * DAY;
const isDay = (p: Point) => p.end.getTime() - p.start.getTime() <= DAY;

/**
 * Where a line has no figures for longer than its own rhythm, so that a chart does not draw
 * steady change that nobody measured. Two periods (years, months...) are apart when the time
 * between them is at least half the shorter one; dates are apart when further apart than one
 * and a half times the line's shortest interval, taken as at most a year (the documents are
 * yearly), so that two counts three years apart are never joined as if consecutive.
 */
function findGaps(line: Line): Gap[] {
  const gaps: Gap[] = [];
  const pairs = line.runs.flatMap((run) => run.slice(1).map((to, i) => ({ from: run[i]!, to })));
  const intervals = pairs.filter(({ from, to }) => isDay(from) || isDay(to)).map(({ from, to }) => to.x.getTime() - from.x.getTime());
  const rhythm = Math.min(YEAR, ...intervals.filter((t) => t > 0));
  for (const pair of pairs) {
    const { from, to } = pair;
    const apart = isDay(from) || isDay(to)
      ? to.x.getTime() - from.x.getTime() > 1.5 * rhythm
      : to.start.getTime() - from.end.getTime() >= Math.min(from.end.getTime() - from.start.getTime(), to.end.getTime() - to.start.getTime()) / 2;
    if (apart) gaps.push(pair);
  }
  return gaps;
}

/** A run cut where the line has a gap: the pieces a chart joins with a solid line. */
export function segments(line: Line, run: Point[]): Point[][] {
  const out: Point[][] = [[]];
  for (const p of run) {
    if (line.gaps.some((g) => g.to === p)) out.push([]);
    out.at(-1)!.push(p);
  }
  return out;
}

/**
 * How well a figure can stand for its document in a comparison: an exact figure before a hedged
 * one ("1,772" before "over 1,800"), and a figure at a date before one over a period. Lower is better.
 */
export function standing(f: Pick<Figure, 'qualifier' | 'period'>): number {
  const span = periodSpan(f.period);
  const dated = span !== undefined && span.end.getTime() - span.start.getTime() <= DAY;
  return (f.qualifier === undefined ? 0 : 2) + (dated ? 0 : 1);
}

/**
 * The point a comparison starts from (`first`) or ends at (`last`): the first or last point, or
 * where the same document gives another figure for the same time (a count on 15 September 2020
 * within "2020"), whichever stands better, so that "1,772" is preferred to "over 1,800".
 */
export function endPoint(points: readonly Point[], end: 'first' | 'last'): Point {
  const edge = end === 'first' ? points[0]! : points.at(-1)!;
  const same = points.filter((p) => p.figure.source === edge.figure.source && p.start < edge.end && edge.start < p.end);
  const ordered = end === 'first' ? same : [...same].reverse();
  return ordered.reduce((best, p) => (standing(p.figure) < standing(best.figure) ? p : best));
}

/** Kent's totals, the line a headline or sparkline follows; undefined if there are none. */
export function kentTotals(trend: Trend): Line | undefined {
  return trend.panels.find((p) => p.breakdown === undefined)?.lines.find((l) => l.series === 'kent');
}

/** The figure a reader wants first: Kent's latest total, else the latest figure of any kind. */
export function latestFigure(trend: Trend): Figure | undefined {
  const kent = kentTotals(trend);
  if (kent) return endPoint(kent.points, 'last').figure;
  const dated = trend.panels.flatMap((p) => p.lines.flatMap((l) => l.points)).sort((a, b) => a.x.getTime() - b.x.getTime());
  return dated.at(-1)?.figure ?? trend.undated.at(-1);
}

/** Human words for a breakdown id: "uasc-status" → "UASC status". */
export function breakdownLabel(id: string): string {
  const words = id.split('-').map((w) => (['uasc', 'sgo', 'ifa', 'ete', 'neet', 'iro', 'pep'].includes(w) ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
