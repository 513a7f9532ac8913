// Editions as series. Each document has a kind (`kind` in data/sources.csv): an annual report, a
// fostering report, a panel pack, a strategy. An edition follows the latest edition of its own kind
// listed before it in data/sources.csv (which lists documents oldest first): that is the edition
// it is compared with, whose measures it is checked against, and which `new-edition` starts from.
import { isNamed, type Gap } from './schemas/gap.ts';
import { DOCUMENT_KINDS, type DocumentKind, type Source } from './schemas/source.ts';

/** What these functions need of a row of data/sources.csv, in the file's order. */
type Document = Pick<Source, 'edition' | 'kind'>;

/** The name readers see for a kind: "Corporate Parenting Annual Report". */
export function kindLabel(kind: DocumentKind): string {
  return DOCUMENT_KINDS[kind];
}

/** The kind of an edition's document. */
export function kindOf(sources: readonly Document[], edition: string): DocumentKind | undefined {
  return sources.find((s) => s.edition === edition)?.kind;
}

/** The editions of one kind, oldest first. */
function series(sources: readonly Document[], edition: string): string[] {
  const kind = kindOf(sources, edition);
  return [...new Set(sources.filter((s) => s.kind === kind).map((s) => s.edition))];
}

/** The edition of the same kind before `edition`: the one it follows and is compared with. */
export function previousOfKind(sources: readonly Document[], edition: string): string | undefined {
  const same = series(sources, edition);
  return same[same.indexOf(edition) - 1];
}

/** The edition of the same kind after `edition`, if one has been published since. */
export function nextOfKind(sources: readonly Document[], edition: string): string | undefined {
  const same = series(sources, edition);
  const at = same.indexOf(edition);
  return at === -1 ? undefined : same[at + 1];
}

/** The latest edition of each kind, in the order of their kinds' first documents. */
export function latestOfEachKind(sources: readonly Document[]): { kind: DocumentKind; edition: string }[] {
  const latest = new Map<DocumentKind, string>();
  for (const s of sources) latest.set(s.kind, s.edition);
  return [...latest].map(([kind, edition]) => ({ kind, edition }));
}

/**
 * What an edition did with one measure of the edition it follows: gave figures for it, named it
 * without stating it (a gap with a line and quote), marked it `not-reported` in data/gaps.csv, or
 * nothing yet: `open`, which publishing refuses.
 */
export type Carried = 'given' | 'named' | 'not-reported' | 'open';

export interface CarriedMeasure {
  metric: string;
  state: Carried;
  /** The row of data/gaps.csv that records it, for `named` and `not-reported`. */
  gap?: Gap | undefined;
}

/**
 * Every measure `previous` gave figures for (in the order given), with what the edition that
 * follows it did with it. `given` is the set of measures the edition has figures for; `gaps` are
 * data/gaps.csv's rows, of any edition.
 */
export function carriedMeasures(previous: Iterable<string>, given: ReadonlySet<string>, gaps: readonly Gap[], edition: string): CarriedMeasure[] {
  const own = gaps.filter((g) => g.edition === edition && g.metric !== undefined);
  return [...new Set(previous)].map((metric) => {
    if (given.has(metric)) return { metric, state: 'given' };
    const named = own.find((g) => g.metric === metric && isNamed(g));
    if (named) return { metric, state: 'named', gap: named };
    const notReported = own.find((g) => g.metric === metric);
    return notReported ? { metric, state: 'not-reported', gap: notReported } : { metric, state: 'open' };
  });
}
