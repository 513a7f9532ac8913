// What the pages need from the content collections, gathered once, typed by the shared schemas.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { readCsv } from '../data/csv.ts';
import { DATA_DIR, layout } from '../data/index.ts';
import type { Gap, Metric, Observation, SeriesBreak, Source, Topic } from '../data/index.ts';

export type Figure = Observation & { edition: string };

export interface SiteData {
  sources: Source[];
  topics: Topic[];
  metrics: Map<string, Metric>;
  figures: Figure[];
  /** What the sources name but do not state. */
  gaps: Gap[];
  /** Dates where a metric's figures stop being comparable. */
  breaks: SeriesBreak[];
  /** Editions in the order of `data/sources.csv`, which lists documents oldest first. */
  editions: { id: string; source: Source; figures: Figure[] }[];
}

let cached: Promise<SiteData> | undefined;

/** Gathered once per build: every page reads the same collections. */
export function siteData(): Promise<SiteData> {
  cached ??= gather();
  return cached;
}

async function gather(): Promise<SiteData> {
  const order = sourceOrder();
  const sources = (await getCollection('sources')).map((e) => e.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const topics = (await getCollection('topics')).map((e) => e.data);
  const metrics = new Map((await getCollection('metrics')).map((e) => [e.data.id, e.data]));
  const gaps = (await getCollection('gaps')).map((e) => e.data);
  const breaks = (await getCollection('breaks')).map((e) => e.data);
  const editionEntries = await getCollection('editions');
  const figures = editionEntries.flatMap((e) => e.data.observations.map((o) => ({ ...o, edition: e.id })));
  const editions = sources.map((source) => ({ id: source.edition, source, figures: figures.filter((f) => f.edition === source.edition) }));
  return { sources, topics, metrics, figures, gaps, breaks, editions };
}

/** Source ids in the order of `data/sources.csv` (oldest first): collections do not keep file order. */
function sourceOrder(): string[] {
  const file = path.join(DATA_DIR, layout.sources);
  return readCsv(readFileSync(file, 'utf8'), file, { required: ['id'] }).table.rows.map((r) => r.cells.id!);
}
