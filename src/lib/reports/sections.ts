// A report's sections and the measures each one cites, read from the MDX source, so that a topic
// page can point to the parts of each report about that topic. Which topic a section is "about"
// comes from its own components, not from guessing at its words.
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { IN_SHORT } from '../content/check-content.ts';
import type { Metric, Topic } from '../data/index.ts';

export interface ReportSection {
  /** Heading level: 2 for a section, 3 for a sub-section. */
  depth: number;
  /** The heading's text, as a reader sees it. */
  text: string;
  /** Metrics named by <Stat>, <Chart> or <Figures metrics>, under this heading only, with how often. */
  metrics: Map<string, number>;
  /** Topics named by <Figures topic>: the writer's own statement of what the section covers. */
  topics: Set<string>;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** Every heading from level 2 down, in order, with what is cited before the next heading. */
export function reportSections(mdx: string): ReportSection[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Node;
  const sections: ReportSection[] = [];
  const visit = (node: Node) => {
    if (node.type === 'heading') {
      sections.push({ depth: node.depth!, text: textOf(node), metrics: new Map(), topics: new Set() });
      return;
    }
    const current = sections.at(-1);
    if (current && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')) {
      const attr = (name: string) => {
        const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
        return typeof value === 'string' ? value : undefined;
      };
      const cite = (id: string) => current.metrics.set(id, (current.metrics.get(id) ?? 0) + 1);
      if (node.name === 'Stat' || node.name === 'Chart') {
        const metric = attr('metric');
        if (metric) cite(metric);
      }
      if (node.name === 'Figures') {
        const topic = attr('topic');
        if (topic) current.topics.add(topic);
        for (const id of attr('metrics')?.split(/\s+/).filter(Boolean) ?? []) cite(id);
      }
    }
    node.children?.forEach(visit);
  };
  tree.children?.forEach(visit);
  return sections;
}

function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Whether a section is about a topic: its writer put the topic's figures table in it, its heading
 * names the topic ("Health and wellbeing"), or most of the figures it cites are the topic's
 * measures. The summary at the top of each report cites a little of everything and belongs to no
 * topic.
 */
export function isAbout(section: ReportSection, topic: Pick<Topic, 'id' | 'label'>, metrics: ReadonlyMap<string, Metric>): boolean {
  if (section.text === IN_SHORT) return false;
  if (section.topics.has(topic.id) || section.text.toLowerCase().includes(topic.label.toLowerCase())) return true;
  let mine = 0;
  let all = 0;
  for (const [id, n] of section.metrics) {
    all += n;
    if (metrics.get(id)?.topic === topic.id) mine += n;
  }
  return mine * 2 > all;
}
