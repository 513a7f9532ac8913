// The narrative reports, in the order of the source documents, with what each page needs: each
// report's neighbours of the same kind of document, and its neighbours of any kind.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { nextOfKind, previousOfKind } from '../data/editions.ts';
import type { Topic } from '../data/index.ts';
import { siteData, type SiteData } from '../site/site-data.ts';
import { isAbout, reportSections, type ReportSection } from './sections.ts';

export interface Report {
  entry: CollectionEntry<'reports'>;
  edition: SiteData['editions'][number];
  /** The report of the same kind of document before this one: the one "What changed" compares with. */
  previous: Report | undefined;
  /** The report of the same kind of document after this one. */
  next: Report | undefined;
  /** The reports before and after this one in the order of the documents, whatever their kind. */
  earlier: Report | undefined;
  later: Report | undefined;
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
      earlier: undefined,
      later: undefined,
    }));
    const byEdition = (id: string | undefined) => list.find((r) => r.edition.id === id);
    list.forEach((r, i) => {
      r.earlier = list[i - 1];
      r.later = list[i + 1];
      r.previous = byEdition(previousOfKind(data.sources, r.edition.id));
      r.next = byEdition(nextOfKind(data.sources, r.edition.id));
    });
    return list;
  })();
  return cached;
}

export interface LinkedSection extends ReportSection {
  /** The heading's id on the report page, as the page renders it. */
  slug: string;
  /** The level-two heading a sub-section sits under. */
  parent: LinkedSection | undefined;
}

const sectionCache = new Map<string, Promise<LinkedSection[]>>();

/**
 * A report's sections with the ids its page gives their headings. Those come from rendering the
 * report, so a link can never point at an id the page does not have.
 */
export function linkedSections(report: Report): Promise<LinkedSection[]> {
  const id = report.edition.id;
  if (!sectionCache.has(id)) {
    sectionCache.set(id, (async () => {
      const rendered = (await render(report.entry)).headings.filter((h) => h.depth >= 2);
      const parsed = reportSections(report.entry.body ?? '');
      if (parsed.length !== rendered.length || parsed.some((s, i) => s.depth !== rendered[i]!.depth)) {
        throw new Error(`content/reports/${id}.mdx: its ${parsed.length} headings do not match the ${rendered.length} its page renders`);
      }
      let parent: LinkedSection | undefined;
      return parsed.map((s, i) => {
        // The page's text, with its typographic quotes, so the link reads as the heading it opens.
        const linked: LinkedSection = { ...s, text: rendered[i]!.text, slug: rendered[i]!.slug, parent: s.depth > 2 ? parent : undefined };
        if (s.depth === 2) parent = linked;
        return linked;
      });
    })());
  }
  return sectionCache.get(id)!;
}

/** Each report's sections about a topic, newest report first; reports with none are left out. */
export async function sectionsAbout(topic: Pick<Topic, 'id' | 'label'>): Promise<{ report: Report; sections: LinkedSection[] }[]> {
  const { metrics } = await siteData();
  const out = [];
  for (const report of (await reports()).toReversed()) {
    const sections = (await linkedSections(report)).filter((s) => isAbout(s, topic, metrics));
    if (sections.length > 0) out.push({ report, sections });
  }
  return out;
}
