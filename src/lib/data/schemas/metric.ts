import { z } from 'zod';
import { ID_PATTERN, id, optionalText, text } from './fields.ts';

export const UNITS = [
  'count', 'net-count', 'percent', 'percent-change', 'gbp', 'days', 'days-change', 'weeks', 'months', 'years',
  'hours', 'seconds', 'km', 'rank', 'rate-per-10000', 'score',
] as const;
export type Unit = (typeof UNITS)[number];

export const KINDS = ['stock', 'flow'] as const;
export const POLARITIES = ['higher-is-better', 'lower-is-better', 'neutral'] as const;

const oneOf = <T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, {
    error: (issue) => `${what} ${JSON.stringify(issue.input)} is not one of: ${values.join(', ')}`,
  });

/** The longest metric label: it heads a page and names the measure in lists and charts. */
export const MAX_LABEL = 120;

/** One row of `data/metrics.csv`: a measure, with what it means and how far it compares. */
export const metricRow = z.object({
  id: id('metric').describe("Kebab-case id, used in URLs (`/trends/<id>/`) and in observations' `metric` column."),
  label: text('label').pipe(z.string().max(MAX_LABEL, { error: `label is longer than ${MAX_LABEL} characters: keep the short name here and put the rest in definition` })).describe(`Short plain-English name ("Children in care"), at most ${MAX_LABEL} characters: it heads the measure's page and names it in lists and charts.`),
  topic: id('topic').describe("The topic it belongs to: an id from `data/topics.csv`."),
  unit: oneOf('unit', UNITS).describe("What a value counts in: a count is a whole number from 0; a net-count (a difference of two counts) may be negative; a percent is 0-100; days-change (a difference in days, such as the distance from a target) may be negative; a rank is a whole number from 1."),
  kind: oneOf('kind', KINDS).describe("`stock`: a level at a date (its period is a date); `flow`: an amount over a period (an interval)."),
  polarity: oneOf('polarity', POLARITIES).describe("Whether a higher value is better, worse, or neither."),
  definition: text('definition').describe("What is counted, in one or two plain sentences."),
  comparability: optionalText.describe("How far figures of different editions compare, and what differs; empty if nothing is known."),
  complete_breakdowns: z.string().transform((s) => s.split(/\s+/).filter(Boolean)).pipe(
    z.array(z.string().regex(ID_PATTERN, { error: 'complete_breakdowns must be kebab-case breakdown ids separated by spaces' })),
  ).describe('Breakdowns whose categories together make up the whole, separated by spaces (e.g. `uasc-status`); where a total is also given, the validator checks that the parts add up to it.'),
});
export type Metric = z.output<typeof metricRow>;
