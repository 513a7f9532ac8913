// What a typed query means before Pagefind is asked: the words that matter, a number in any
// writing, and the site's own words for a misspelt one. Pure functions, tested without a browser.

/** Leading question words, which pages do not contain: "how many children in care" asks about "children in care". */
const QUESTION = /^(how many|how much|how|what is|what are|what's|what|number of|the number of)\s+/i;

export function meaningfulWords(query: string): string {
  const q = query.trim().replace(/\s+/g, ' ');
  const stripped = q.replace(QUESTION, '').replace(/\?$/, '').trim();
  return stripped === '' ? q : stripped;
}

/** A number typed with or without separators ("1,966", "1966", "£2.5", "61.2%"), as the data's key; else undefined. */
export function numberKey(query: string): string | undefined {
  const m = /^[£]?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*%?$/.exec(query.trim());
  if (!m) return undefined;
  return String(Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`));
}

/** Edit distance allowing one swap of neighbours ("adoptoin"), stopping early past `most`. */
export function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = most + 1;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      best = Math.min(best, v);
    }
    if (best > most) return most + 1;
  }
  return d[a.length]![b.length]!;
}

/**
 * The query with each word the site never uses replaced by the closest word it does (one edit for
 * short words, two for words of seven letters or more; the commoner word wins a tie), or undefined
 * when every word is the site's own, a number, or the start of one of its words.
 */
export function correctedQuery(query: string, vocabulary: Record<string, number>): string | undefined {
  const words = Object.keys(vocabulary);
  let changed = false;
  const out = query.split(/\s+/).map((word) => {
    const w = word.toLowerCase();
    if (w.length < 4 || /\d/.test(w) || w in vocabulary || words.some((v) => v.startsWith(w))) return word;
    const most = w.length >= 7 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = most + 1;
    for (const v of words) {
      const dist = editDistance(w, v, most);
      if (dist < bestDistance || (dist === bestDistance && best !== undefined && vocabulary[v]! > vocabulary[best]!)) {
        best = v;
        bestDistance = dist;
      }
    }
    if (best === undefined || bestDistance > most) return word;
    changed = true;
    return best;
  });
  return changed ? out.join(' ') : undefined;
}

const stem = (w: string) => w.replace(/s$/, '');
// Articles name nothing: "the Total Placement Service" is named by "total placement service".
const ARTICLES = new Set(['the', 'a', 'an']);
const wordsOf = (text: string) => (text.toLowerCase().replace(/[-‐‑'’]/g, ' ').match(/[a-z0-9]+/g) ?? []).filter((w) => !ARTICLES.has(w));

/**
 * How well a query names a page, from its title and other names: 2 when the query is the name
 * ("children in care" and "Children in care"; a word may be the start of the name's word, "foster"
 * for "Fostering"), between 1 and 1.5 when every word of the query is in the name (more for a name
 * with fewer other words: "Placement orders granted" before a longer title), 0 otherwise. Numbers such as a
 * year are left out: they narrow Pagefind's results but are rarely part of a name.
 */
export function nameMatch(query: string, names: readonly string[]): number {
  const asked = wordsOf(query).filter((w) => !/^\d/.test(w)).map(stem);
  if (asked.length === 0) return 0;
  let best = 0;
  for (const name of names) {
    const own = [...new Set(wordsOf(name).map(stem))];
    const allAsked = asked.every((q) => own.some((w) => w.startsWith(q)));
    if (!allAsked) continue;
    const covered = own.filter((w) => asked.some((q) => w.startsWith(q))).length;
    best = Math.max(best, covered === own.length ? 2 : 1 + (0.5 * covered) / own.length);
  }
  return best;
}
