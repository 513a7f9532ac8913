// A plain-English account of a metric's figures, generated from the data: first and latest
// values, the change, highs and lows, and the comparators printed beside Kent's figure.
import { formatFigure, formatPeriod, formatSigned, formatValue } from '../site/format.ts';
import type { Figure } from '../site/site-data.ts';
import { breakdownLabel, breaksBetween, endPoint, kentTotals, SERIES_NAMES, type Trend } from './trend.ts';

/** "at 31 March 2017", "in 2025", "in March 2024", "over April 2016 to March 2017". */
export function periodPhrase(period: string): string {
  if (period === '') return 'at a date the source does not give';
  const words = formatPeriod(period);
  if (period.includes('/')) return `over ${words}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(period) ? `at ${words}` : `in ${words}`;
}

/** Sentences describing the trend, in reading order. */
export function describeTrend(trend: Trend): string[] {
  const { metric } = trend;
  const unit = metric.unit;
  const figure = (f: Figure) => formatFigure(f, unit);
  const kent = kentTotals(trend);
  const out: string[] = [];

  if (kent) {
    const pts = kent.points;
    const first = endPoint(pts, 'first');
    const last = endPoint(pts, 'last');
    // One point, or first and last the same figure (a count at a year's end preferred to the
    // hedged figure for that year, from the same document): one figure, said once.
    if (pts.length === 1 || first === last) {
      out.push(`${metric.label}: ${figure(last.figure)} ${periodPhrase(last.figure.period)}.`);
      out.push('The sources give no other dated figure for Kent, so no trend is available yet.');
    } else {
      out.push(`${metric.label}: ${figure(first.figure)} ${periodPhrase(first.figure.period)}, and ${figure(last.figure)} ${periodPhrase(last.figure.period)}.`);
      if (kent.runs.length > 1) {
        // Why each run stops comparing with the next: a dated break, or documents counting differently.
        const reasons = kent.runs.slice(1).flatMap((run, i) => breaksBetween(trend.breaks, kent.runs[i]!.at(-1)!.figure, run[0]!.figure).map((b) => b.reason));
        out.push(`These figures do not compare directly. ${[...new Set(reasons)].join(' ')}`);
      } else {
        out.push(describeChange(first.figure, last.figure, unit));
      }
      if (pts.length >= 3) {
        const exact = pts.filter((p) => !p.approximate);
        if (exact.length >= 3) {
          const high = exact.reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
          const low = exact.reduce((a, b) => (b.figure.value < a.figure.value ? b : a));
          if (high !== low) out.push(`The highest was ${figure(high.figure)} ${periodPhrase(high.figure.period)}; the lowest ${figure(low.figure)} ${periodPhrase(low.figure.period)}.`);
        }
      }
    }
    const totals = trend.panels.find((p) => p.breakdown === undefined)!;
    for (const line of totals.lines.filter((l) => l.series !== 'kent')) {
      const same = line.points.find((p) => p.figure.period === last.figure.period) ?? line.points.at(-1)!;
      const name = SERIES_NAMES[line.series];
      const what = line.series === 'target' || line.series === 'forecast' ? `The ${name.toLowerCase()}` : `The figure for ${name}`;
      out.push(`${what} was ${figure(same.figure)} ${periodPhrase(same.figure.period)}.`);
    }
  } else if (trend.panels.length > 0) {
    const panel = trend.panels[0]!;
    if (panel.breakdown === undefined) {
      // No Kent line: the totals panel holds only comparators.
      for (const line of panel.lines) {
        const p = line.points.at(-1)!;
        out.push(`${SERIES_NAMES[line.series]}: ${figure(p.figure)} ${periodPhrase(p.figure.period)}.`);
      }
      out.push('The sources give no figure for Kent itself.');
    } else {
      const latest = panel.lines.map((l) => l.points.at(-1)!);
      const largest = latest.reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
      out.push(`The sources give this measure only in parts, by ${breakdownLabel(panel.breakdown!).replace(/^./, (c) => c.toLowerCase())}: ${panel.lines.length} ${panel.lines.length === 1 ? 'part' : 'parts'}, with no total.`);
      out.push(`The largest is ${largest.figure.category}${largest.figure.series === 'kent' ? '' : ` (${SERIES_NAMES[largest.figure.series]})`}: ${figure(largest.figure)} ${periodPhrase(largest.figure.period)}.`);
    }
  }
  if (trend.undated.length > 0) {
    const n = trend.undated.length;
    out.push(`${n === 1 ? 'One figure has' : `${n} figures have`} no date in the source, so ${n === 1 ? 'it is' : 'they are'} in the table but not on the chart.`);
  }
  return out;
}

/** The change from one figure to a later one: points for percentages, relative change for counts. */
export function describeChange(first: Figure, last: Figure, unit: Trend['metric']['unit']): string {
  if (first.qualifier !== undefined || last.qualifier !== undefined) return 'The source hedges at least one of these figures, so the exact change is not known.';
  const a = first.value;
  const b = last.value;
  if (a === b) return 'The figure was the same at both dates.';
  if (unit === 'rank') return `The rank moved from ${formatValue(a, unit)} to ${formatValue(b, unit)}.`;
  const direction = b > a ? 'up' : 'down';
  const diff = Math.abs(b - a);
  if (unit === 'percent' || unit === 'percent-change') {
    return `That is ${direction} ${formatDifference(diff)} percentage ${diff === 1 ? 'point' : 'points'}.`;
  }
  const relative = a > 0 && RELATIVE_UNITS.has(unit) ? ` (${formatDifference((diff / a) * 100, 1)}%)` : '';
  return `That is ${direction} ${formatValue(roundTo(diff, 6), unit)}${relative}.`;
}

/**
 * The change from one figure to a later one as a signed number: "+72 (+3.8%)", "−2.5 points",
 * "No change". Undefined where it is not known exactly: a hedged figure, or ranks, whose
 * difference is not an amount.
 */
export function signedDifference(first: Figure, last: Figure, unit: Trend['metric']['unit']): string | undefined {
  if (first.qualifier !== undefined || last.qualifier !== undefined || unit === 'rank') return undefined;
  const diff = roundTo(last.value - first.value, 6);
  if (diff === 0) return 'No change';
  if (unit === 'percent' || unit === 'percent-change') {
    const points = roundTo(diff, 2);
    return `${formatSigned(points, 'count')} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
  }
  const relative = first.value > 0 && RELATIVE_UNITS.has(unit) ? ` (${formatSigned(roundTo((diff / first.value) * 100, 1), 'count')}%)` : '';
  return `${formatSigned(diff, unit)}${relative}`;
}

/** Units whose change also reads as a share of the first figure: amounts, not differences or ranks. */
const RELATIVE_UNITS = new Set<Trend['metric']['unit']>(['count', 'gbp', 'days', 'weeks', 'months', 'years', 'hours', 'seconds', 'km', 'rate-per-10000', 'score']);

/** Differences computed here are shown to at most `digits` decimals; source figures never are rounded. */
function formatDifference(value: number, digits = 2): string {
  return formatValue(roundTo(value, digits), 'count');
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
