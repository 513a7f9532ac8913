// The site's change log: each edition as it was published, and each correction since, newest
// first. The /changes/ page, the Atom feed and the trend pages' correction notes all read it.
import type { Metric, REVISABLE, Revision } from '../data/index.ts';
import { breakdownLabel, SERIES_NAMES } from '../trends/trend.ts';
import { formatPeriod, formatValue } from './format.ts';
import type { SiteData } from './site-data.ts';

export type ChangeEntry =
  | { kind: 'edition'; id: string; date: string; edition: SiteData['editions'][number] }
  | { kind: 'revision'; id: string; date: string; revision: Revision; metric: Metric | undefined; title: string };

/** Newest first; editions not yet published (drafts in a preview) are left out. */
export function changeLog(data: SiteData): ChangeEntry[] {
  const titles = new Map(data.editions.map((e) => [e.id, e.source.title]));
  const entries: ChangeEntry[] = [
    ...data.editions.filter((e) => e.created).map((e) => ({ kind: 'edition' as const, id: `edition-${e.id}`, date: e.created!, edition: e })),
    ...data.revisions.map((r, i) => ({
      kind: 'revision' as const, id: `correction-${r.edition}-${r.version}-${i + 1}`, date: `${r.date}T00:00:00Z`, revision: r,
      metric: data.metrics.get(r.metric), title: titles.get(r.edition) ?? r.edition,
    })),
  ];
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** A revised cell's text, as readers see it. */
function shown(field: Revision['field'], text: string, metric: Metric | undefined): string {
  if (text.trim() === '') return field === 'qualifier' ? 'no qualifier' : 'nothing';
  if (field === 'value' && metric && Number.isFinite(Number(text))) return formatValue(Number(text), metric.unit);
  if (field === 'period') return formatPeriod(text);
  return `“${text}”`;
}

const FIELD_NAMES: Record<(typeof REVISABLE)[number], string> = {
  value: 'the value', qualifier: 'the qualifier', period: 'the date', period_label: 'the date as printed',
  line: 'the line cited', quote: 'the words quoted', note: 'the note',
};

/** Where a moved figure was or is, in words: "the measure “Children adopted”", "the total". */
function place(field: 'metric' | 'series' | 'breakdown' | 'category', text: string, metrics: ReadonlyMap<string, Metric>): string {
  const id = text.trim();
  if (field === 'metric') return `the measure “${metrics.get(id)?.label ?? id}”`;
  if (field === 'series') return `the series “${SERIES_NAMES[id as Revision['series']] ?? id}”`;
  if (id === '') return 'the total';
  return field === 'breakdown' ? `the breakdown “${breakdownLabel(id)}”` : `the part “${id}”`;
}

/** "The value changed from 1,966 to 1,967.", "Moved from the measure “A” to “B”.", "Added: …". */
export function describeRevision(r: Revision, metrics: ReadonlyMap<string, Metric>): string {
  const metric = metrics.get(r.metric);
  if (r.field === 'figure') return 'Added: a figure the first version missed.';
  if (r.field === 'metric' || r.field === 'series' || r.field === 'breakdown' || r.field === 'category') {
    const [from, to] = [place(r.field, r.old, metrics), place(r.field, r.new, metrics)];
    // "Moved from the measure “A” to “B”", not "to the measure “B”": the kind is said once.
    const kind = from.match(/^the (measure|series|breakdown|part) /)?.[0];
    return `Moved from ${from} to ${kind && to.startsWith(kind) ? to.slice(kind.length) : to}.`;
  }
  return `${FIELD_NAMES[r.field][0]!.toUpperCase()}${FIELD_NAMES[r.field].slice(1)} changed from ${shown(r.field, r.old, metric)} to ${shown(r.field, r.new, metric)}.`;
}

/** The corrections a measure's page lists: its figures', and those of figures moved away from it to another measure. */
export function correctionsOf(revisions: readonly Revision[], metric: string): Revision[] {
  return revisions.filter((r) => r.metric === metric || (r.field === 'metric' && r.old.trim() === metric));
}

/** Which figure a revision corrected, in words. */
export function revisedFigure(r: Revision, metric: Metric | undefined): string {
  const part = r.category ? ` (${r.category})` : '';
  const series = r.series === 'kent' ? '' : `, ${SERIES_NAMES[r.series]}`;
  return `${metric?.label ?? r.metric}${part}${series}, ${r.period ? formatPeriod(r.period) : 'undated'}`;
}
