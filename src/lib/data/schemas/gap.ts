import { z } from 'zod';
import { id, optionalText } from './fields.ts';

/**
 * Why a figure is not in an edition. The first three are about something the document names
 * without stating it; `not-reported` is a measure the edition before it of the same kind gave
 * and this document does not mention at all.
 */
export const GAP_REASONS = ['chart-lost', 'table-lost', 'not-stated', 'not-reported'] as const;
export type GapReason = (typeof GAP_REASONS)[number];

/** A measure the document does not mention: it has no line or quote to cite. */
export const NOT_REPORTED = 'not-reported' satisfies GapReason;

/**
 * One row of `data/gaps.csv`: something a source names but does not state, so that the site can
 * say "not published in this report" instead of staying silent; or a measure the previous edition
 * of the same kind gave that this one does not report, so that publishing it is a decision
 * someone made, not an omission.
 */
export const gapRow = z.object({
  edition: id('edition').describe('The edition whose document names the missing figures (or, for `not-reported`, leaves the measure out).'),
  source: id('source').describe('The source document: an id from `data/sources.csv` belonging to that edition.'),
  line: z.string().regex(/^(?:[1-9]\d*)?$/, {
    error: (issue) => `line ${JSON.stringify(issue.input)} must be a whole number from 1 up`,
  }).transform((s) => (s === '' ? undefined : Number(s))).describe('The line of `data/sources/<source>.txt` where the quote starts; empty for `not-reported`.'),
  metric: z.string().transform((s) => (s.trim() === '' ? undefined : s.trim())).pipe(z.union([z.undefined(), id('metric')]))
    .describe('The metric the missing values would belong to, if the catalogue has one; else empty. Required for `not-reported`.'),
  description: optionalText.describe('What is missing, in plain English ("the chart of children in care by age"); for `not-reported`, may be empty, or say why the report leaves it out.'),
  reason: z.enum(GAP_REASONS, {
    error: (issue) => `reason ${JSON.stringify(issue.input)} is not one of: ${GAP_REASONS.join(', ')}`,
  }).describe('Why it is missing: `chart-lost` or `table-lost` in the conversion from PDF, `not-stated` by the document, which names it; `not-reported` when the document does not mention a measure the edition before it of the same kind gave.'),
  quote: optionalText.describe('The exact words of the source that name what is missing (may run over a line break); empty for `not-reported`.'),
}).superRefine((row, ctx) => {
  const issue = (column: string, message: string) => ctx.addIssue({ code: 'custom', path: [column], message });
  if (row.reason === NOT_REPORTED) {
    if (row.metric === undefined) issue('metric', 'metric is empty, but a not-reported row names the measure the report leaves out');
    if (row.line !== undefined) issue('line', `line is ${row.line}, but a not-reported measure is not in the report: if the report names it without giving it, use the reason not-stated with its line and quote; otherwise empty the line`);
    if (row.quote !== undefined) issue('quote', 'quote is filled in, but a not-reported measure is not in the report: if the report names it without giving it, use the reason not-stated with its line and quote; otherwise empty the quote');
    return;
  }
  if (row.line === undefined) issue('line', `line is empty: give the line of the source text where the quote starts (only a ${NOT_REPORTED} row has none)`);
  if (row.quote === undefined) issue('quote', `quote is empty: copy the exact words of the source that name what is missing (only a ${NOT_REPORTED} row has none)`);
  if (row.description === undefined) issue('description', 'description is empty: say what is missing, in plain English');
});
export type Gap = z.output<typeof gapRow>;

/** Something a document names but does not state: it has a line and words to cite. */
export type NamedGap = Gap & { reason: Exclude<GapReason, typeof NOT_REPORTED>; line: number; quote: string; description: string };

/** Whether a gap is about something the document names (rather than a measure it leaves out). */
export function isNamed<G extends Gap>(gap: G): gap is G & NamedGap {
  return gap.reason !== NOT_REPORTED;
}
