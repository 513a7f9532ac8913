// Checks the prose in `content/` against the data before anything is built: every component
// names a real figure, quote, term or chart; no number is typed by hand; headings do not skip
// levels. Each problem is located at its file, line and column, and all are reported at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { Dataset } from '../data/dataset.ts';
import { TO_WRITE, type Unwritten } from '../data/drafts.ts';
import type { Problem } from '../data/problems.ts';
import { quoteStartsOnLine } from '../data/source-text.ts';
import { pageFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { readGlossary } from './glossary.ts';
import { typedNumerals } from './numerals.ts';
import { NARROWING, resolveStat, statId, type StatQuery } from './references.ts';

/** Where prose lives, relative to the content directory. */
export const contentLayout = {
  reports: 'reports',
  pages: 'pages',
  glossary: 'glossary.yaml',
} as const;

/** The components prose may use, with their attributes. Their output is bound to the data. */
export const COMPONENTS = {
  Stat: { required: ['metric', 'edition'], optional: [...NARROWING, 'id', 'when'] },
  Quote: { required: ['edition', 'line', 'text'], optional: ['who', 'inline'] },
  Term: { required: ['id'], optional: [] },
  Chart: { required: ['metric'], optional: [] },
  Figures: { required: ['edition'], optional: ['topic', 'metrics'] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;
type ComponentName = keyof typeof COMPONENTS;

/** The first heading of every report: the plain-English summary. */
export const IN_SHORT = 'In short';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  depth?: number;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown; position?: Position }[];
  children?: Node[];
  position?: Position;
}
interface Position { start: { line: number; column: number } }

export interface ContentCheck {
  problems: Problem[];
  summary: string;
  /** Bound figures per content file, for reports on the prose. */
  stats: Map<string, number>;
  /** Passages of draft reports still marked TO WRITE, which only a draft may have. */
  toWrite: Unwritten[];
}

export function checkContent(contentDir: string, dataset: Dataset, cwd = process.cwd()): ContentCheck {
  const problems: Problem[] = [];
  const shown = (p: string) => path.relative(cwd, p) || p;
  const glossaryFile = path.join(contentDir, contentLayout.glossary);
  const glossary = readGlossary(glossaryFile, shown(glossaryFile));
  problems.push(...glossary.problems);

  const terms = new Set(glossary.entries.map((e) => e.id));
  const figures = dataset.observations.map((o) => o.row);
  const metrics = new Map(dataset.metrics.map((m) => [m.row.id, m.row]));
  const topics = new Set(dataset.topics.map((t) => t.row.id));
  const sourceOf = new Map(dataset.sources.map((s) => [s.row.edition, s.row.id]));
  const charted = new Set(figures.map((f) => f.metric));
  const stats = new Map<string, number>();
  const toWrite: ContentCheck['toWrite'] = [];

  const files = [
    ...mdxIn(path.join(contentDir, contentLayout.reports)).map((f) => ({ file: f, report: true })),
    ...mdxIn(path.join(contentDir, contentLayout.pages)).map((f) => ({ file: f, report: false })),
  ];
  for (const { file, report } of files) {
    const name = shown(file);
    const at = (pos: Position | undefined, message: string, hint: string, about?: Problem['about']) =>
      problems.push({ file: name, line: pos?.start.line ?? 0, column: pos?.start.column ?? 0, message, hint, ...(about ? { about } : {}) });
    const source = readFileSync(file, 'utf8');
    const { yaml, body } = splitFrontmatter(source);
    const edition = path.basename(file, '.mdx');
    const isDraft = report && dataset.drafts.has(edition);
    source.split('\n').forEach((text, i) => {
      const column = text.indexOf(TO_WRITE);
      if (column === -1) return;
      if (isDraft) toWrite.push({ edition, file: name, line: i + 1, where: 'report' });
      else at({ start: { line: i + 1, column: column + 1 } }, `a passage is still marked ${TO_WRITE}`, 'write it, and remove the marker; only a draft edition\'s report may have unwritten passages');
    });

    const front = pageFrontmatter.safeParse(yaml === undefined ? undefined : safeYaml(yaml));
    if (!front.success) {
      problems.push({ file: name, line: 1, column: 1, message: `the frontmatter is missing or incomplete: ${front.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ')}`, hint: 'start the file with ---, a title: line, a description: line, and ---' });
    }
    if (report && !sourceOf.has(edition)) {
      problems.push({ file: name, line: 0, column: 0, message: `no edition ${JSON.stringify(edition)} in data/sources.csv`, hint: 'name a report after its edition id: content/reports/<edition>.mdx' });
    }

    let tree: Node;
    try {
      tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Node;
    } catch (error) {
      const e = error as { line?: number; column?: number; reason?: string; message: string };
      problems.push({ file: name, line: e.line ?? 0, column: e.column ?? 0, message: `the MDX cannot be read: ${e.reason ?? e.message}`, hint: 'check that every <Component ... /> is closed and that { and < in prose are escaped as \\{ and \\<' });
      continue;
    }

    const cited = new Map<string, Position | undefined>();
    let bound = 0;
    let lastDepth = 1;
    let firstHeading = true;
    walk(tree, (node) => {
      switch (node.type) {
        case 'heading': {
          const depth = node.depth ?? 2;
          if (depth === 1) at(node.position, 'a level-one heading (#) in the prose', 'the page already has the title as its heading; start sections with ##');
          else if (depth > lastDepth + 1) at(node.position, `a level-${depth} heading follows a level-${lastDepth} heading`, `headings must not skip a level: use ${'#'.repeat(lastDepth + 1)}`);
          if (report && firstHeading && textOf(node) !== IN_SHORT) at(node.position, `the report starts with the heading ${JSON.stringify(textOf(node))}`, `start every report with "## ${IN_SHORT}", a summary a twelve-year-old could follow`);
          firstHeading = false;
          lastDepth = depth;
          return true;
        }
        case 'text':
        case 'inlineCode':
          for (const n of typedNumerals(String(node.value))) {
            const place = offsetPosition(node.position, String(node.value), n.index);
            at(place, `the number ${JSON.stringify(n.text)} is typed into the prose`, 'write figures with <Stat metric="..." edition="..." /> so that they come from the data; only dates, years, ages and legislation may be typed');
          }
          return true;
        case 'link':
        case 'image':
        case 'definition': {
          const scheme = linkScheme(node.url ?? '');
          if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
            at(node.position, `a link to a ${JSON.stringify(`${scheme}:`)} address`, 'link to pages of this site (/trends/…) or to https:// addresses: other kinds of link can run code in the reader\'s browser or hide what they open');
          }
          return true;
        }
        case 'mdxjsEsm':
          at(node.position, 'an import or export in the prose', 'the components Stat, Quote, Term, Chart and Figures are always available: remove the import');
          return false;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          at(node.position, 'a {…} expression in the prose', 'write figures with <Stat ... />; to show a brace, write \\{');
          return false;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const tag = node.name ?? '';
          if (!(tag in COMPONENTS)) {
            at(node.position, `unknown component <${tag}>`, `use one of ${Object.keys(COMPONENTS).map((c) => `<${c}>`).join(', ')}`);
            return false;
          }
          const attrs = readAttributes(node, tag as ComponentName, at);
          if (!attrs) return false;
          const cites = attrs.edition;
          if (cites !== undefined && cites !== edition && dataset.drafts.has(cites)) {
            at(node.position, `<${tag}> cites edition ${JSON.stringify(cites)}, which is a draft`, 'the public site leaves drafts out, so only the draft\'s own report may cite it until it is published');
          }
          if (tag === 'Stat') {
            const q: StatQuery = { metric: attrs.metric!, edition: attrs.edition!, ...Object.fromEntries(NARROWING.filter((k) => attrs[k] !== undefined).map((k) => [k, k === 'line' ? Number(attrs[k]) : attrs[k]])) };
            const found = resolveStat(figures, metrics, q);
            // Named by figure, so that it is held back while that figure's row is refused.
            if ('error' in found) at(node.position, `<Stat>: ${found.error}`, found.hint, { edition: q.edition, metric: q.metric });
            else {
              bound++;
              const anchor = attrs.id ?? statId(found.figure);
              const first = cited.get(anchor);
              if (cited.has(anchor)) at(node.position, `<Stat> cites the same figure as line ${first?.start.line ?? '?'}, so both would have the id ${JSON.stringify(anchor)}`, 'cite each figure once, or give this one its own id="..."');
              else cited.set(anchor, node.position);
            }
            return false;
          }
          if (tag === 'Quote') {
            const source = sourceOf.get(attrs.edition!);
            const text = source ? dataset.texts.get(source) : undefined;
            const line = Number(attrs.line);
            if (!source || !text) at(node.position, `<Quote>: no source document for edition ${JSON.stringify(attrs.edition)}`, `use one of ${[...sourceOf.keys()].join(', ')}`);
            else if (!Number.isInteger(line) || !quoteStartsOnLine(text, line, attrs.text!)) {
              at(node.position, `<Quote>: the words ${JSON.stringify(attrs.text)} do not start on line ${attrs.line} of ${source}.txt`, `copy the words exactly from data/sources/${source}.txt and give the line they start on`);
            }
            return false;
          }
          if (tag === 'Term') {
            if (!terms.has(attrs.id!)) at(node.position, `<Term>: no glossary entry ${JSON.stringify(attrs.id)}`, `add it to content/${contentLayout.glossary}, or use one of its ids`);
            return true;
          }
          if (tag === 'Chart') {
            if (!charted.has(attrs.metric!)) at(node.position, `<Chart>: no figures for metric ${JSON.stringify(attrs.metric)}`, 'use the id of a metric with a trend page (/trends/<id>/)');
            return false;
          }
          if (tag === 'Figures') {
            if (!sourceOf.has(attrs.edition!)) at(node.position, `<Figures>: no edition ${JSON.stringify(attrs.edition)}`, `use one of ${[...sourceOf.keys()].join(', ')}`);
            if ((attrs.topic === undefined) === (attrs.metrics === undefined)) at(node.position, '<Figures> needs either topic="..." or metrics="..."', 'name a topic from data/topics.csv, or metric ids separated by spaces');
            if (attrs.topic !== undefined && !topics.has(attrs.topic)) at(node.position, `<Figures>: no topic ${JSON.stringify(attrs.topic)}`, 'use an id from data/topics.csv');
            for (const m of (attrs.metrics ?? '').split(/\s+/).filter(Boolean)) {
              if (!metrics.has(m)) at(node.position, `<Figures>: no metric ${JSON.stringify(m)}`, 'use ids from data/metrics.csv, separated by spaces');
            }
            return false;
          }
          return true;
        }
        default:
          return true;
      }
    });
    if (report && firstHeading) problems.push({ file: name, line: 0, column: 0, message: 'the report has no headings', hint: `start it with "## ${IN_SHORT}"` });
    stats.set(name, bound);
  }
  const reports = files.filter((f) => f.report).length;
  const bound = [...stats.values()].reduce((a, b) => a + b, 0);
  return { problems, stats, toWrite, summary: `${reports} reports and ${files.length - reports} pages (${bound} bound figures), ${glossary.entries.length} glossary terms` };
}

function mdxIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((f) => path.join(dir, f)) : [];
}

function safeYaml(text: string): unknown {
  try { return parseYaml(text); } catch { return undefined; }
}

/** Links may go to pages of this site, web addresses and email; never javascript:, data: and the like. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** A link's scheme, lower-cased, read as a browser would (ignoring the white space and control characters it strips); undefined for a relative link. */
function linkScheme(url: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

/** Visits nodes depth first; `visit` returns false to skip a node's children. */
function walk(node: Node, visit: (n: Node) => boolean): void {
  if (!visit(node)) return;
  for (const child of node.children ?? []) walk(child, visit);
}

function textOf(node: Node): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** The position of a character inside a text node that may span lines. */
function offsetPosition(pos: Position | undefined, value: string, index: number): Position | undefined {
  if (!pos) return undefined;
  const before = value.slice(0, index).split('\n');
  const line = pos.start.line + before.length - 1;
  const column = before.length === 1 ? pos.start.column + index : before.at(-1)!.length + 1;
  return { start: { line, column } };
}

/** String attributes of a component, checked against what it accepts; undefined on any problem. */
function readAttributes(node: Node, tag: ComponentName, at: (p: Position | undefined, m: string, h: string) => void): Record<string, string | undefined> | undefined {
  const spec = COMPONENTS[tag];
  const allowed = new Set<string>([...spec.required, ...spec.optional]);
  const out: Record<string, string | undefined> = {};
  let ok = true;
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) {
      at(a.position ?? node.position, `<${tag}> has a {...} spread attribute`, 'write each attribute as name="value"');
      ok = false;
      continue;
    }
    if (!allowed.has(a.name)) {
      at(a.position ?? node.position, `<${tag}> has no attribute ${JSON.stringify(a.name)}`, `it accepts ${[...allowed].join(', ')}`);
      ok = false;
      continue;
    }
    const v = a.value;
    out[a.name] = v === null || v === undefined ? 'true' : typeof v === 'string' ? v : String((v as { value: unknown }).value).trim();
  }
  for (const name of spec.required) {
    if (out[name] === undefined) {
      at(node.position, `<${tag}> needs ${name}="..."`, `for example ${example(tag)}`);
      ok = false;
    }
  }
  return ok ? out : undefined;
}

function example(tag: ComponentName): string {
  return {
    Stat: '<Stat metric="children-in-care" edition="2025" />',
    Quote: '<Quote edition="2025" line={51} text="the exact words" />',
    Term: '<Term id="uasc">UASC</Term>',
    Chart: '<Chart metric="children-in-care" />',
    Figures: '<Figures edition="2025" topic="fostering" />',
  }[tag];
}
