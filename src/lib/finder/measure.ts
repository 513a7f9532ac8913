import type { Dataset, EditionObservation } from '../data/dataset.ts';
import { numbersInText, sameNumber } from '../data/numbers-in-text.ts';
import { collapse, type SourceText } from '../data/source-text.ts';
import type { Figure } from './find-figures.ts';

/** How well the figures found in a source agree with the observations committed for it. */
export interface Measurement {
  observations: number;
  /** Observations a figure (not marked as not-a-figure) proposes with the right line and value. */
  recalled: number;
  /** Observations whose number was found but marked as not a figure. */
  markedNotAFigure: number;
  candidates: number;
  notAFigure: number;
  high: number;
  /** High-confidence suggestions that name the metric of an observation of that line and value. */
  highRight: number;
  /** High-confidence suggestions on a number that some observation records. */
  highOnObservations: number;
  /** Figures (not marked as not-a-figure) that some observation records: the real figures found. */
  real: number;
  /** Real figures whose suggestion, whatever its confidence, names a metric one of their observations has. */
  realRight: number;
  missed: EditionObservation[];
}


/** The line on which an observation's number is printed: its quote may start a line or three earlier. */
export function numberLineOf(o: EditionObservation, text: SourceText): number {
  const lines = text.lines.slice(o.line - 1, o.line + 3).map(collapse);
  const quote = collapse(o.quote);
  const start = lines.filter(Boolean).join(' ').indexOf(quote);
  const mention = numbersInText(quote).find((m) => sameNumber(m.value, o.value));
  if (start === -1 || !mention) return o.line;
  let offset = start + mention.index;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    if (offset < lines[i]!.length) return o.line + i;
    offset -= lines[i]!.length + 1;
  }
  return o.line;
}

/**
 * Compares the figures found in one source with the observations citing it. A figure proposes an
 * observation when it has the same value and either the same quote line or the same number line.
 */
export function measure(dataset: Dataset, source: string, figures: readonly Figure[]): Measurement {
  const text = dataset.texts.get(source)!;
  const observations = dataset.observations.filter((o) => o.row.source === source).map((o) => ({ row: o.row, numberLine: numberLineOf(o.row, text) }));
  const proposes = (f: Figure, o: (typeof observations)[number]) =>
    sameNumber(f.value, o.row.value) && (f.line === o.row.line || f.numberLine === o.numberLine);
  const figuresProper = figures.filter((f) => !f.notAFigure);
  const marked = figures.filter((f) => f.notAFigure);
  const missed = observations.filter((o) => !figuresProper.some((f) => proposes(f, o)));
  const high = figuresProper.filter((f) => f.suggestion?.confidence === 'high');
  return {
    observations: observations.length,
    recalled: observations.length - missed.length,
    markedNotAFigure: missed.filter((o) => marked.some((f) => proposes(f, o))).length,
    candidates: figures.length,
    notAFigure: marked.length,
    high: high.length,
    highRight: high.filter((f) => observations.some((o) => proposes(f, o) && o.row.metric === f.suggestion!.metric)).length,
    highOnObservations: high.filter((f) => observations.some((o) => proposes(f, o))).length,
    real: figuresProper.filter((f) => observations.some((o) => proposes(f, o))).length,
    realRight: figuresProper.filter((f) => f.suggestion && observations.some((o) => proposes(f, o) && o.row.metric === f.suggestion!.metric)).length,
    missed: missed.map((o) => o.row),
  };
}
