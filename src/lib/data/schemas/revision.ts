import { z } from 'zod';
import { id, isoDate, optionalText, text } from './fields.ts';
import { SEMVER } from '../datapackage.ts';
import { observationRow, SERIES } from './observation.ts';

/** The observation columns a revision can change in place. */
export const REVISABLE = ['value', 'qualifier', 'period', 'period_label', 'line', 'quote', 'note'] as const satisfies ReadonlyArray<keyof typeof observationRow.shape>;

/** The columns that name a figure besides its period: correcting one moves the figure. */
export const MOVABLE = ['metric', 'series', 'breakdown', 'category'] as const satisfies ReadonlyArray<keyof typeof observationRow.shape>;

/** A figure added to a published edition (one the first version missed) is recorded as field `figure`, old empty, new `added`. */
export const ADDED = { field: 'figure', old: '', new: 'added' } as const;

export const FIELDS = [...REVISABLE, ...MOVABLE, ADDED.field] as const;

/**
 * One row of `data/revisions.csv`: a correction to a figure after its edition was published.
 * The figure is named (metric, series, breakdown, category, period) as the observations file gave
 * it once the corrections of the row's version were made: the file as it is when the row is
 * written. A later version's corrections never change an older row.
 */
export const revisionRow = z.object({
  date: isoDate('date').describe('The day the correction was made (YYYY-MM-DD).'),
  edition: id('edition').describe('The edition whose figure was corrected: a folder under `data/editions/`.'),
  version: z.string().regex(SEMVER, {
    error: (issue) => `version ${JSON.stringify(issue.input)} is not a version number like 1.0.1`,
  }).describe("The edition's version that first carries the correction (its `datapackage.json` version)."),
  metric: id('metric').describe('The metric of the corrected figure, as the observations file gives it after the correction (for a figure moved to another measure, the new one).'),
  series: z.enum(SERIES, {
    error: (issue) => `series ${JSON.stringify(issue.input)} is not one of: ${SERIES.join(', ')}`,
  }).describe('The series of the corrected figure, after the correction.'),
  breakdown: optionalText.describe('Its breakdown, empty for a total.'),
  category: optionalText.describe('Its category, empty for a total.'),
  period: optionalText.describe('Its period, as the observation gives it after the correction (empty for an undated figure).'),
  field: z.enum(FIELDS, {
    error: (issue) => `field ${JSON.stringify(issue.input)} is not one of: ${FIELDS.join(', ')}`,
  }).describe('The column that was corrected; metric, series, breakdown or category moves the figure; figure (old empty, new added) adds one the first version missed.'),
  old: z.string().describe('What the column said before, exactly (the figure is found by it).'),
  new: z.string().describe('What it says after, exactly as in the observations file.'),
  reason: text('reason').describe('Why, in plain English, for readers ("the first version misread the table\'s column").'),
});
export type Revision = z.output<typeof revisionRow>;
