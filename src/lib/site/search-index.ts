// The search index, written into a build by Pagefind: only the parts of pages marked
// data-pagefind-body (reports, trend pages, the glossary, the source documents' headings) are
// indexed, with the filters the pages declare (kind, topic, edition). It is static files under
// /pagefind/, so search works offline and on any static host.
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the built site in `dir`; returns how many pages went in. Throws on any error. */
export async function writeSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
