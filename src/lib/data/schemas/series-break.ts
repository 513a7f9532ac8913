import { z } from 'zod';
import { id, optionalIsoDate, text } from './fields.ts';

/**
 * One row of `data/breaks.csv`: where a metric's figures stop being comparable. At a date (a
 * service restructured, a count's scope changed), or, with no date, between documents (each
 * document counts the measure its own way, so its figures compare only with its own). Charts
 * break their lines there, with the reason, and no change is computed across a break.
 */
export const seriesBreakRow = z.object({
  metric: id('metric').describe('The metric whose series breaks: an id from `data/metrics.csv`.'),
  date: optionalIsoDate('date').describe('The first date of the new basis (YYYY-MM-DD): figures before it and figures on or after it are not compared. Empty: the documents count the measure in different ways, so figures of different documents are never compared.'),
  reason: text('reason').describe('Why the figures on either side do not compare, in plain English, for readers.'),
});
export type SeriesBreak = z.output<typeof seriesBreakRow>;
