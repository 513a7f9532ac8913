// What a topic page gathers: the topic's measures, split into those with a trend and those with one
// figure, the report sections about it, and the figures its documents name but do not give.
import type { NamedGap, Topic } from '../data/index.ts';
import { sectionsAbout } from '../reports/reports.ts';
import { kentTotals } from '../trends/trend.ts';
import { trends, type TrendEntry } from '../trends/trends.ts';
import { siteData } from './site-data.ts';

export interface TopicPage {
  topic: Topic;
  /** Measures with Kent totals at two dates or more. */
  trending: TrendEntry[];
  /** Every other measure of the topic. */
  others: TrendEntry[];
  sections: Awaited<ReturnType<typeof sectionsAbout>>;
  /** How many sections, over all the reports. */
  sectionCount: number;
  gaps: NamedGap[];
  previous: Topic | undefined;
  next: Topic | undefined;
}

let cached: Promise<TopicPage[]> | undefined;

/** One page per topic that has a measure or a report section, in the order of data/topics.csv. */
export function topicPages(): Promise<TopicPage[]> {
  cached ??= (async () => {
    const data = await siteData();
    const entries = [...(await trends()).values()];
    const pages: TopicPage[] = [];
    for (const topic of data.topics) {
      const mine = entries.filter((e) => e.topic.id === topic.id);
      const sections = await sectionsAbout(topic);
      if (mine.length === 0 && sections.length === 0) continue;
      const trending = mine.filter((e) => (kentTotals(e.trend)?.points.length ?? 0) >= 2);
      pages.push({
        topic, trending, others: mine.filter((e) => !trending.includes(e)), sections,
        sectionCount: sections.reduce((n, r) => n + r.sections.length, 0),
        gaps: data.gaps.filter((g) => g.metric !== undefined && data.metrics.get(g.metric)?.topic === topic.id),
        previous: undefined, next: undefined,
      });
    }
    pages.forEach((p, i) => { p.previous = pages[i - 1]?.topic; p.next = pages[i + 1]?.topic; });
    return pages;
  })();
  return cached;
}
