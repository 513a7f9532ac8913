import { z } from 'zod';
import { id, isoDate, optionalText, text } from './fields.ts';
import { SEMVER } from '../datapackage.ts';
import { observationRow, SERIES } from './observation.ts';

/** The observation columns a revision can change. */
export const REVISABLE = ['value', 'qualifier', 'period', 'period_label', 'line', 'quote', 'note'] as const satisfies ReadonlyArray<keyof typeof observationRow.shape>;

/**
 * One row of `data/revisions.csv`: a correction to a figure after its edition was published.
 * The figure is named as it stands now (metric, series, breakdown, category, period).
 */
export const revisionRow = z.object({
  date: isoDate('date').describe('The day the correction was made (YYYY-MM-DD).'),
  edition: id('edition').describe('The edition whose figure was corrected: a folder under `data/editions/`.'),
  version: z.string().regex(SEMVER, {
    error: (issue) => `version ${JSON.stringify(issue.input)} is not a version number like 1.0.1`,
  }).describe("The edition's version that first carries the correction (its `datapackage.json` version)."),
  metric: id('metric').describe('The metric of the corrected figure.'),
  series: z.enum(SERIES, {
    error: (issue) => `series ${JSON.stringify(issue.input)} is not one of: ${SERIES.join(', ')}`,
  }).describe('The series of the corrected figure.'),
  breakdown: optionalText.describe('Its breakdown, empty for a total.'),
  category: optionalText.describe('Its category, empty for a total.'),
  period: optionalText.describe('Its period, as the observation now gives it (empty for an undated figure).'),
  field: z.enum(REVISABLE, {
    error: (issue) => `field ${JSON.stringify(issue.input)} is not one of: ${REVISABLE.join(', ')}`,
  }).describe('The column that was corrected.'),
  old: z.string().describe('What the column said before, exactly.'),
  new: z.string().describe('What it says now, exactly as in the observations file.'),
  reason: text('reason').describe('Why, in plain English, for readers ("the first version misread the table\'s column").'),
});
export type Revision = z.output<typeof revisionRow>;
