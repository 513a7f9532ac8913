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
  'placement-stability-long-term', 'care-leavers-in-education-employment-training',
];

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
