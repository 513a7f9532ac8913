// What search can be narrowed by. The pages declare these values to Pagefind
// (data-pagefind-filter) and the search page lists the same values, so both come from here.
import type { SiteData } from './site-data.ts';

/** The kinds of page search finds, as the filter names them. */
export const SEARCH_KINDS = { topics: 'Topics', measures: 'Measures', reports: 'Reports', glossary: 'Glossary', sources: 'Source documents' } as const;

/** What one result is, by the kind its page declares; a report's heading is a section of it. */
export const RESULT_KINDS: Record<string, string> = {
  [SEARCH_KINDS.topics]: 'Topic', [SEARCH_KINDS.measures]: 'Measure', [SEARCH_KINDS.reports]: 'Report',
  [SEARCH_KINDS.glossary]: 'Glossary', [SEARCH_KINDS.sources]: 'Document',
};
export const REPORT_SECTION = 'Report section';

export interface SearchFilter { key: 'kind' | 'topic' | 'edition'; label: string; values: string[] }

/** Each filter with every value a page can carry, so the search page can show them before the index loads. */
export function searchFilters(data: SiteData): SearchFilter[] {
  const measured = new Set(data.figures.map((f) => data.metrics.get(f.metric)?.topic));
  return [
    { key: 'kind', label: 'Kind of page', values: Object.values(SEARCH_KINDS) },
    { key: 'topic', label: 'Topic', values: data.topics.filter((t) => measured.has(t.id)).map((t) => t.label) },
    { key: 'edition', label: 'Document', values: data.sources.map((s) => s.title) },
  ];
}
