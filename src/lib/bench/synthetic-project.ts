// A bigger project for the scale benchmark: at scale k, k copies of every edition, metric, source
// document and report. Copy c of edition "2017" is "2017-x2", with its own source "…-x2" (the same
// text, so every line and quote still checks), its own metrics "children-in-care-x2" and its own
// report citing them. Each copy is a whole, valid project: `npm run validate` passes on it. The
// figures are the real ones, repeated, so every measure keeps its real shape and every trend its
// real length; what grows k times is the number of editions, metrics, figures and pages.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { toCsvLine } from '../data/csv.ts';
import { describeEdition, serialise, type DataPackage } from '../data/datapackage.ts';
import { layout } from '../data/layout.ts';
import { MAX_LABEL } from '../data/schemas/metric.ts';
import { MAX_TITLE } from '../data/schemas/source.ts';

const suffix = (id: string, copy: number) => `${id}-x${copy}`;

/** A name with its copy number, kept within the length the name is allowed. */
const withCopy = (name: string, copy: number, max: number) => `${name.slice(0, max - ` x${copy}`.length)} x${copy}`;

const column = (header: string[], name: string) => header.indexOf(name);

function readRows(file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
}

const writeRows = (file: string, rows: string[][]) => writeFileSync(file, rows.map((r) => `${toCsvLine(r)}\n`).join(''));

/** The rows of a CSV with the ids in `renamed` columns renamed for copy `copy`, `extra` changing others. */
function copiedRows(rows: string[][], copy: number, renamed: string[], extra?: (row: string[], header: string[]) => void): string[][] {
  const [header, ...body] = rows;
  const columns = renamed.map((name) => header!.indexOf(name));
  return body.map((row) => {
    const out = row.map((cell, i) => (columns.includes(i) && cell !== '' ? suffix(cell, copy) : cell));
    extra?.(out, header!);
    return out;
  });
}

/** Appends copies 2..scale of the rows of `data/<file>` to it. */
function multiplyCsv(dataDir: string, file: string, scale: number, renamed: string[], extra?: (row: string[], header: string[], copy: number) => void) {
  const full = path.join(dataDir, file);
  const rows = readRows(full);
  const copies = Array.from({ length: scale - 1 }, (_, i) => i + 2)
    .flatMap((copy) => copiedRows(rows, copy, renamed, extra && ((row, header) => extra(row, header, copy))));
  writeRows(full, [...rows, ...copies]);
}

/** Renames every metric and edition cited in a report's components (`metric="…"`, `metrics="… …"`, `edition="…"`). */
function copiedReport(mdx: string, copy: number): string {
  return mdx
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title} (copy ${copy})`)
    .replace(/\b(metric|edition)="([^"]+)"/g, (_, name: string, id: string) => `${name}="${suffix(id, copy)}"`)
    .replace(/\bmetrics="([^"]+)"/g, (_, ids: string) => `metrics="${ids.split(/\s+/).map((id) => suffix(id, copy)).join(' ')}"`);
}

/** Makes the project in `root` (a copy) `scale` times as big. Scale 1 leaves it as it is. */
export function multiplyProject(root: string, scale: number): void {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number of at least 1, not ${scale}`);
  if (scale === 1) return;
  const dataDir = path.join(root, 'data');
  const editions = readdirSync(path.join(dataDir, layout.editions));
  const sources = readRows(path.join(dataDir, layout.sources)).slice(1).map((row) => ({ id: row[0]!, title: row[1]! }));

  multiplyCsv(dataDir, layout.metrics, scale, ['id'], (row, header, copy) => {
    row[column(header, 'label')] = withCopy(row[column(header, 'label')]!, copy, MAX_LABEL);
  });
  multiplyCsv(dataDir, layout.sources, scale, ['id', 'edition'], (row, header, copy) => {
    row[column(header, 'title')] = withCopy(row[column(header, 'title')]!, copy, MAX_TITLE);
  });
  multiplyCsv(dataDir, layout.gaps, scale, ['edition', 'source', 'metric']);
  multiplyCsv(dataDir, layout.breaks, scale, ['metric']);
  // A correction that moved a figure to another measure names both measures in old and new.
  multiplyCsv(dataDir, layout.revisions, scale, ['edition', 'metric'], (row, header, copy) => {
    if (row[column(header, 'field')] !== 'metric') return;
    for (const name of ['old', 'new']) row[column(header, name)] = suffix(row[column(header, name)]!, copy);
  });

  for (let copy = 2; copy <= scale; copy++) {
    for (const source of sources) {
      copyFileSync(path.join(dataDir, layout.sourceText(source.id)), path.join(dataDir, layout.sourceText(suffix(source.id, copy))));
    }
    for (const edition of editions) copyEdition(root, edition, copy, sources);
  }
}

function copyEdition(root: string, edition: string, copy: number, sources: { id: string; title: string }[]) {
  const dataDir = path.join(root, 'data');
  const to = suffix(edition, copy);
  mkdirSync(path.join(dataDir, layout.editions, to));
  // A note naming another row ("Differs from <source> line 12") names that row's copy.
  const sourceIds = new RegExp(`\\b(${sources.map((s) => s.id).join('|')})(?![\\w-])`, 'g');
  for (const file of [layout.observations, layout.firstPublished]) {
    const rows = readRows(path.join(dataDir, file(edition)));
    writeRows(path.join(dataDir, file(to)), [rows[0]!, ...copiedRows(rows, copy, ['metric', 'source'], (row, header) => {
      row[column(header, 'note')] = row[column(header, 'note')]!.replace(sourceIds, (id) => suffix(id, copy));
    })]);
  }
  const descriptor = JSON.parse(readFileSync(path.join(dataDir, layout.datapackage(edition)), 'utf8')) as DataPackage;
  const copiedSources = descriptor.sources.map((s) => {
    const id = sources.find((x) => x.title === s.title)!.id;
    return { id: suffix(id, copy), title: withCopy(s.title, copy, MAX_TITLE) };
  });
  const { version, status, created } = descriptor;
  const csv = readFileSync(path.join(dataDir, layout.observations(to)));
  writeFileSync(path.join(dataDir, layout.datapackage(to)), serialise(describeEdition({ edition: to, sources: copiedSources, csv, version, status, created })));
  const report = path.join(root, 'content', 'reports', `${edition}.mdx`);
  writeFileSync(path.join(root, 'content', 'reports', `${to}.mdx`), copiedReport(readFileSync(report, 'utf8'), copy));
}
