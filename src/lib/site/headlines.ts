// The figures the home page leads with: the newest documents' figures for the measures a reader
// looks for first, each with the change since Kent's figure before it and the line of its trend.
import { describeChange } from '../trends/describe.ts';
import { breaksBetween, kentTotals, type Line } from '../trends/trend.ts';
import type { TrendEntry } from '../trends/trends.ts';
import type { Figure } from './site-data.ts';

/**
 * The measures a reader looks for first, in order. An edition's headline figures are its Kent
 * totals of these; an edition that has fewer is filled up with its own first figures, which the
 * data files list most important first.
 */
export const HEADLINE_METRICS = [
  'children-in-care', 'care-leavers', 'care-experienced-adults', 'foster-carers', 'fostering-households',
  'children-placed-with-kent-foster-carers', 'foster-carers-approved', 'fostering-households-approved',
  'children-adopted', 'special-guardianship-orders', 'placement-stability-three-or-more-moves',
  'placement-stability-long-term', 'care-leavers-in-education-employment-training-in-touch',
];

/**
 * The newest documents: those published in the latest year any document gives (by the year of
 * `published` in data/sources.csv, which publishing an edition requires). A draft with no date
 * yet counts among them, so that a preview shows what publishing it will do.
 */
export function newestDocuments<E extends { source: { published?: string | undefined }; draft: boolean }>(editions: readonly E[]): E[] {
  const year = (e: E) => e.source.published?.slice(0, 4) ?? (e.draft ? '9999' : '');
  const latest = editions.map(year).sort().at(-1);
  return editions.filter((e) => year(e) === latest);
}

export function headlineFigures(figures: readonly Figure[], count = 6): Figure[] {
  const totals = figures.filter((f) => f.series === 'kent' && f.breakdown === undefined);
  const rank = (f: Figure) => {
    const i = HEADLINE_METRICS.indexOf(f.metric);
    return i === -1 ? HEADLINE_METRICS.length : i;
  };
  const picked: Figure[] = [];
  const seen = new Set<string>();
  for (const f of [...totals].sort((a, b) => rank(a) - rank(b))) {
    if (seen.has(f.metric)) continue; // one figure per measure: the first the file gives
    seen.add(f.metric);
    picked.push(f);
    if (picked.length === count) break;
  }
  return picked;
}

export interface Headline {
  figure: Figure;
  entry: TrendEntry;
  /** Kent's dated total before this figure, if any document gives one. */
  previous: Figure | undefined;
  /** The change from `previous` in words, or why it cannot be given. */
  change: string | undefined;
  /** Kent's totals, for the sparkline. */
  line: Line | undefined;
}

/** A headline figure with what its trend says about it. */
export function withTrend(figure: Figure, entry: TrendEntry): Headline {
  const line = kentTotals(entry.trend);
  const at = line?.points.findIndex((p) => p.figure.source === figure.source && p.figure.line === figure.line && p.figure.value === figure.value) ?? -1;
  const point = line?.points[at];
  const before = at > 0 ? line!.points[at - 1] : undefined;
  let change: string | undefined;
  const between = point && before ? breaksBetween(entry.trend.breaks, before.figure, point.figure) : [];
  if (between.length > 0) change = `This figure does not compare with the one before. ${between.map((b) => b.reason).join(' ')}`;
  else if (before) change = describeChange(before.figure, figure, entry.metric.unit);
  return { figure, entry, previous: before?.figure, change, line };
}
