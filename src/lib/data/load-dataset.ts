import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readCsv, type CsvRow, type CsvTable } from './csv.ts';
import type { Dataset, RowToFill } from './dataset.ts';
import { isUnfilled, readStatus, TO_WRITE, unwrittenColumns, type Unwritten } from './drafts.ts';
import { layout } from './layout.ts';
import type { Problem } from './problems.ts';
import { gapRow } from './schemas/gap.ts';
import { metricRow } from './schemas/metric.ts';
import { observationRow } from './schemas/observation.ts';
import { revisionRow } from './schemas/revision.ts';
import { seriesBreakRow } from './schemas/series-break.ts';
import { sourceRow } from './schemas/source.ts';
import { topicRow } from './schemas/topic.ts';
import { columnsOf } from './schemas/fields.ts';
import { readSourceText, type SourceText } from './source-text.ts';
import { validateConsistency } from './validate-consistency.ts';
import { validateIntegrity } from './validate-integrity.ts';
import { validateProvenance } from './validate-provenance.ts';
import { validateVersions, type EditionFiles } from './validate-versions.ts';
import { validateRows } from './validate-schema.ts';

/**
 * The most any one data file or source text may hold. An edition of a few hundred figures takes
 * well under 1 MB, and a long report's text about 200 KB; a file of many megabytes is almost
 * certainly the wrong file, or a spreadsheet export with thousands of empty or repeated rows, and
 * reading it would only bury the real problem under a problem for every row.
 */
export const MAX_FILE_BYTES = 5 * 2 ** 20;

function oversized(file: string, shown: string): Problem | undefined {
  const bytes = statSync(file).size;
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  return {
    file: shown, line: 0, column: 0, stage: 'structure',
    message: `the file is ${mb(bytes)}, more than the ${mb(MAX_FILE_BYTES)} a data file may be, so it was not read`,
    hint: 'check that this is the right file; if it was saved from a spreadsheet, delete the empty or repeated rows at its end and save it again as CSV',
  };
}

export interface LoadResult {
  dataset: Dataset;
  problems: Problem[];
  /** What was read, for a report's closing line. */
  summary: string;
}

/**
 * Reads and validates the whole data directory: schema, cross-file integrity, provenance and
 * consistency. Never throws on bad data: every problem found is returned, all at once.
 * Paths in problems are relative to `cwd` (the project root, when run from there).
 */
export function loadDataset(dataDir: string, cwd = process.cwd()): LoadResult {
  const problems: Problem[] = [];
  const display = (p: string) => path.relative(cwd, path.join(dataDir, p)) || p;

  const tables = new Map<string, CsvTable>();
  const table = <S extends Parameters<typeof validateRows>[1]>(
    file: string,
    schema: S,
    { optional = false, mayBeEmpty = false, setAside = (_row: CsvRow): boolean => false, about = undefined as ((row: CsvRow) => NonNullable<Problem['about']>) | undefined } = {},
  ) => {
    const shown = display(file);
    const full = path.join(dataDir, file);
    if (!existsSync(full)) {
      if (optional) return [];
      problems.push({ file: shown, line: 0, column: 0, stage: 'structure', message: 'the file is missing', hint: `create it with the header row: ${columnsOf(schema).join(',')}` });
      return [];
    }
    const tooBig = oversized(full, shown);
    if (tooBig) {
      problems.push(tooBig);
      return [];
    }
    const { table: parsed, problems: csvProblems } = readCsv(readFileSync(full), shown, { required: columnsOf(schema), mayBeEmpty });
    problems.push(...csvProblems);
    tables.set(file, parsed);
    const { rows, problems: rowProblems } = validateRows({ ...parsed, rows: parsed.rows.filter((row) => !setAside(row)) }, schema, about);
    problems.push(...rowProblems);
    return rows;
  };

  const editionsDir = path.join(dataDir, layout.editions);
  const editions = existsSync(editionsDir)
    ? readdirSync(editionsDir).filter((name) => statSync(path.join(editionsDir, name)).isDirectory()).sort()
    : [];
  const drafts = new Set(editions.filter((e) => readStatus(path.join(dataDir, layout.datapackage(e))) === 'draft'));

  // A draft's document row may keep cells marked TO WRITE; a published one may not.
  const unwritten: Unwritten[] = [];
  const sources = table(layout.sources, sourceRow, {
    setAside: (row) => {
      const columns = unwrittenColumns(row);
      if (columns.length === 0) return false;
      if (!drafts.has(row.cells.edition?.trim() ?? '')) {
        for (const c of columns) problems.push({ file: display(layout.sources), ...row.at[c]!, stage: 'cell', message: `${c} is still marked ${TO_WRITE}`, hint: `write the ${c} of the document; only a draft edition's row may have cells still to write`, found: row.cells[c]! });
        return true;
      }
      // The marked cells are valid text, so the row stays in and the draft's other checks can run.
      unwritten.push(...columns.map((c) => ({ edition: row.cells.edition!.trim(), file: display(layout.sources), line: row.line, row: row.sheetRow, where: c })));
      return false;
    },
  });
  const topics = table(layout.topics, topicRow);
  const metrics = table(layout.metrics, metricRow);
  const gaps = table(layout.gaps, gapRow, { optional: true });
  const revisions = table(layout.revisions, revisionRow, { optional: true, mayBeEmpty: true });
  const breaks = table(layout.breaks, seriesBreakRow, { optional: true, mayBeEmpty: true });

  const toFill: RowToFill[] = [];
  const observations = editions.flatMap((edition) => {
    const file = layout.observations(edition);
    const isDraft = drafts.has(edition);
    const setAside = (row: CsvRow) => {
      if (!isDraft || !isUnfilled(row)) return false;
      const { metric = '', series = '', breakdown = '', category = '' } = row.cells;
      toFill.push({ edition, file: display(file), line: row.line, row: row.sheetRow, metric, series, breakdown, category });
      return true;
    };
    const about = (row: CsvRow) => ({ edition, metric: row.cells.metric?.trim() ?? '' });
    return table(file, observationRow, { setAside, about }).map((o) => ({ ...o, row: { ...o.row, edition } }));
  });

  const texts = new Map<string, SourceText>();
  for (const s of sources) {
    const file = path.join(dataDir, layout.sourceText(s.row.id));
    if (!existsSync(file)) continue;
    const tooBig = oversized(file, display(layout.sourceText(s.row.id)));
    if (tooBig) problems.push(tooBig);
    else texts.set(s.row.id, readSourceText(dataDir, s.row.id));
  }

  const editionFiles = new Map<string, EditionFiles>(editions.map((edition) => {
    const read = (file: string) => (existsSync(path.join(dataDir, file)) ? readFileSync(path.join(dataDir, file)) : undefined);
    const file = layout.observations(edition);
    const first = read(layout.firstPublished(edition));
    return [edition, {
      descriptor: read(layout.datapackage(edition))?.toString('utf8'),
      csv: read(file),
      table: tables.get(file),
      firstPublished: first && readCsv(first, display(layout.firstPublished(edition)), { required: columnsOf(observationRow) }).table,
    }];
  }));

  const dataset: Dataset = { sources, topics, metrics, editions, observations, gaps, revisions, breaks, texts, drafts, toFill, unwritten, packages: new Map() };
  const dataDirName = path.relative(cwd, dataDir) || '.';
  const versions = validateVersions(dataset, editionFiles, dataDirName);
  dataset.packages = versions.packages;
  // The later layers compare files with each other; what they find may follow from a row or a
  // file the first layers refused, so they are marked as cross-checks (see root-causes.ts).
  const crossChecks = [
    ...validateIntegrity(dataset, dataDirName), ...validateProvenance(dataset), ...validateConsistency(dataset),
    ...versions.problems,
  ];
  problems.push(...crossChecks.map((p): Problem => ({ stage: 'cross-check', ...p })));
  const filling = toFill.length > 0 ? ` (and ${toFill.length} draft rows still to fill in)` : '';
  const summary = `${observations.length} observations${filling} in ${editions.length} editions, ${metrics.length} metrics, ${gaps.length} gaps, ${breaks.length} series breaks, ${sources.length} sources checked`;
  return { dataset, problems, summary };
}

