// Content collections over the data layer: the same Zod schemas type the pages' data, and the
// loader refuses to load anything unless the whole data directory validates, references between
// files included (Astro's own reference() is not checked at build time).
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import path from 'node:path';
import { CONTENT_DIR, contentLayout, glossaryEntry, pageFrontmatter, readGlossary } from './lib/content/index.ts';
import { DATA_DIR, formatReport, gapRow, loadDataset, metricRow, observationRow, previewingDrafts, publicView, revisionRow, seriesBreakRow, sourceRow, topicRow } from './lib/data/index.ts';

/**
 * Validates once per build; every collection reads from the same result. Draft editions are
 * validated with the rest but left out, unless `npm start` is previewing them.
 */
let loaded: ReturnType<typeof loadDataset> | undefined;
function validated() {
  loaded ??= loadDataset(DATA_DIR);
  if (loaded.problems.length > 0) throw new Error(`The data is not valid:\n${formatReport(loaded.problems, loaded.summary)}`);
  return loaded.dataset;
}
const dataset = () => publicView(validated(), { drafts: previewingDrafts() });

/** The reports to publish: a draft's report only in a preview. */
function reportFiles(): string[] {
  const hidden = previewingDrafts() ? [] : [...validated().drafts];
  return ['*.mdx', ...hidden.map((edition) => `!${edition}.mdx`)];
}

/**
 * Feeds rows to Astro as their raw CSV cells, so Astro parses them with the very same schema, plus
 * `order`, the row's place in its file: collections come back sorted by id, and the files' order
 * is meaningful (documents oldest first, topics and measures as the catalogue lists them).
 */
function rowsLoader(name: string, entries: () => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `${name}-loader`,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const [order, entry] of entries().entries()) store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { ...entry.data, order } }) });
    },
  };
}

/** A row's place in its file (see rowsLoader). */
const inFileOrder = { order: z.number().int() };

export const collections = {
  sources: defineCollection({
    loader: rowsLoader('sources', () => dataset().sources.map((s) => ({ id: s.row.id, data: s.cells }))),
    schema: sourceRow.extend(inFileOrder),
  }),
  topics: defineCollection({
    loader: rowsLoader('topics', () => dataset().topics.map((t) => ({ id: t.row.id, data: t.cells }))),
    schema: topicRow.extend(inFileOrder),
  }),
  metrics: defineCollection({
    loader: rowsLoader('metrics', () => dataset().metrics.map((m) => ({ id: m.row.id, data: m.cells }))),
    schema: metricRow.extend(inFileOrder),
  }),
  // One entry per row is fine here: a few dozen rows at most.
  gaps: defineCollection({
    loader: rowsLoader('gaps', () => dataset().gaps.map((g) => ({ id: `${g.row.source}-${g.row.line === undefined ? g.row.metric : `L${g.row.line}`}-${g.line}`, data: g.cells }))),
    schema: gapRow.extend(inFileOrder),
  }),
  breaks: defineCollection({
    loader: rowsLoader('breaks', () => dataset().breaks.map((b) => ({ id: `${b.row.metric}-${b.row.date ?? 'documents'}`, data: b.cells }))),
    schema: seriesBreakRow.extend(inFileOrder),
  }),
  // One entry per edition rather than per row: many tiny entries slow Astro's build. Each carries
  // its corrections too, as revisions.csv is often empty, and an empty collection draws a warning.
  editions: defineCollection({
    loader: rowsLoader('editions', () => dataset().editions.map((edition) => ({
      id: edition,
      data: {
        observations: dataset().observations.filter((o) => o.row.edition === edition).map((o) => o.cells),
        version: dataset().packages.get(edition)!.version,
        draft: dataset().drafts.has(edition),
        created: dataset().packages.get(edition)!.created,
        revisions: dataset().revisions.filter((r) => r.row.edition === edition).map((r) => r.cells),
      },
    }))),
    schema: z.object({ observations: z.array(observationRow), version: z.string(), draft: z.boolean(), created: z.string().optional(), revisions: z.array(revisionRow) }),
  }),

  // The prose: one report per edition, and the site's other written pages.
  reports: defineCollection({
    loader: glob({ pattern: reportFiles(), base: path.join(CONTENT_DIR, contentLayout.reports) }),
    schema: pageFrontmatter,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(CONTENT_DIR, contentLayout.pages) }),
    schema: pageFrontmatter,
  }),
  glossary: defineCollection({
    loader: rowsLoader('glossary', () => {
      const file = path.join(CONTENT_DIR, contentLayout.glossary);
      const { entries, problems } = readGlossary(file, path.relative(process.cwd(), file));
      if (problems.length > 0) throw new Error(`The glossary is not valid:\n${formatReport(problems, 'content/glossary.yaml')}`);
      return entries.map((e) => ({ id: e.id, data: e }));
    }),
    schema: glossaryEntry.extend(inFileOrder),
  }),
};
