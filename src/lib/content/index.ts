import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../data/index.ts';
import type { Problem } from '../data/problems.ts';
import { checkContent } from './check-content.ts';

export { checkContent, COMPONENTS, contentLayout, IN_SHORT } from './check-content.ts';
export { pageFrontmatter, type PageFrontmatter } from './frontmatter.ts';
export { glossaryEntry, readGlossary, type GlossaryEntry } from './glossary.ts';
export { typedNumerals } from './numerals.ts';
export { resolveStat, statId, type StatQuery } from './references.ts';

/** The project's own prose. */
export const CONTENT_DIR = path.resolve(import.meta.dirname, '../../../content');

/**
 * Everything `npm run validate` and the build check (with `unwritten`, every place in drafts' data
 * and reports still marked TO WRITE): the data directory, then the prose that
 * cites it (`content/` beside the data directory, when there is one).
 */
export function validateProject(dataDir: string, cwd = process.cwd()) {
  const data = loadDataset(dataDir, cwd);
  const contentDir = path.join(dataDir, '..', 'content');
  if (!existsSync(contentDir)) return { ...data, contentSummary: undefined, unwritten: data.dataset.unwritten };
  const content = checkContent(contentDir, data.dataset, cwd);
  const problems: Problem[] = [...data.problems, ...content.problems.map((p): Problem => ({ stage: 'prose', ...p }))];
  return { dataset: data.dataset, problems, summary: `${data.summary}; ${content.summary}`, contentSummary: content.summary, unwritten: [...data.dataset.unwritten, ...content.toWrite] };
}
