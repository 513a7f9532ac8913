import { z } from 'zod';
import { id, optionalIsoDate, text } from './fields.ts';

/** The longest document title, so that page titles stay short. */
export const MAX_TITLE = 47;

/**
 * The kinds of document the council publishes, each a series of its own: an edition is compared
 * with the edition of its kind before it, never with a document written for another purpose.
 * A new kind of document needs a line here (ask a developer), with the name readers see.
 */
export const DOCUMENT_KINDS = {
  'annual-report': 'Corporate Parenting Annual Report',
  'fostering-report': 'Kent Fostering Service annual report',
  'panel-pack': 'Corporate Parenting Panel agenda pack',
  'sufficiency-strategy': 'Sufficiency Strategy',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
const KIND_IDS = Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]];

/** One row of `data/sources.csv`: a source document, whose text is `data/sources/<id>.txt`. */
export const sourceRow = z.object({
  id: id('source').describe("Readable id, used in URLs (`/sources/<id>/`) and in observations' `source` column."),
  title: text('title').pipe(z.string().max(MAX_TITLE, { error: `title is longer than ${MAX_TITLE} characters: keep the short name here and put the rest in description` })).describe(`The document's short title, as the council gives it (at most ${MAX_TITLE} characters, so that page titles stay short).`),
  description: text('description').describe('One or two sentences on what the document is and what it covers.'),
  publisher: text('publisher').describe("Who published it."),
  published: optionalIsoDate('published').describe("When the council published the document, or the date of the meeting it went to (YYYY-MM-DD, YYYY-MM or YYYY). Required before an edition is published: the home page leads with the documents published last. Empty only while a draft's date is not known."),
  period_covered: text('period_covered').describe('The period the document reports on, in words ("April 2018 to March 2019").'),
  edition: id('edition').describe("The edition (dataset) whose figures come from this document: `data/editions/<edition>/`."),
  kind: z.enum(KIND_IDS, {
    error: (issue) => `kind ${JSON.stringify(issue.input)} is not one of: ${KIND_IDS.join(', ')}`,
  }).describe(`Which series of documents it belongs to: ${KIND_IDS.map((k) => `\`${k}\` (${DOCUMENT_KINDS[k]})`).join(', ')}. An edition is compared with the edition of the same kind before it in this file; \`npm run new-edition\` copies it from the edition it starts from.`),
  original_file: text('original_file').describe("The file name the text was received under, kept for traceability."),
  licence: text('licence').describe("The terms under which the document is reused."),
});
export type SourceRow = z.input<typeof sourceRow>;
export type Source = z.output<typeof sourceRow>;

