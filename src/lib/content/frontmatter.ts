import { z } from 'zod';

/** The frontmatter of a report or page in `content/`. */
export const pageFrontmatter = z.object({
  title: z.string({ error: 'title is missing' }).trim().min(1, { error: 'title is empty' }).describe('The page heading and the first part of its <title>.'),
  description: z.string({ error: 'description is missing' }).trim().min(1, { error: 'description is empty' }).describe('One sentence for search results and link previews.'),
}).strict();
export type PageFrontmatter = z.output<typeof pageFrontmatter>;

/** Splits `---` frontmatter from the body, keeping the body's line numbers. */
export function splitFrontmatter(text: string): { yaml: string | undefined; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return { yaml: undefined, body: text };
  const blank = '\n'.repeat(match[0].split('\n').length - 1);
  return { yaml: match[1], body: blank + text.slice(match[0].length) };
}
