import { toCsvLine } from '../data/csv.ts';
import { columnsOf } from '../data/schemas/fields.ts';
import { observationRow } from '../data/schemas/observation.ts';
import type { Figure } from './find-figures.ts';

/** The columns a draft adds after those of observations.csv. */
export const DRAFT_COLUMNS = ['suggested_metric', 'confidence', 'status'] as const;

/** `status` of a number to check and, once right, move to observations.csv. */
export const TO_CONFIRM = 'to confirm';
/** `status` of a number that is not a figure (a page number, a date, an age...): its note says which. */
export const NOT_A_FIGURE = 'not a figure';

/**
 * The draft CSV: one row per number, in the order of the report, with the columns of
 * observations.csv and then the suggestion. `metric` is left empty for a person to fill in, so
 * that no row passes validation before someone has confirmed it.
 */
export function draftCsv(figures: readonly Figure[], source = ''): string {
  const columns = [...columnsOf(observationRow), ...DRAFT_COLUMNS];
  const rows = figures.map((f): Record<string, string> => ({
    metric: '',
    series: f.notAFigure ? '' : f.series,
    breakdown: '',
    category: '',
    period: '',
    period_label: '',
    value: String(f.value),
    qualifier: f.qualifier ?? '',
    source,
    line: String(f.line),
    quote: f.quote,
    note: [f.notAFigure ?? `read as ${f.unit}`, f.page === undefined ? '' : `page ${f.page}`].filter(Boolean).join('; '),
    suggested_metric: f.suggestion?.metric ?? '',
    confidence: f.suggestion?.confidence ?? '',
    status: f.notAFigure ? NOT_A_FIGURE : TO_CONFIRM,
  }));
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map(toCsvLine).join('\n') + '\n';
}
