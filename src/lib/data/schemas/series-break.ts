import { z } from 'zod';
import { id, isoDate, text } from './fields.ts';

/**
 * One row of `data/breaks.csv`: a date at which a metric's figures stop being comparable (a
 * service restructured, a count's scope changed). Charts break their lines there, with the reason.
 */
export const seriesBreakRow = z.object({
  metric: id('metric').describe('The metric whose series breaks: an id from `data/metrics.csv`.'),
  date: isoDate('date').describe('The first date of the new basis (YYYY-MM-DD): points before it and points on or after it are not joined.'),
  reason: text('reason').describe('Why the figures on either side do not compare, in plain English, for readers.'),
});
export type SeriesBreak = z.output<typeof seriesBreakRow>;
