// The search page: asks Pagefind's static index (/pagefind/, written by the build) and lists what
// it finds. Loaded on /search/ only; the header's box is a plain form that comes here, so no other
// page loads any of it. The query lives in the address (?q=), so a search can be shared.
// Before Pagefind is asked, question words are dropped, a number is matched to the figures that
// have exactly its value, and a word the site never uses is replaced by the closest one it does.
import { REPORT_SECTION, RESULT_KINDS, SEARCH_KINDS } from '../lib/site/search-filters.ts';
import { correctedQuery, meaningfulWords, nameMatch, numberKey } from './search-query.ts';

interface SubResult { title: string; url: string; excerpt: string; weighted_locations?: { weight: number; balanced_score: number }[] }
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; figure?: string; aka?: string; headline?: string };
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface Hit { id: string; score: number; data(): Promise<PagefindResult> }
interface Pagefind {
  // baseUrl: where the site lives (its base path), put before every result's address.
  options(options: { excerptLength?: number; baseUrl?: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: Hit[] } | null>;
}

const SHOWN = 20;

export async function startSearch(document: Document): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const fieldset = document.querySelector<HTMLDetailsElement>('#search-filters');
  if (!form || !input || !status || !list || !fieldset) return;

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  // The header's box shows the query too, as on any page that has searched.
  const header = document.querySelector<HTMLInputElement>('#site-search-q');
  if (header) header.value = input.value;
  let asTyped = params.get('as') === 'typed';
  let pagefind: Pagefind;
  let vocabulary: Record<string, number> = {};
  try {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const [loaded, words] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      fetch(`${import.meta.env.BASE_URL}pagefind/vocabulary.json`).then((r) => (r.ok ? r.json() as Promise<Record<string, number>> : {})).catch(() => ({})),
    ]);
    pagefind = loaded;
    vocabulary = words;
    await pagefind.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL });
  } catch {
    status.textContent = 'Search could not load. Browse the measures and reports below instead.';
    return;
  }
  // Replaces the notice for readers without JavaScript, in the same place, so nothing moves.
  const prompt = 'Type a word, a name such as UASC, or a number, to search the measures, topics, reports, documents and glossary.';
  status.textContent = prompt;
  const selects = await enableFilters(fieldset, pagefind, params);

  let latest = 0;
  let found: Hit[] = [];
  let shown = 0;
  let words: string[] = [];
  // Results come in pages of SHOWN; the button adds the next and moves focus to the first new one.
  const more = Object.assign(document.createElement('button'), { type: 'button', className: 'search-more', hidden: true });
  list.after(more);
  const showMore = async (mine: number, fresh = false) => {
    const start = fresh ? 0 : shown;
    const next = await Promise.all(found.slice(start, start + SHOWN).map((r) => r.data()));
    if (mine !== latest) return;
    // A new search replaces the list only once its results are ready, so it never flashes empty.
    const items = next.flatMap((r) => resultItems(document, r, words));
    if (fresh) list.replaceChildren(...items);
    else list.append(...items);
    shown = start + next.length;
    const left = found.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, SHOWN)} more of ${left} pages not shown`;
  };
  const run = async () => {
    const typed = input.value.trim();
    const chosen = Object.fromEntries(selects.filter((s) => s.value !== '').map((s) => [s.name, s.value]));
    const next = new URLSearchParams({ ...(typed ? { q: typed } : {}), ...(asTyped && typed ? { as: 'typed' } : {}), ...chosen });
    history.replaceState(null, '', `${window.location.pathname}${next.size > 0 ? `?${next}` : ''}`);
    const mine = ++latest;
    if (typed === '') {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = prompt;
      return;
    }
    let query = meaningfulWords(typed);
    const corrected = asTyped ? undefined : correctedQuery(query, vocabulary);
    if (corrected) query = corrected;
    const hits = await findHits(pagefind, query, chosen);
    if (!hits || mine !== latest) return; // a newer search has started
    found = hits;
    words = query.toLowerCase().split(/\s+/);
    await showMore(mine, true);
    const n = found.length;
    const counted = n === 0
      ? `Nothing found for “${query}”. Try a shorter word, or browse below.`
      : `${n} ${n === 1 ? 'page' : 'pages'} found for “${query}”.`;
    if (!corrected) {
      status.textContent = counted;
      return;
    }
    // Say what was searched instead, and offer the words as typed.
    const asIs = Object.assign(document.createElement('a'), { href: `?${new URLSearchParams({ q: typed, as: 'typed', ...chosen })}`, textContent: `search for “${typed}” as typed` });
    asIs.addEventListener('click', (event) => {
      event.preventDefault();
      asTyped = true;
      void run();
    });
    status.replaceChildren(`No page uses “${typed}”: showing results for “${corrected}”. ${counted.replace(/ for “.*”\./, '.')} Or `, asIs, '.');
  };

  more.addEventListener('click', async () => {
    const start = list.children.length;
    await showMore(latest);
    list.children[start]?.querySelector('a')?.focus();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    asTyped = false;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  for (const s of selects) s.addEventListener('change', () => void run());
  if (input.value !== '') await run();
}

/** The page's filters, with how many pages each value covers, and the values in the address chosen. */
async function enableFilters(fieldset: HTMLDetailsElement, pagefind: Pagefind, params: URLSearchParams): Promise<HTMLSelectElement[]> {
  const available = await pagefind.filters();
  const selects = [...fieldset.querySelectorAll('select')];
  for (const select of selects) {
    for (const option of select.options) {
      if (option.value !== '') option.textContent = `${option.value} (${available[select.name]?.[option.value] ?? 0})`;
    }
    select.value = params.get(select.name) ?? '';
    if (select.value !== '') fieldset.open = true;
  }
  return selects;
}

/**
 * The pages for a query: for a number, the measures with a figure of exactly that value first
 * (Pagefind's "figure" filter), then the pages where it appears as written or inside a longer
 * number; for words, Pagefind's ranking.
 */
async function findHits(pagefind: Pagefind, query: string, chosen: Record<string, string>): Promise<Hit[] | undefined> {
  const key = numberKey(query);
  if (key === undefined) {
    const hits = (await pagefind.search(query, { filters: chosen }))?.results;
    return hits && await byName(hits, query);
  }
  const [exact, partial] = await Promise.all([
    pagefind.search(null, { filters: { ...chosen, figure: key } }),
    pagefind.search(key, { filters: chosen }),
  ]);
  const scores = new Map((partial?.results ?? []).map((h) => [h.id, h.score]));
  const first = [...(exact?.results ?? [])].sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
  const ids = new Set(first.map((h) => h.id));
  return [...first, ...(partial?.results ?? []).filter((h) => !ids.has(h.id))];
}

/** Sections of a report that stand as results, leaving out the anchors of its charts and contents. */
function sectionsOf(r: PagefindResult): SubResult[] {
  return r.sub_results.filter((s) => s.url !== r.url && /#./.test(s.url) && !/#(chart-|toc-)/.test(s.url));
}

/** The other names a page prints ("Also called: LAC, CLA."). */
function otherNames(r: PagefindResult): string[] {
  return (r.meta.aka ?? '').replace(/^Also called:\s*/, '').replace(/\.$/, '').split(/,\s*/).filter(Boolean);
}

/**
 * Pagefind ranks by where and how often words occur, so a measure that names "children in care"
 * in passing can outrank the measure of that name. Among its first RERANKED results, pages whose
 * title, other names or (for a report) a heading is the query come first, then those that
 * contain all its words; within each, headline measures and topics before narrower measures.
 */
const RERANKED = 24;
async function byName(hits: Hit[], query: string): Promise<Hit[]> {
  const head = hits.slice(0, RERANKED);
  const pages = await Promise.all(head.map((h) => h.data()));
  const rank = pages.map((r) => {
    // A heading "Finding homes: the Total Placement Service" is about what follows its colon.
    const names = r.filters.kind?.[0] === SEARCH_KINDS.reports ? sectionsOf(r).flatMap((s) => [s.title, s.title.split(':').at(-1)!]) : [r.meta.title ?? '', ...otherNames(r)];
    const headline = r.meta.headline === 'yes' || r.filters.kind?.[0] === SEARCH_KINDS.topics;
    return nameMatch(query, names) * 2 + (headline ? 1 : 0);
  });
  const order = head.map((h, i) => ({ h, i })).sort((a, b) => rank[b.i]! - rank[a.i]! || a.i - b.i).map((x) => x.h);
  return [...order, ...hits.slice(RERANKED)];
}

/** How strongly a section's own heading and text match: Pagefind's weighted scores of its words. */
function sectionScore(s: SubResult, words: string[]): number {
  const title = s.title.toLowerCase();
  const inTitle = words.filter((w) => title.includes(w)).length;
  return inTitle * 100 + (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

/** A result names its kind, a measure its latest figure, and the passage that matched. */
function resultItems(document: Document, r: PagefindResult, words: string[]): HTMLLIElement[] {
  const kind = r.filters.kind?.[0] ?? '';
  // A report is found by its sections: the one whose heading best matches stands as the result in its place.
  if (kind === SEARCH_KINDS.reports) {
    const sections = sectionsOf(r).map((s) => ({ s, score: sectionScore(s, words) })).sort((a, b) => b.score - a.score).slice(0, 1);
    if (sections.length > 0) return sections.map(({ s }) => item(document, s.url, s.title, `${REPORT_SECTION}, in ${r.meta.title ?? r.url}`, s.excerpt));
  }
  const about = [RESULT_KINDS[kind] ?? kind, ...(r.meta.figure ? [`latest figure ${r.meta.figure}`] : [])].join(': ');
  return [item(document, r.url, r.meta.title ?? r.url, about, r.excerpt)];
}

function item(document: Document, url: string, title: string, about: string, excerpt: string): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  heading.append(Object.assign(document.createElement('a'), { href: url, textContent: title }));
  const kind = Object.assign(document.createElement('p'), { className: 'search-results__kind', textContent: about });
  const passage = document.createElement('p');
  passage.append(...excerptNodes(document, excerpt));
  li.append(heading, kind, passage);
  return li;
}

/** Pagefind's excerpt as text with its <mark>s, and nothing else: no markup from the index runs. */
function excerptNodes(document: Document, html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((n) => (n.nodeName === 'MARK'
    ? Object.assign(document.createElement('mark'), { textContent: n.textContent })
    : document.createTextNode(n.textContent ?? '')));
}
