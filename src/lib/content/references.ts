// How prose names a figure: <Stat metric="..." edition="..." /> plus just enough to pick one
// figure. Shared by the validator (which locates mistakes in the MDX) and the component.
import type { EditionObservation, Metric } from '../data/index.ts';

export interface StatQuery {
  metric: string;
  edition: string;
  series?: string;
  breakdown?: string;
  category?: string;
  period?: string;
  line?: number;
}

/** Attributes that narrow a figure down, in the order a hint suggests them. */
export const NARROWING = ['series', 'breakdown', 'category', 'period', 'line'] as const;

export type Resolved<F> = { figure: F } | { error: string; hint: string };

/**
 * Finds the one figure a query names. Without `series` it means Kent's own figure, and without
 * `breakdown` the total, whenever the edition has one; anything else must be said.
 */
export function resolveStat<F extends EditionObservation>(figures: readonly F[], metrics: ReadonlyMap<string, Metric>, q: StatQuery): Resolved<F> {
  if (!metrics.has(q.metric)) {
    return { error: `no metric ${JSON.stringify(q.metric)} in the catalogue`, hint: 'use an id from data/metrics.csv (the last part of its /trends/<id>/ address)' };
  }
  const byMetric = indexByMetric(figures).get(q.metric) ?? [];
  let found = byMetric.filter((f) => f.edition === q.edition);
  if (found.length === 0) {
    const elsewhere = [...new Set(byMetric.map((f) => f.edition))];
    return {
      error: `edition ${JSON.stringify(q.edition)} has no figure for ${JSON.stringify(q.metric)}`,
      hint: elsewhere.length > 0 ? `editions with this metric: ${elsewhere.join(', ')}` : 'no edition has figures for this metric yet',
    };
  }
  const narrow = (keep: (f: F) => boolean) => { found = found.filter(keep); };
  if (q.series !== undefined) narrow((f) => f.series === q.series);
  else if (found.some((f) => f.series === 'kent')) narrow((f) => f.series === 'kent');
  if (q.breakdown !== undefined) narrow((f) => f.breakdown === q.breakdown);
  else if (found.some((f) => f.breakdown === undefined)) narrow((f) => f.breakdown === undefined);
  if (q.category !== undefined) narrow((f) => f.category === q.category);
  if (q.period !== undefined) narrow((f) => f.period === q.period);
  if (q.line !== undefined) narrow((f) => f.line === q.line);

  if (found.length === 1) return { figure: found[0]! };
  if (found.length === 0) {
    return { error: `no ${q.edition} figure for ${JSON.stringify(q.metric)} matches ${describeQuery(q)}`, hint: `the figures it has: ${options(byMetric.filter((f) => f.edition === q.edition))}` };
  }
  return { error: `${found.length} ${q.edition} figures for ${JSON.stringify(q.metric)} match; say which one`, hint: `add one of: ${options(found)}` };
}

// Each <Stat> looks up its metric's figures here rather than scanning them all, which made checking
// and building the prose grow with the square of the data (found by `npm run bench`).
const indexes = new WeakMap<readonly EditionObservation[], Map<string, EditionObservation[]>>();

function indexByMetric<F extends EditionObservation>(figures: readonly F[]): Map<string, F[]> {
  let index = indexes.get(figures);
  if (!index) {
    index = Map.groupBy(figures, (f) => f.metric);
    indexes.set(figures, index);
  }
  return index as Map<string, F[]>;
}

function describeQuery(q: StatQuery): string {
  const given = NARROWING.filter((k) => q[k] !== undefined).map((k) => `${k}=${JSON.stringify(q[k])}`);
  return given.length > 0 ? given.join(' ') : 'the defaults (Kent, total)';
}

/** The figures as attribute sets an author can paste, at most a handful. */
function options(figures: readonly EditionObservation[]): string {
  const shown = figures.slice(0, 6).map((f) => {
    const attrs = [
      f.series !== 'kent' && `series="${f.series}"`,
      f.breakdown !== undefined && `breakdown="${f.breakdown}"`,
      f.category !== undefined && `category="${f.category}"`,
      `period="${f.period}"`,
    ].filter(Boolean).join(' ');
    return `${attrs} (line ${f.line}: ${f.value})`;
  });
  return shown.join('; ') + (figures.length > 6 ? `; and ${figures.length - 6} more` : '');
}

/** An anchor for the figure, stable across builds: `stat-<metric>[-<series>][-<breakdown>-<category>]-<period>`. */
export function statId(f: EditionObservation): string {
  const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return ['stat', f.metric, f.series !== 'kent' && f.series, f.breakdown !== undefined && f.breakdown, f.category !== undefined && slug(f.category), f.period !== '' && slug(f.period)]
    .filter(Boolean).join('-');
}
