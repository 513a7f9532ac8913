import { z } from 'zod';
import { parsePeriod, TYPE_DATES_AS_TEXT } from '../period.ts';
import { suggestPlainNumber } from '../spreadsheet-values.ts';
import { id, optionalText, text } from './fields.ts';

/** Whose figure it is: Kent's own, or a comparator printed beside it. */
export const SERIES = ['kent', 'target', 'england', 'south-east', 'statistical-neighbours', 'forecast'] as const;
export type Series = (typeof SERIES)[number];

/**
 * Hedges a source puts on a number: most as printed before it ("over 1,800"). Two are also read
 * after it: `or more` stands for a "+" or "plus" ("1000+", "40 plus"), and `approximately` for
 * "approx." ("10 seconds approx.").
 */
export const QUALIFIERS = [
  'just over', 'just under', 'more than', 'less than', 'fewer than', 'up to', 'at least',
  'over', 'under', 'about', 'around', 'roughly', 'approximately', 'almost', 'nearly', 'or more',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Hedges read only after the number, and shown after it: "1,000 or more". */
export const TRAILING_QUALIFIERS: readonly Qualifier[] = ['or more'];

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The sign a spreadsheet shows for a unit, and the metric unit that stands for it in `data/metrics.csv`. */
const UNIT_SIGNS = { percent: ['%', 'percent'], gbp: ['£', 'gbp'] } as const;

/**
 * Explains why a value cell is not a plain number, with the exact number to write for each usual
 * spreadsheet slip. A cell that is a plain number but for spaces at its ends passes here: the rule
 * for spaces in every cell reports it (validate-schema.ts).
 */
function valueIssue(s: string): string | null {
  const v = s.trim();
  if (v === '') return 'value is empty';
  if (PLAIN_NUMBER.test(v)) return null;
  const fix = suggestPlainNumber(s);
  if (fix) {
    const slips = fix.slips.length > 1 ? `${fix.slips.slice(0, -1).join(', ')} and ${fix.slips.at(-1)}` : fix.slips[0];
    const unit = fix.unit ? `; the ${UNIT_SIGNS[fix.unit][0]} comes from the metric's unit (${UNIT_SIGNS[fix.unit][1]}, in data/metrics.csv)` : '';
    return `value ${JSON.stringify(s)} has ${slips}: write ${fix.write} in value${unit}`;
  }
  if (/[%£$€]/.test(v)) return `value ${JSON.stringify(s)} has a unit sign: write the bare number; the metric's unit says what it counts`;
  return `value ${JSON.stringify(s)} is not a number: write digits only, with "." for decimals (1966, 61.2)`;
}

/**
 * One row of `data/editions/<edition>/observations.csv`: one figure as a source states it,
 * with the exact words that state it.
 */
export const observationRow = z.object({
  metric: id('metric').describe("The measure: an id from `data/metrics.csv`."),
  series: z.enum(SERIES, {
    error: (issue) => `series ${JSON.stringify(issue.input)} is not one of: ${SERIES.join(', ')}`,
  }).describe("`kent` for Kent's own figure, or the comparator printed beside it."),
  breakdown: z.string().transform((s) => (s.trim() === '' ? undefined : s.trim())).pipe(
    z.union([z.undefined(), id('breakdown')]),
  ).describe("For a part of a total, the kebab-case dimension it is split by (`uasc-status`); empty for a total."),
  category: optionalText.describe('The part, as a short label ("Citizen children"); empty for a total.'),
  period: z.string().superRefine((s, ctx) => {
    if (s.trim() === '') return;
    const period = parsePeriod(s);
    if ('error' in period) ctx.addIssue({ code: 'custom', message: `period ${period.error}`, ...(period.typedAs ? { params: { hint: TYPE_DATES_AS_TEXT } } : {}) });
  }).transform((s) => s.trim()).describe("ISO 8601: a date for a stock (2025-03-31), `start/end` for a flow (2024-04-01/2025-03-31); empty only when the source gives no date, with a note saying so."),
  period_label: text('period_label').describe('The period as printed ("2018-19", "as at 22 September 2025"), or "not stated".'),
  value: z.string().superRefine((s, ctx) => {
    const issue = valueIssue(s);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  }).transform((s) => Number(s.trim())).describe("The figure as a plain number: no separators, no unit signs."),
  qualifier: z.string().transform((s) => s.trim()).pipe(
    z.union([z.literal('').transform(() => undefined), z.enum(QUALIFIERS)], {
      error: (issue) => `qualifier ${JSON.stringify(issue.input)} is not one of: ${QUALIFIERS.join(', ')}`,
    }),
  ).describe('The source\'s hedge on the number, lower case: the words before it ("over"), or `or more` for a "+" or "plus" after it ("1000+") and `approximately` for an "approx." after it; empty when it states the number plainly.'),
  source: id('source').describe("The source document: an id from `data/sources.csv` belonging to this edition."),
  line: z.string().regex(/^[1-9]\d*$/, {
    error: (issue) => `line ${JSON.stringify(issue.input)} must be a whole number from 1 up`,
  }).transform(Number).describe("The line of `data/sources/<source>.txt` where the quote starts."),
  quote: text('quote').pipe(z.string().max(500, { error: 'quote is longer than 500 characters: cite the shortest words that state the figure' })).describe("The shortest exact words of the source that state the figure (may run over a line break)."),
  note: optionalText.describe("Caveats and the source's own inconsistencies, in plain English."),
}).superRefine((row, ctx) => {
  if ((row.breakdown === undefined) !== (row.category === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [row.breakdown === undefined ? 'breakdown' : 'category'],
      message: 'breakdown and category go together: fill in both for a part of a total, or neither for the total',
    });
  }
  if (row.period === '' && row.note === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['period'],
      message: 'period is empty, and no note says why the figure has no date',
    });
  }
});
export type Observation = z.output<typeof observationRow>;
