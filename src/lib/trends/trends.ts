// Every metric's trend, built once per build from the site's data and shared by the pages.
import type { Metric, Topic } from '../data/index.ts';
import { movedMeasures } from '../site/moved.ts';
import { siteData, type Figure, type SiteData } from '../site/site-data.ts';
import { describeTrend } from './describe.ts';
import { buildTrend, latestFigure, type Trend } from './trend.ts';

export interface TrendEntry {
  metric: Metric;
  topic: Topic;
  trend: Trend;
  latest: Figure;
  description: string[];
  /** The editions its figures come from, oldest first. */
  editions: SiteData['editions'];
  /** What the sources name but do not state for this metric. */
  gaps: SiteData['gaps'];
}

let cached: Promise<Map<string, TrendEntry>> | undefined;

/** One entry per metric that has figures, in the catalogue's order. */
export function trends(): Promise<Map<string, TrendEntry>> {
  cached ??= (async () => {
    const data = await siteData();
    const order = data.editions.map((e) => e.id);
    const byMetric = Map.groupBy(data.figures, (f) => f.metric);
    const topics = new Map(data.topics.map((t) => [t.id, t]));
    const entries = new Map<string, TrendEntry>();
    for (const metric of data.metrics.values()) {
      const figures = byMetric.get(metric.id);
      if (!figures) continue;
      const trend = buildTrend(metric, figures, data.breaks, order);
      const used = new Set(figures.map((f) => f.edition));
      entries.set(metric.id, {
        metric, topic: topics.get(metric.topic)!, trend, latest: latestFigure(trend)!,
        description: describeTrend(trend),
        editions: data.editions.filter((e) => used.has(e.id)),
        gaps: data.gaps.filter((g) => g.metric === metric.id),
      });
    }
    return entries;
  })();
  return cached;
}

/** Each measure whose figures all moved to other measures, with the entries of the measures that hold them now. */
export async function movedTrends(): Promise<Map<string, TrendEntry[]>> {
  const all = await trends();
  const moved = movedMeasures((await siteData()).revisions, new Set(all.keys()));
  return new Map([...moved].map(([id, to]) => [id, to.map((t) => all.get(t)!)]));
}

/** The ids a measure's downloads are served at: each measure with figures, and each whose figures moved, so that its old addresses keep answering. */
export async function downloadPaths(): Promise<{ params: { id: string } }[]> {
  return [...(await trends()).keys(), ...(await movedTrends()).keys()].map((id) => ({ params: { id } }));
}

/** The trends behind a measure's address: its own, or those of the measures its figures moved to. */
export async function trendsAt(id: string): Promise<TrendEntry[]> {
  const own = (await trends()).get(id);
  return own ? [own] : (await movedTrends()).get(id)!;
}

/** Source titles by id, for labels and citations. */
export async function sourceTitles(): Promise<Map<string, string>> {
  return new Map((await siteData()).sources.map((s) => [s.id, s.title]));
}
