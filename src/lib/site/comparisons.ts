// Every pair of editions that share a measure, earlier first, each compared once per build:
// /compare/ lists them, each edition beside the one of its kind before it first; each has its page,
// and a report links to its pair with the one of its kind before it.
import { previousOfKind, type Metric, type Topic } from '../data/index.ts';
import { compareEditions, type ComparedFigure, type EditionComparison, type Unpublished } from '../reports/compare.ts';
import { comparisonSlug } from './links.ts';
import { siteData, type Edition } from './site-data.ts';
import { sitePath } from './site-url.ts';

export interface EditionPair {
  earlier: Edition;
  later: Edition;
  comparison: EditionComparison;
  /** How many measures both give figures for. */
  shared: number;
  /** The later is the edition of the same kind right after the earlier: the pair to compare first. */
  consecutive: boolean;
  /** Its page's last path segment, and its page. */
  slug: string;
  href: string;
}

let cached: Promise<EditionPair[]> | undefined;

/** Pairs sharing at least one measure, the later edition newest first, then the earlier newest first. */
export function editionPairs(): Promise<EditionPair[]> {
  cached ??= (async () => {
    const data = await siteData();
    const pairs: EditionPair[] = [];
    data.editions.forEach((later, j) => {
      data.editions.slice(0, j).forEach((earlier) => {
        const comparison = compareEditions(earlier, later, data);
        const shared = new Set([...comparison.figures, ...comparison.unmatched].map((c) => c.metric.id)).size;
        const slug = comparisonSlug(earlier.id, later.id);
        const consecutive = previousOfKind(data.sources, later.id) === earlier.id;
        if (shared > 0) pairs.push({ earlier, later, comparison, shared, consecutive, slug, href: sitePath(`/compare/${slug}/`) });
      });
    });
    const order = data.editions.map((e) => e.id);
    const at = (e: Edition) => order.indexOf(e.id);
    return pairs.sort((a, b) => at(b.later) - at(a.later) || at(b.earlier) - at(a.earlier));
  })();
  return cached;
}

/** The pair's page, if the two share a measure. */
export async function pairOf(earlier: string, later: string): Promise<EditionPair | undefined> {
  return (await editionPairs()).find((p) => p.earlier.id === earlier && p.later.id === later);
}

/** A row of a comparison's tables: two figures compared, or a figure the other edition does not publish. */
export type ComparisonRow = { metric: Metric; compared: ComparedFigure; unpublished?: never } | { metric: Metric; unpublished: Unpublished; compared?: never };

/** The comparison's rows under their topics, both in the catalogue's order. */
export function rowsByTopic(comparison: EditionComparison, topics: readonly Topic[], metrics: ReadonlyMap<string, Metric>): { topic: Topic; rows: ComparisonRow[] }[] {
  const order = [...metrics.keys()];
  const rows: ComparisonRow[] = [
    ...comparison.figures.map((compared) => ({ metric: compared.metric, compared })),
    ...comparison.unpublished.map((unpublished) => ({ metric: unpublished.metric, unpublished })),
  ];
  // A stable sort keeps each measure's figures in the order the comparison gives them.
  rows.sort((a, b) => order.indexOf(a.metric.id) - order.indexOf(b.metric.id));
  return topics.map((topic) => ({ topic, rows: rows.filter((r) => r.metric.topic === topic.id) })).filter((t) => t.rows.length > 0);
}
