// The search index, written into a build by Pagefind: only the parts of pages marked
// data-pagefind-body (reports, trend pages, the glossary, the source documents' headings) are
// indexed, with the filters the pages declare (kind, topic, edition, figure). It is static files
// under /pagefind/, so search works offline and on any static host. Beside it goes the site's
// vocabulary (vocabulary.json), from which the search page offers "did you mean".
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { CONTENT_DIR, contentLayout, readGlossary } from '../content/index.ts';
import { DATA_DIR, loadDataset } from '../data/index.ts';
import { vocabulary } from './search-terms.ts';

/** Where the search page finds the vocabulary, under the index's folder. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** The words of the data's labels and definitions, the glossary and the reports' headings. */
function siteVocabulary(): Record<string, number> {
  const { dataset } = loadDataset(DATA_DIR);
  const { entries } = readGlossary(path.join(CONTENT_DIR, contentLayout.glossary), `content/${contentLayout.glossary}`);
  const reports = path.join(CONTENT_DIR, contentLayout.reports);
  const headings = readdirSync(reports).filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => readFileSync(path.join(reports, f), 'utf8').split('\n').filter((l) => /^#{1,4} /.test(l)));
  return vocabulary([
    ...dataset.metrics.flatMap((m) => [m.row.label, m.row.definition]),
    ...dataset.topics.flatMap((t) => [t.row.label, t.row.description]),
    ...dataset.sources.map((s) => s.row.title),
    ...entries.flatMap((e) => [e.term, ...(e.also ?? []), e.definition]),
    ...headings,
  ]);
}

/** Indexes the built site in `dir`; returns how many pages the index holds. Throws on any error. */
export async function writeSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    writeFileSync(path.join(dir, 'pagefind', VOCABULARY_FILE), JSON.stringify(siteVocabulary()));
    // Pagefind reads every page but indexes only those marked data-pagefind-body; its entry file says how many.
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  } finally {
    await pagefind.close();
  }
}
