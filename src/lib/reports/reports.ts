// The narrative reports, in the order of the source documents, with what each page needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DATA_DIR, layout } from '../data/index.ts';
import { siteData, type SiteData } from '../site/site-data.ts';

export interface Report {
  entry: CollectionEntry<'reports'>;
  edition: SiteData['editions'][number];
  /** The dataset version in the edition's datapackage.json. */
  version: string;
  previous: Report | undefined;
  next: Report | undefined;
}

let cached: Promise<Report[]> | undefined;

/** One per report file, oldest source document first. */
export function reports(): Promise<Report[]> {
  cached ??= (async () => {
    const data = await siteData();
    const entries = new Map((await getCollection('reports')).map((e) => [e.id, e]));
    const list: Report[] = data.editions.filter((e) => entries.has(e.id)).map((edition) => ({
      entry: entries.get(edition.id)!,
      edition,
      version: (JSON.parse(readFileSync(path.join(DATA_DIR, layout.datapackage(edition.id)), 'utf8')) as { version: string }).version,
      previous: undefined,
      next: undefined,
    }));
    list.forEach((r, i) => { r.previous = list[i - 1]; r.next = list[i + 1]; });
    return list;
  })();
  return cached;
}
