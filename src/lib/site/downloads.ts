// The files /data/ offers: each edition's CSV and datapackage.json exactly as committed (so that
// the descriptor's hash checks the download), the catalogue files and one CSV of every edition.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { DATA_DIR, layout, loadDataset, previewingDrafts, publicView, type Dataset } from '../data/index.ts';
import { columnsOf } from '../data/schemas/fields.ts';
import { gapRow } from '../data/schemas/gap.ts';
import { metricRow } from '../data/schemas/metric.ts';
import { observationRow } from '../data/schemas/observation.ts';
import { revisionRow } from '../data/schemas/revision.ts';
import { seriesBreakRow } from '../data/schemas/series-break.ts';
import { sourceRow } from '../data/schemas/source.ts';
import { topicRow } from '../data/schemas/topic.ts';

export interface Download {
  /** Path under /data/. */
  path: string;
  body: () => Buffer | string;
}

let cached: Dataset | undefined;
/** The public dataset, read once: the build has already validated it. */
function dataset(): Dataset {
  cached ??= publicView(loadDataset(DATA_DIR).dataset, { drafts: previewingDrafts() });
  return cached;
}

/** A table of raw cells as CSV; cells a spreadsheet would run as a formula are defused. */
function csv(columns: readonly string[], rows: readonly Record<string, string | number>[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { escapeFormulae: true, newline: '\n' })}\n`;
}

const asCommitted = (file: string) => () => readFileSync(path.join(DATA_DIR, file));

export const ALL_EDITIONS = 'all-editions.csv';

let files: Download[] | undefined;

export function downloads(): Download[] {
  files ??= list(dataset());
  return files;
}

function list(data: Dataset): Download[] {
  const table = (file: string, columns: readonly string[], rows: { cells: Record<string, string> }[]): Download =>
    ({ path: file, body: () => csv(columns, rows.map((r) => r.cells)) });
  return [
    ...data.editions.flatMap((edition) => [
      { path: layout.observations(edition), body: asCommitted(layout.observations(edition)) },
      { path: layout.datapackage(edition), body: asCommitted(layout.datapackage(edition)) },
      ...(data.packages.get(edition)?.version === '1.0.0' || data.drafts.has(edition) ? [] : [{ path: layout.firstPublished(edition), body: asCommitted(layout.firstPublished(edition)) }]),
    ]),
    ...data.sources.map((s) => ({ path: layout.sourceText(s.row.id), body: asCommitted(layout.sourceText(s.row.id)) })),
    table(layout.sources, columnsOf(sourceRow), data.sources),
    table(layout.topics, columnsOf(topicRow), data.topics),
    table(layout.metrics, columnsOf(metricRow), data.metrics),
    table(layout.gaps, columnsOf(gapRow), data.gaps),
    table(layout.breaks, columnsOf(seriesBreakRow), data.breaks),
    table(layout.revisions, columnsOf(revisionRow), data.revisions),
    {
      path: ALL_EDITIONS,
      body: () => csv(['edition', ...columnsOf(observationRow)], data.observations.map((o) => ({ ...o.cells, edition: o.row.edition, value: o.row.value }))),
    },
  ];
}
