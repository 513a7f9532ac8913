// What the pages need from the content collections, gathered once, typed by the shared schemas.
import { getCollection } from 'astro:content';
import { DATA_DIR, readSourceText } from '../data/index.ts';
import type { Gap, Metric, Observation, Revision, SeriesBreak, Source, Topic } from '../data/index.ts';
import { isNamed, type NamedGap } from '../data/schemas/gap.ts';

export type Figure = Observation & { edition: string };

export interface SiteData {
  sources: Source[];
  topics: Topic[];
  metrics: Map<string, Metric>;
  figures: Figure[];
  /** What the sources name but do not state. */
  gaps: NamedGap[];
  /** Measures an edition does not report that the edition of its kind before it gave (data/gaps.csv, reason `not-reported`). */
  notReported: Gap[];
  /** Dates where a metric's figures stop being comparable. */
  breaks: SeriesBreak[];
  /** Corrections made to published figures, oldest first. */
  revisions: Revision[];
  /** Editions in the order of `data/sources.csv`, which lists documents oldest first. */
  editions: Edition[];
}

export interface Edition {
  id: string;
  source: Source;
  figures: Figure[];
  /** The dataset's version, from its datapackage.json. */
  version: string;
  /** Only in a preview (`npm start`): the public build leaves drafts out. */
  draft: boolean;
  /** When it was first published on the site; absent for a draft. */
  created: string | undefined;
}

let cached: Promise<SiteData> | undefined;

/** Gathered once per build: every page reads the same collections. */
export function siteData(): Promise<SiteData> {
  cached ??= gather();
  return cached;
}

async function gather(): Promise<SiteData> {
  const sources = inFileOrder(await getCollection('sources'));
  const topics = inFileOrder(await getCollection('topics'));
  const metrics = new Map(inFileOrder(await getCollection('metrics')).map((m) => [m.id, m]));
  const allGaps = inFileOrder(await getCollection('gaps'));
  const gaps = allGaps.filter(isNamed);
  const notReported = allGaps.filter((g) => !isNamed(g));
  const breaks = inFileOrder(await getCollection('breaks'));
  const editionEntries = await getCollection('editions');
  const figures = editionEntries.flatMap((e) => e.data.observations.map((o) => ({ ...o, edition: e.id })));
  const entries = new Map(editionEntries.map((e) => [e.id, e.data]));
  const editions = sources.map((source) => ({
    id: source.edition, source, figures: figures.filter((f) => f.edition === source.edition),
    version: entries.get(source.edition)!.version, draft: entries.get(source.edition)!.draft, created: entries.get(source.edition)!.created,
  }));
  const revisions = editionEntries.flatMap((e) => e.data.revisions).sort((a, b) => a.date.localeCompare(b.date));
  return { sources, topics, metrics, figures, gaps, notReported, breaks, revisions, editions };
}

/** Rows in the order of their file: collections come back sorted by id. */
function inFileOrder<T extends { order: number }>(entries: { data: T }[]): T[] {
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order);
}

const texts = new Map<string, ReturnType<typeof readSourceText>>();

/** A source document's lines, read once per build however many quotes cite it. */
export function sourceText(id: string): ReturnType<typeof readSourceText> {
  if (!texts.has(id)) texts.set(id, readSourceText(DATA_DIR, id));
  return texts.get(id)!;
}
