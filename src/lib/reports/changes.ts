// "What changed since the previous edition": Kent's latest total in each of two editions, for the
// measures both give, with the change and what makes the two hard to compare.
import type { Metric, SeriesBreak } from '../data/index.ts';
import type { Figure } from '../site/site-data.ts';
import { describeChange } from '../trends/describe.ts';
import { periodSpan } from '../trends/trend.ts';

export interface EditionChange {
  metric: Metric;
  before: Figure;
  after: Figure;
  /** A sentence on the change, or why it cannot be given exactly. */
  change: string;
  direction: 'up' | 'down' | 'same' | 'unknown';
  /** Why the two figures may not measure the same thing. */
  caveats: string[];
}

/** Each metric's latest dated Kent total in an edition. */
function latestTotals(figures: readonly Figure[]): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const f of figures) {
    if (f.series !== 'kent' || f.breakdown !== undefined || f.period === '') continue;
    const held = out.get(f.metric);
    if (!held || later(f, held)) out.set(f.metric, f);
  }
  return out;
}

function later(a: Figure, b: Figure): boolean {
  const x = periodSpan(a.period)!;
  const y = periodSpan(b.period)!;
  return x.end.getTime() !== y.end.getTime() ? x.end > y.end : x.start > y.start;
}

/** Changes from `previous` to `current`, in the catalogue's order. */
export function changesBetween(previous: readonly Figure[], current: readonly Figure[], metrics: ReadonlyMap<string, Metric>, breaks: readonly SeriesBreak[]): EditionChange[] {
  const before = latestTotals(previous);
  const after = latestTotals(current);
  const out: EditionChange[] = [];
  for (const metric of metrics.values()) {
    const a = before.get(metric.id);
    const b = after.get(metric.id);
    if (!a || !b) continue;
    const caveats: string[] = [];
    const hedged = a.qualifier !== undefined || b.qualifier !== undefined;
    let change: string;
    let direction: EditionChange['direction'];
    if (a.period === b.period) {
      direction = 'unknown';
      change = a.value === b.value
        ? 'Both editions give the figure for the same period, with the same value.'
        : 'Both editions give a figure for the same period, but different values.';
    } else {
      change = describeChange(a, b, metric.unit);
      direction = hedged ? 'unknown' : b.value > a.value ? 'up' : b.value < a.value ? 'down' : 'same';
    }
    const spanA = periodSpan(a.period)!;
    const spanB = periodSpan(b.period)!;
    const length = (s: typeof spanA) => s.end.getTime() - s.start.getTime();
    if (Math.abs(length(spanA) - length(spanB)) > 31 * 86_400_000) caveats.push('The two figures cover periods of different lengths.');
    for (const br of breaks) {
      if (br.metric === metric.id && spanA.x < new Date(`${br.date}T00:00:00Z`) && spanB.x >= new Date(`${br.date}T00:00:00Z`)) {
        caveats.push(`Break in series: ${br.reason}`);
        change = 'A break in the series comes between these figures, so they do not compare directly.';
        direction = 'unknown';
      }
    }
    if (metric.comparability) caveats.push(metric.comparability);
    out.push({ metric, before: a, after: b, change, direction, caveats });
  }
  return out;
}
