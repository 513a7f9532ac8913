import type { Dataset } from '../data/dataset.ts';
import { previousOfKind } from '../data/editions.ts';
import type { Series } from '../data/schemas/observation.ts';
import { findCandidates, type Candidate } from './candidates.ts';
import { metricModel, suggestMetric, type Suggestion } from './match-metrics.ts';
import type { ReportText } from './read-report.ts';

/** A number found in the report, with the measure it most looks like. */
export interface Figure extends Candidate {
  /** The PDF page it is printed on. */
  page?: number | undefined;
  series: Series;
  suggestion?: Suggestion | undefined;
}

export interface Finding {
  figures: Figure[];
  /** The edition's document id in data/sources.csv, when the edition is known there. */
  source?: string | undefined;
  /** The edition this one follows (the one of its kind before it), whose measures the report is checked for. */
  previous?: string | undefined;
  /** Measures of the previous edition that no figure was matched to with high or medium confidence. */
  missing: string[];
}

/**
 * Finds the figures a report states and suggests a measure for each. What earlier editions quoted
 * teaches the wording; the edition's own rows, if it has any yet, are left out, so that a
 * suggestion is never simply read back from the answer.
 */
export function findFigures(dataset: Dataset, report: ReportText, edition?: string): Finding {
  const examples = dataset.observations
    .filter((o) => o.row.edition !== edition)
    .map((o) => ({ metric: o.row.metric, quote: o.row.quote }));
  const model = metricModel(dataset.metrics.map((m) => m.row), examples);
  const figures = findCandidates(report.lines, report.pages).map((c): Figure => ({
    ...c,
    page: report.pages?.[c.numberLine - 1],
    series: seriesOf(c.quote),
    suggestion: c.notAFigure ? undefined : suggestMetric(model, c),
  }));

  // The edition this one follows, of the same kind: only an edition listed in data/sources.csv has a kind.
  const previous = edition === undefined ? undefined : previousOfKind(dataset.sources.map((s) => s.row), edition);
  const found = new Set(figures.filter((f) => f.suggestion && f.suggestion.confidence !== 'low').map((f) => f.suggestion!.metric));
  const previousMetrics = [...new Set(dataset.observations.filter((o) => o.row.edition === previous).map((o) => o.row.metric))];
  return {
    figures,
    source: dataset.sources.find((s) => s.row.edition === edition)?.row.id,
    previous,
    missing: previousMetrics.filter((m) => !found.has(m)),
  };
}

/** A comparator named in the quote itself; otherwise Kent's own figure. */
function seriesOf(quote: string): Series {
  if (/\bengland\b|\bnational(?:ly)?\b/i.test(quote)) return 'england';
  if (/\bsouth[\s-]east\b(?!\s*(?:adoption|partnership))/i.test(quote) && !/apse/i.test(quote)) return 'south-east';
  if (/\bstatistical neighbours?\b/i.test(quote)) return 'statistical-neighbours';
  if (/\btarget\b/i.test(quote)) return 'target';
  if (/\bforecast/i.test(quote)) return 'forecast';
  return 'kent';
}
