// `npm run new-edition`: a draft edition to fill in, built from the edition before it, so that
// staff start from a checklist of the figures last published rather than from a blank file.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentLayout, IN_SHORT } from '../content/check-content.ts';
import { TO_WRITE } from '../data/drafts.ts';
import { describeEdition, serialise } from '../data/datapackage.ts';
import { layout, loadDataset } from '../data/index.ts';
import { ID_PATTERN, columnsOf } from '../data/schemas/fields.ts';
import { observationRow } from '../data/schemas/observation.ts';
import { sourceRow, type DocumentKind, type Source } from '../data/schemas/source.ts';
import { kindLabel, latestOfEachKind } from '../data/editions.ts';
import { toCsvLine } from '../data/csv.ts';

export interface ScaffoldOptions {
  dataDir: string;
  contentDir?: string;
  edition: string;
  /** The published edition to start from: the one the new edition follows, whose kind it takes. Needed when there are several kinds. */
  from?: string | undefined;
  /** The new document's source id; by default the previous one's, with its edition id swapped. */
  source?: string | undefined;
  /** The new document's text, copied to data/sources/<source>.txt. */
  text?: string | undefined;
}

export type ScaffoldResult =
  | {
    ok: true; from: string; kind: DocumentKind; source: string; files: string[];
    /** Rows written, one per figure of `from`; the measures `from` gave; how many of its figures it gave for several periods. */
    rows: number; measures: number; severalPeriods: number;
  }
  | { ok: false; errors: string[] };

export function scaffoldEdition(options: ScaffoldOptions): ScaffoldResult {
  const { dataDir, edition } = options;
  const contentDir = options.contentDir ?? path.join(dataDir, '..', 'content');
  const { dataset, problems } = loadDataset(dataDir);
  const errors: string[] = [];
  if (problems.length > 0) errors.push(`the data has ${problems.length} problems: run \`npm run validate\` and fix them first`);
  if (!ID_PATTERN.test(edition)) errors.push(`the edition id ${JSON.stringify(edition)} must be lower-case letters, digits and single hyphens, such as 2026`);
  const folder = path.join(dataDir, layout.editions, edition);
  if (existsSync(folder)) errors.push(`edition ${edition} already exists (${path.relative(process.cwd(), folder)}): choose another id, or carry on filling in that one`);
  const report = path.join(contentDir, contentLayout.reports, `${edition}.mdx`);
  if (existsSync(report)) errors.push(`a report for edition ${edition} already exists (${path.relative(process.cwd(), report)})`);
  if (dataset.sources.some((s) => s.row.edition === edition)) errors.push(`data/sources.csv already has a document for edition ${edition}`);

  const sources = dataset.sources.map((s) => s.row);
  const isPublished = (e: string) => dataset.packages.get(e)?.status === 'published';
  const published = [...new Set(sources.map((s) => s.edition))].filter(isPublished);
  // Without --from, the edition to start from is plain only when every document is of one kind.
  const latest = latestOfEachKind(sources.filter((s) => isPublished(s.edition)));
  const from = options.from ?? (latest.length === 1 ? latest[0]!.edition : undefined);
  if (options.from === undefined && from === undefined) {
    errors.push(`say which edition the new one follows, with --from: the latest of each kind of document is ${latest.map((l) => `${l.edition} (${kindLabel(l.kind)})`).join(', ')}; for a new annual report, --from ${latest.find((l) => l.kind === 'annual-report')?.edition ?? latest.at(-1)?.edition}`);
  } else if (from === undefined || !published.includes(from)) {
    errors.push(`there is no published edition ${JSON.stringify(from ?? '')} to start from: use --from with one of ${published.join(', ')}`);
  }
  const previousSource = dataset.sources.find((s) => s.row.edition === from)?.row;
  const source = options.source ?? (previousSource && from && previousSource.id.endsWith(from) ? `${previousSource.id.slice(0, -from.length)}${edition}` : `report-${edition}`);
  if (!ID_PATTERN.test(source)) errors.push(`the source id ${JSON.stringify(source)} must be kebab-case`);
  if (dataset.sources.some((s) => s.row.id === source)) errors.push(`data/sources.csv already has a document ${source}: give another with --source`);
  if (options.text !== undefined && !existsSync(options.text)) errors.push(`there is no file ${options.text} to take the report's text from`);
  if (errors.length > 0 || !from || !previousSource) return { ok: false, errors };

  // One row per figure the previous edition gave: each measure, with its parts and comparators, in
  // the catalogue's order and then the edition's. A figure given for several periods gets one row.
  const catalogue = dataset.metrics.map((m) => m.row.id);
  const givenBefore = dataset.observations.filter((x) => x.row.edition === from).map((o) => o.row);
  const rows = new Map<string, Record<string, string>>();
  const periods = new Map<string, number>();
  for (const o of givenBefore) {
    const cells = { metric: o.metric, series: o.series, breakdown: o.breakdown ?? '', category: o.category ?? '', source };
    const key = [cells.metric, cells.series, cells.breakdown, cells.category].join('|');
    if (!rows.has(key)) rows.set(key, cells);
    periods.set(key, (periods.get(key) ?? 0) + 1);
  }
  const ordered = [...rows.values()].sort((a, b) => catalogue.indexOf(a.metric!) - catalogue.indexOf(b.metric!));
  const columns = columnsOf(observationRow);
  const csv = [columns, ...ordered.map((r) => columns.map((c) => r[c] ?? ''))].map(toCsvLine).join('\n') + '\n';

  const files: string[] = [];
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files.push(path.relative(process.cwd(), file));
  };
  write(path.join(dataDir, layout.observations(edition)), csv);

  // The document's row, with what can be known filled in and the rest left for validation to ask for.
  const sourceCells: Record<keyof Source, string> = {
    id: source, title: `${TO_WRITE}: the document's title`, description: `${TO_WRITE}: one or two sentences on what it covers`,
    publisher: previousSource.publisher, published: '', period_covered: `${TO_WRITE}: such as April 2025 to March 2026`,
    edition, kind: previousSource.kind, original_file: `${TO_WRITE}: the file name it came as`, licence: previousSource.licence,
  };
  const sourcesFile = path.join(dataDir, layout.sources);
  const existing = readFileSync(sourcesFile, 'utf8');
  writeFileSync(sourcesFile, `${existing.endsWith('\n') ? existing : `${existing}\n`}${toCsvLine(columnsOf(sourceRow).map((c) => sourceCells[c as keyof Source]))}\n`);
  files.push(path.relative(process.cwd(), sourcesFile));

  const draftSource = { ...sourceCells, published: undefined } as Source;
  write(path.join(dataDir, layout.datapackage(edition)), serialise(describeEdition({ edition, sources: [draftSource], csv: Buffer.from(csv), version: '0.1.0', status: 'draft' })));
  if (options.text !== undefined) {
    const target = path.join(dataDir, layout.sourceText(source));
    copyFileSync(options.text, target);
    files.push(path.relative(process.cwd(), target));
  }

  const topicsCovered = new Set(ordered.map((r) => dataset.metrics.find((m) => m.row.id === r.metric)!.row.topic));
  const topics = dataset.topics.filter((t) => topicsCovered.has(t.row.id)).map((t) => t.row);
  write(report, reportTemplate(edition, topics));
  return { ok: true, from, kind: previousSource.kind, source, rows: ordered.length, measures: new Set(givenBefore.map((o) => o.metric)).size, severalPeriods: [...periods.values()].filter((n) => n > 1).length, files };
}

/** The standard sections: the summary, then one per topic the previous edition covered. */
function reportTemplate(edition: string, topics: readonly { id: string; label: string }[]): string {
  return [
    '---',
    `title: "${TO_WRITE}: the page title, such as Kent's children in care and care leavers in ${edition}"`,
    `description: "${TO_WRITE}: one sentence on what the report covers, shown in search results and link previews."`,
    '---',
    '',
    `## ${IN_SHORT}`,
    '',
    `${TO_WRITE}: three to five short paragraphs in plain English. How many children Kent looks after, whether that is going up, and what matters most in this report. Write every figure as a Stat, never as typed digits (see docs/publishing.md).`,
    '',
    ...topics.flatMap((t) => [
      `## ${t.label}`,
      '',
      `${TO_WRITE}: what the report says about ${t.label.toLowerCase()}, with its figures as Stats and its words as Quotes. Delete this section if the report says nothing about it.`,
      '',
      `<Figures edition="${edition}" topic="${t.id}" />`,
      '',
    ]),
  ].join('\n');
}
