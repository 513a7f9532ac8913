import { z } from 'zod';
import { id, text } from './fields.ts';

/** One row of `data/topics.csv`: a theme that groups measures (`/topics/<id>/`). */
export const topicRow = z.object({
  id: id('topic').describe("Kebab-case id, used in URLs and in the metrics' `topic` column."),
  label: text('label').pipe(z.string().max(40, { error: 'label is longer than 40 characters: keep the short name here and put the rest in description' })).describe("Short name shown in navigation, at most 40 characters."),
  description: text('description').describe("One or two plain sentences on what the topic covers."),
});
export type Topic = z.output<typeof topicRow>;
