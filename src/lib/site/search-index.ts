// The search index, written into a build by Pagefind: only the parts of pages marked
// data-pagefind-body (reports, trend pages, the glossary, the source documents' headings) are
// indexed, with the filters the pages declare (kind, topic, edition). It is static files under
// /pagefind/, so search works offline and on any static host.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the built site in `dir`; returns how many pages the index holds. Throws on any error. */
export async function writeSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Pagefind reads every page but indexes only those marked data-pagefind-body; its entry file says how many.
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  } finally {
    await pagefind.close();
  }
}
