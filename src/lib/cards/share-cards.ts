// Every page's share card, bound to the data: for each page (by its path from the site's root) the
// title, the figure with its date and document, and the chart a link preview shows. Each card is
// served beside its page as card.png (`/trends/<id>/card.png`, the home page's at `/card.png`).
import { getCollection } from 'astro:content';
import { reports } from '../reports/reports.ts';
import { editionPairs } from '../site/comparisons.ts';
import { formatFigure, formatPeriod, formatValue } from '../site/format.ts';
import { HEADLINE_METRICS, headlineFigures, newestDocuments } from '../site/headlines.ts';
import { siteData, type Figure } from '../site/site-data.ts';
import { topicPages } from '../site/topics.ts';
import { partName } from '../trends/trend.ts';
import { trends, type TrendEntry } from '../trends/trends.ts';
import { cardChart } from './card-chart.ts';
import type { Card, CardFigure } from './draw-card.ts';

/** What the home page's and simple pages' cards say beside the site's name. */
const SITE_KICKER = 'Children in care and care leavers';
/** What a card with no figure says under its title. */
export const SITE_LINE = "How Kent County Council looks after the children in its care and young people leaving care, in figures traced to the council's own reports.";

/**
 * Pages with no figure of their own, and their titles, which the layout checks against the page's
 * own: a card can never name a page differently. Written pages take theirs from content/pages/.
 */
const SIMPLE_PAGES: Record<string, string> = {
  '/trends/': 'Trends', '/topics/': 'Topics', '/reports/': 'Reports', '/compare/': 'Compare documents',
  '/sources/': 'Source documents', '/data/': 'Download the data', '/changes/': 'What has changed',
  '/glossary/': 'Glossary', '/about/': 'About the figures', '/search/': 'Search',
};
const WRITTEN_PAGES = ['accessibility', 'strategy'];

/** Where a page's card is served, from the page's path: `/trends/x/` → `/trends/x/card.png`. */
export function cardPath(pagePath: string): string {
  return `${pagePath}card.png`;
}

const isKentTotal = (f: Figure) => f.series === 'kent' && f.breakdown === undefined;

/** A figure's date, with its part where it is not Kent's total: "Kent, 31 March 2025". */
function when(f: Figure): string {
  const date = f.period === '' ? 'date not stated in the source' : formatPeriod(f.period);
  return `${partName(f)}, ${date}`;
}

function figureOf(entry: TrendEntry, f: Figure, label?: string): CardFigure {
  return { value: formatFigure(f, entry.metric.unit), when: when(f), ...(label ? { label } : {}) };
}

/** "Source: Kent County Council, <title>, line 51". */
function citation(f: Figure, titles: ReadonlyMap<string, string>, publisher: ReadonlyMap<string, string>): string {
  return `Source: ${publisher.get(f.source)}, ${titles.get(f.source)}, line ${f.line}`;
}

/** Most wanted first: the home page's order of measures, then the catalogue's. */
function byHeadline<T extends { metric: { id: string } }>(items: readonly T[]): T[] {
  const rank = (id: string) => { const i = HEADLINE_METRICS.indexOf(id); return i === -1 ? HEADLINE_METRICS.length : i; };
  return [...items].sort((a, b) => rank(a.metric.id) - rank(b.metric.id));
}

let cached: Promise<Map<string, Card>> | undefined;

/** Every page's card, by the page's path from the site's root. */
export function shareCards(): Promise<Map<string, Card>> {
  cached ??= gather();
  return cached;
}

async function gather(): Promise<Map<string, Card>> {
  const data = await siteData();
  const entries = await trends();
  const titles = new Map(data.sources.map((s) => [s.id, s.title]));
  const publishers = new Map(data.sources.map((s) => [s.id, s.publisher]));
  const labels = { titles };
  const cite = (f: Figure) => citation(f, titles, publishers);
  const cards = new Map<string, Card>();

  /**
   * A measure's card: its chart with the figure `f` (or, for bars, the largest part, which the bars
   * show), or the figure alone. Home and topic pages put it under their own title.
   */
  const measureCard = (kicker: string, title: string, entry: TrendEntry, f: Figure, label?: string): Card => {
    const chart = cardChart(entry, labels);
    if (!chart) return { layout: 'figures', kicker, title, figures: [figureOf(entry, f, label)], source: cite(f) };
    const shown = chart.lead ?? f;
    return { layout: 'chart', kicker, title, figure: figureOf(entry, shown, label), chart, source: cite(shown) };
  };

  const [lead] = headlineFigures(newestDocuments(data.editions).flatMap((e) => e.figures), 1);
  if (lead) {
    const entry = entries.get(lead.metric)!;
    // The home page's question first: its lead measure, as the newest documents give it.
    cards.set('/', measureCard(SITE_KICKER, `${entry.metric.label} in Kent`, entry, lead));
  } else {
    cards.set('/', { layout: 'plain', kicker: SITE_KICKER, title: 'How Kent looks after the children in its care', tagline: SITE_LINE, source: 'Figures from Kent County Council documents' });
  }

  for (const entry of entries.values()) {
    cards.set(`/trends/${entry.metric.id}/`, measureCard(`Trend · ${entry.topic.label}`, entry.metric.label, entry, entry.latest));
  }

  for (const { entry, edition } of await reports()) {
    const figures = headlineFigures(edition.figures, 3);
    const { publisher, title, published } = edition.source;
    const source = `Source: ${publisher}, ${title}${published && !title.includes(published) ? ` (${formatPeriod(published)})` : ''}`;
    cards.set(`/reports/${edition.id}/`, figures.length > 0
      ? { layout: 'figures', kicker: 'Report', title: entry.data.title, figures: figures.map((f) => figureOf(entries.get(f.metric)!, f, entries.get(f.metric)!.metric.label)), source }
      : { layout: 'plain', kicker: 'Report', title: entry.data.title, tagline: entry.data.description, source });
  }

  for (const page of await topicPages()) {
    const kicker = 'Topic';
    const [first] = byHeadline(page.trending);
    const others = byHeadline(page.others).slice(0, 3);
    if (first) cards.set(`/topics/${page.topic.id}/`, measureCard(kicker, page.topic.label, first, first.latest, first.metric.label));
    else if (others.length > 0) {
      const sources = [...new Set(others.map((e) => `${publishers.get(e.latest.source)}, ${titles.get(e.latest.source)}`))];
      cards.set(`/topics/${page.topic.id}/`, {
        layout: 'figures', kicker, title: page.topic.label, figures: others.map((e) => figureOf(e, e.latest, e.metric.label)),
        source: others.length === 1 ? cite(others[0]!.latest) : `Sources: ${sources.join('; ')}`,
      });
    } else cards.set(`/topics/${page.topic.id}/`, { layout: 'plain', kicker, title: page.topic.label, tagline: page.topic.description, source: SITE_LINE });
  }

  for (const pair of await editionPairs()) {
    const { earlier, later, comparison } = pair;
    const title = `${earlier.source.title} and ${later.source.title} compared`;
    const source = `Sources: ${earlier.source.publisher}, ${earlier.source.title}; ${later.source.title}`;
    const [c] = byHeadline(comparison.figures.filter((f) => isKentTotal(f.after)));
    if (!c) {
      cards.set(`/compare/${pair.slug}/`, { layout: 'plain', kicker: 'Compare documents', title, tagline: 'The figures both documents give, side by side, with the differences and what to bear in mind before comparing them.', source });
      continue;
    }
    const entry = entries.get(c.metric.id)!;
    const side = (f: Figure) => ({ value: formatFigure(f, c.metric.unit), label: titles.get(f.source)!, when: `${formatPeriod(f.period)}, line ${f.line}` });
    const figures: CardFigure[] = [side(c.before), side(c.after)];
    if (c.difference) figures.push({ value: c.difference, label: 'Difference', when: 'between the two figures' });
    // The documents' names are long: each figure's label names its document, the title the measure.
    cards.set(`/compare/${pair.slug}/`, { layout: 'figures', kicker: 'Compare documents', title: `${entry.metric.label} in Kent: two documents compared`, figures, source });
  }

  for (const source of data.sources) {
    const count = data.figures.filter((f) => f.source === source.id).length;
    const figure: CardFigure = {
      value: formatValue(count, 'count'), label: count === 1 ? 'Figure this site takes from it' : 'Figures this site takes from it',
      when: source.published ? `Published ${formatPeriod(source.published)}` : 'Publication date not given',
    };
    const from = `Source: ${source.publisher}, ${source.title}`;
    cards.set(`/sources/${source.id}/`, { layout: 'figures', kicker: 'Source document', title: source.title, figures: [figure], source: from });
    cards.set(`/sources/${source.id}/figures/`, { layout: 'figures', kicker: 'Source document', title: `Figures taken from ${source.title}`, figures: [figure], source: from });
  }

  const written = new Map((await getCollection('pages')).map((e) => [e.id, e.data.title]));
  const simple = { ...SIMPLE_PAGES, ...Object.fromEntries(WRITTEN_PAGES.map((id) => [`/${id}/`, written.get(id)!])) };
  for (const [path, title] of Object.entries(simple)) {
    cards.set(path, { layout: 'plain', kicker: SITE_KICKER, title, tagline: SITE_LINE, source: 'Figures from Kent County Council documents, each linked to the sentence it came from' });
  }
  return cards;
}
