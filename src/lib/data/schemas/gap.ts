import { z } from 'zod';
import { id, text } from './fields.ts';

export const GAP_REASONS = ['chart-lost', 'table-lost', 'not-stated'] as const;

/**
 * One row of `data/gaps.csv`: something a source names but does not state, so that the site can
 * say "not published in this report" instead of staying silent.
 */
export const gapRow = z.object({
  edition: id('edition').describe('The edition whose document names the missing figures.'),
  source: id('source').describe('The source document: an id from `data/sources.csv` belonging to that edition.'),
  line: z.string().regex(/^[1-9]\d*$/, {
    error: (issue) => `line ${JSON.stringify(issue.input)} must be a whole number from 1 up`,
  }).transform(Number).describe('The line of `data/sources/<source>.txt` where the quote starts.'),
  metric: z.string().transform((s) => (s.trim() === '' ? undefined : s.trim())).pipe(z.union([z.undefined(), id('metric')]))
    .describe('The metric the missing values would belong to, if the catalogue has one; else empty.'),
  description: text('description').describe('What is missing, in plain English ("the chart of children in care by age").'),
  reason: z.enum(GAP_REASONS, {
    error: (issue) => `reason ${JSON.stringify(issue.input)} is not one of: ${GAP_REASONS.join(', ')}`,
  }).describe('Why it is missing: `chart-lost` or `table-lost` in the conversion from PDF, or `not-stated` by the document.'),
  quote: text('quote').describe('The exact words of the source that name what is missing (may run over a line break).'),
});
export type Gap = z.output<typeof gapRow>;
