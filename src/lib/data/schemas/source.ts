import { z } from 'zod';
import { id, optionalIsoDate, text } from './fields.ts';

/** The longest document title, so that page titles stay short. */
export const MAX_TITLE = 47;

/** One row of `data/sources.csv`: a source document, whose text is `data/sources/<id>.txt`. */
export const sourceRow = z.object({
  id: id('source').describe("Readable id, used in URLs (`/sources/<id>/`) and in observations' `source` column."),
  title: text('title').pipe(z.string().max(MAX_TITLE, { error: `title is longer than ${MAX_TITLE} characters: keep the short name here and put the rest in description` })).describe(`The document's short title, as the council gives it (at most ${MAX_TITLE} characters, so that page titles stay short).`),
  description: text('description').describe('One or two sentences on what the document is and what it covers.'),
  publisher: text('publisher').describe("Who published it."),
  published: optionalIsoDate('published').describe("Publication or meeting date (YYYY-MM-DD, YYYY-MM or YYYY); empty when the document does not give one."),
  period_covered: text('period_covered').describe('The period the document reports on, in words ("April 2018 to March 2019").'),
  edition: id('edition').describe("The edition (dataset) whose figures come from this document: `data/editions/<edition>/`."),
  original_file: text('original_file').describe("The file name the text was received under, kept for traceability."),
  licence: text('licence').describe("The terms under which the document is reused."),
});
export type SourceRow = z.input<typeof sourceRow>;
export type Source = z.output<typeof sourceRow>;

