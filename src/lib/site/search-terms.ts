// What search knows about the words readers use, all read from the data and the glossary: the
// other names of a page's subject (the glossary's "also" list is the one list of synonyms and
// abbreviations), which measures are headline ones, and the site's vocabulary for "did you mean".
import { HEADLINE_METRICS } from './headlines.ts';

interface NamedTerm { term: string; also?: string[] | undefined }

/** Lower-case, with hyphens and apostrophes as spaces, so "care-experienced" meets "care experienced". */
function plain(text: string): string {
  return text.toLowerCase().replace(/[-‐‑'’]/g, ' ').replace(/\s+/g, ' ').trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The other names of whatever `text` names: for every glossary entry one of whose names occurs in
 * `text` as whole words (a plural "s" allowed), the entry's other names. Pages print them
 * ("Also called: LAC, CLA"), so that either form a reader types finds the same page.
 */
export function otherNames(text: string, glossary: readonly NamedTerm[]): string[] {
  const hay = plain(text);
  const names: string[] = [];
  for (const entry of glossary) {
    const all = [entry.term, ...(entry.also ?? [])];
    // A name in the text, or a title of two words or more that starts a name ("Independent reviewing").
    const named = all.some((n) => new RegExp(`(^|[^a-z0-9])${escape(plain(n))}s?($|[^a-z0-9])`).test(hay)
      || (hay.includes(' ') && plain(n).startsWith(`${hay} `)));
    if (!named) continue;
    for (const n of all) {
      if (!hay.includes(plain(n)) && !names.some((m) => plain(m) === plain(n))) names.push(n);
    }
  }
  return names;
}

interface KentFigure { metric: string; series: string; breakdown?: string | undefined; edition: string }

/**
 * Headline measures, which search ranks above narrow breakdowns: those the home page leads with,
 * and those for which more than one document gives Kent's total.
 */
export function headlineMetrics(figures: readonly KentFigure[]): Set<string> {
  const documents = new Map<string, Set<string>>();
  for (const f of figures) {
    if (f.series !== 'kent' || f.breakdown !== undefined) continue;
    if (!documents.has(f.metric)) documents.set(f.metric, new Set());
    documents.get(f.metric)!.add(f.edition);
  }
  return new Set([...HEADLINE_METRICS, ...[...documents].filter(([, eds]) => eds.size > 1).map(([m]) => m)]);
}

/** A figure's value as search matches it: digits and a point, no separators ("1966", "61.2"). */
export function figureKey(value: number): string {
  return String(value);
}

/**
 * The site's words with how often the data uses them, for "did you mean": every word of at least
 * three letters in the given texts (labels, definitions, headings, glossary terms), lower-case.
 */
export function vocabulary(texts: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const text of texts) {
    for (const word of plain(text).match(/[a-z]{3,}/g) ?? []) counts[word] = (counts[word] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
