// The narrative reports, in the order of the source documents, with what each page needs.
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteData, type SiteData } from '../site/site-data.ts';

export interface Report {
  entry: CollectionEntry<'reports'>;
  edition: SiteData['editions'][number];
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
      previous: undefined,
      next: undefined,
    }));
    list.forEach((r, i) => { r.previous = list[i - 1]; r.next = list[i + 1]; });
    return list;
  })();
  return cached;
}
