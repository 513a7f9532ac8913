// The search page: asks Pagefind's static index (/pagefind/, written by the build) and lists what
// it finds. Loaded on /search/ only; the header's box is a plain form that comes here, so no other
// page loads any of it. The query lives in the address (?q=), so a search can be shared.

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Hit { id: string; data(): Promise<PagefindResult> }
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Hit[] } | null>;
}

const SHOWN = 20;

export async function startSearch(document: Document): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const fieldset = document.querySelector<HTMLFieldSetElement>('#search-filters');
  if (!form || !input || !status || !list || !fieldset) return;

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  let pagefind: Pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
  } catch {
    status.textContent = 'Search could not load. Browse the measures and reports below instead.';
    return;
  }
  // Replaces the notice for readers without JavaScript, in the same place, so nothing moves.
  const prompt = 'Type a word, or part of one, to search the measures, reports, documents and glossary.';
  status.textContent = prompt;
  const selects = await enableFilters(fieldset, pagefind, params);

  let latest = 0;
  let found: Hit[] = [];
  // Results come in pages of SHOWN; the button adds the next and moves focus to the first new one.
  const more = Object.assign(document.createElement('button'), { type: 'button', className: 'search-more', hidden: true });
  list.after(more);
  const showMore = async (mine: number, fresh = false) => {
    const start = fresh ? 0 : list.children.length;
    const next = await Promise.all(found.slice(start, start + SHOWN).map((r) => r.data()));
    if (mine !== latest) return;
    // A new search replaces the list only once its results are ready, so it never flashes empty.
    const items = next.map((r) => resultItem(document, r));
    if (fresh) list.replaceChildren(...items);
    else list.append(...items);
    const left = found.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, SHOWN)} more of ${left} not shown`;
  };
  const run = async () => {
    const query = input.value.trim();
    const chosen = Object.fromEntries(selects.filter((s) => s.value !== '').map((s) => [s.name, s.value]));
    const next = new URLSearchParams({ ...(query ? { q: query } : {}), ...chosen });
    history.replaceState(null, '', `${window.location.pathname}${next.size > 0 ? `?${next}` : ''}`);
    const mine = ++latest;
    if (query === '') {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = prompt;
      return;
    }
    const search = await pagefind.search(query, { filters: chosen });
    if (!search || mine !== latest) return; // a newer search has started
    found = search.results;
    await showMore(mine, true);
    const n = found.length;
    status.textContent = n === 0
      ? `Nothing found for “${query}”. Try a shorter word, or browse below.`
      : `${n} ${n === 1 ? 'page' : 'pages'} found for “${query}”.`;
  };

  more.addEventListener('click', async () => {
    const start = list.children.length;
    await showMore(latest);
    list.children[start]?.querySelector('a')?.focus();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
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
async function enableFilters(fieldset: HTMLFieldSetElement, pagefind: Pagefind, params: URLSearchParams): Promise<HTMLSelectElement[]> {
  const available = await pagefind.filters();
  const selects = [...fieldset.querySelectorAll('select')];
  for (const select of selects) {
    for (const option of select.options) {
      if (option.value !== '') option.textContent = `${option.value} (${available[select.name]?.[option.value] ?? 0})`;
    }
    select.value = params.get(select.name) ?? '';
  }
  fieldset.disabled = false;
  return selects;
}

function resultItem(document: Document, r: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.append(Object.assign(document.createElement('a'), { href: r.url, textContent: r.meta.title ?? r.url }));
  const kind = r.filters.kind?.[0];
  const about = kind ? [Object.assign(document.createElement('p'), { className: 'search-results__kind', textContent: kind })] : [];
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(document, r.excerpt));
  item.append(heading, ...about, excerpt);
  // The sections of a report that match, as links straight to them.
  const sections = kind === 'Reports' ? r.sub_results.filter((s) => s.url !== r.url && s.url.includes('#')).slice(0, 3) : [];
  if (sections.length > 0) {
    const sub = document.createElement('ul');
    sub.className = 'search-results__sections';
    sub.append(...sections.map((s) => {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('a'), { href: s.url, textContent: s.title }), ': ', ...excerptNodes(document, s.excerpt));
      return li;
    }));
    item.append(sub);
  }
  return item;
}

/** Pagefind's excerpt as text with its <mark>s, and nothing else: no markup from the index runs. */
function excerptNodes(document: Document, html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((n) => (n.nodeName === 'MARK'
    ? Object.assign(document.createElement('mark'), { textContent: n.textContent })
    : document.createTextNode(n.textContent ?? '')));
}
