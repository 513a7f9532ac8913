// What each type of page may weigh: its HTML in bytes and its elements. Shared by the budget tests
// (on the real build) and `npm run bench` (on builds 5 and 20 times as big), so growth in any page
// type shows. No page may pass the site's ceiling, whatever its type: a phone lays out a few
// thousand elements quickly, tens of thousands slowly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPages, countElements, kb, pageType, weighByType, type TypeWeight } from './page-weight.ts';

const KB = 1024;
export const CEILING = { html: 400 * KB, elements: 6_000 };

export interface Budget { html: number; elements: number }
const budget = (htmlKb: number, elements: number): Budget => ({ html: htmlKb * KB, elements });

/** Every page type of the site with its budget: a new type must be given one here. */
export const PAGE_BUDGETS: Record<string, Budget> = {
  home: budget(60, 800),
  // A measure's page and its embed: the longest carry a few hundred figures in their table.
  trends: budget(250, 3_000),
  embed: budget(250, 3_000),
  'trends index': budget(200, 3_000),
  // A report prints every figure it cites; the 2017 panel pack cites several hundred.
  reports: budget(400, 6_000),
  'reports index': budget(30, 400),
  // A document's text, one element a line; its figures on their own page.
  sources: budget(400, 6_000),
  'sources figures': budget(400, 6_000),
  'sources index': budget(30, 400),
  topics: budget(80, 1_500),
  'topics index': budget(30, 400),
  compare: budget(120, 2_000),
  'compare index': budget(30, 400),
  'strategy index': budget(250, 3_000),
  'changes index': budget(60, 800),
  'glossary index': budget(40, 600),
  'data index': budget(40, 600),
  'about index': budget(30, 400),
  'accessibility index': budget(30, 400),
  'search index': budget(30, 400),
  '404.html': budget(20, 200),
};

export interface PageOverBudget { page: string; type: string; what: string }

/** Every page of a build that passes its type's budget or the ceiling, or has a type with no budget. */
export function pagesOverBudget(dist: string): PageOverBudget[] {
  const over: PageOverBudget[] = [];
  for (const page of builtPages(dist)) {
    const type = pageType(page);
    const html = readFileSync(path.join(dist, page), 'utf8');
    const size = { html: Buffer.byteLength(html), elements: countElements(html) };
    const limit = PAGE_BUDGETS[type];
    if (!limit) {
      over.push({ page, type, what: `a page type with no budget: give "${type}" one in PAGE_BUDGETS` });
      continue;
    }
    for (const key of ['html', 'elements'] as const) {
      const allowed = Math.min(limit[key], CEILING[key]);
      if (size[key] > allowed) over.push({ page, type, what: `${size[key].toLocaleString('en-GB')} ${key === 'html' ? 'bytes of HTML' : 'elements'}, budget ${allowed.toLocaleString('en-GB')}` });
    }
  }
  return over;
}

/** One row per page type for `npm run weigh` and `npm run bench`: its heaviest page against its budget. */
export function budgetRows(dist: string, types: TypeWeight[] = weighByType(dist)): string[][] {
  const over = pagesOverBudget(dist);
  const pct = (n: number, of: number | undefined) => (of ? `${Math.round((100 * n) / of)}%` : 'no budget');
  return [
    ['page type', 'pages', 'HTML max', 'of budget', 'elements max', 'of budget', 'pages over'],
    ...types.map((t) => {
      const b = PAGE_BUDGETS[t.type];
      return [t.type, String(t.pages), kb(t.max.html), pct(t.max.html, b?.html), t.max.elements.toLocaleString('en-GB'), pct(t.max.elements, b?.elements), String(new Set(over.filter((o) => o.type === t.type).map((o) => o.page)).size)];
    }),
  ];
}
