// How often the finder's suggested measure is the one a figure is recorded under, on the real
// documents: each edition is read as if new, its measures learnt from the other editions only.
import type { Dataset } from '../data/dataset.ts';
import { findFigures } from './find-figures.ts';
import { measure, type Measurement } from './measure.ts';

export interface EditionAccuracy extends Measurement {
  edition: string;
  source: string;
  seconds: number;
}

/** Runs the finder on every source document, leaving that edition's own quotes out. */
export function finderAccuracy(dataset: Dataset): EditionAccuracy[] {
  return dataset.sources.map(({ row }) => {
    const started = performance.now();
    const finding = findFigures(dataset, dataset.texts.get(row.id)!, row.edition);
    const seconds = (performance.now() - started) / 1000;
    return { edition: row.edition, source: row.id, seconds, ...measure(dataset, row.id, finding.figures) };
  });
}

/** The sums over every edition, as one row. */
export function overall(rows: readonly EditionAccuracy[]): Measurement {
  const sum = (key: keyof Measurement) => rows.reduce((s, r) => s + (r[key] as number), 0);
  return {
    observations: sum('observations'), recalled: sum('recalled'), markedNotAFigure: sum('markedNotAFigure'),
    candidates: sum('candidates'), notAFigure: sum('notAFigure'), high: sum('high'), highRight: sum('highRight'),
    highOnObservations: sum('highOnObservations'), real: sum('real'), realRight: sum('realRight'),
    missed: rows.flatMap((r) => r.missed),
  };
}

export const percent = (n: number, d: number) => (d === 0 ? 0 : (100 * n) / d);
const share = (n: number, d: number) => `${n}/${d} (${percent(n, d).toFixed(1)}%)`;

/** High-confidence top-1 accuracy: of the real figures given a high-confidence suggestion, how many name their measure. */
export const highAccuracy = (m: Measurement) => percent(m.highRight, m.highOnObservations);

/** The measurement as a table for the screen or a document. */
export function accuracyTable(rows: readonly EditionAccuracy[]): string {
  const line = (name: string, m: Measurement) => `| ${name} | ${m.real} | ${share(m.highOnObservations, m.real)} | ${share(m.highRight, m.highOnObservations)} | ${m.high - m.highOnObservations} | ${share(m.realRight, m.real)} |`;
  return [
    '| edition | real figures found | given a high-confidence suggestion | of those, the right measure (top-1) | high-confidence rows on numbers nobody recorded | right measure at any confidence |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => line(r.edition, r)),
    line('overall', overall(rows)),
  ].join('\n');
}
