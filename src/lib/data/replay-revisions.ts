import { toCsvLine, type CsvRow, type CsvTable } from './csv.ts';
import { show, type Problem } from './problems.ts';
import { REVISABLE, type Revision } from './schemas/revision.ts';
import type { Located } from './validate-schema.ts';

/** The columns that name a figure; the period is also one a revision may correct. */
const NAMING = ['metric', 'series', 'breakdown', 'category'] as const;

type Cells = Record<string, string>;
const cell = (cells: Cells, column: string) => (cells[column] ?? '').trim();
const figureKey = (cells: Cells) => NAMING.map((c) => cell(cells, c)).join('\u001f');
const fullKey = (cells: Cells) => `${figureKey(cells)}\u001f${cell(cells, 'period')}`;
const describe = (cells: Cells) => show([...NAMING, 'period'].map((c) => cell(cells, c)).filter(Boolean).join(', '));

/**
 * A published edition's figures must be the figures as first published with each correction in
 * `data/revisions.csv` applied in order of version. So no published value changes unrecorded, and
 * each revision's `old` is checked against what was really published before it.
 */
export function replayRevisions(options: {
  edition: string;
  first: CsvTable;
  current: CsvTable;
  revisions: readonly Located<Revision>[];
  /** The version the next correction would carry, for the row the hint offers. */
  nextVersion: string;
  revisionsFile: string;
}): Problem[] {
  const { edition, first, current, revisions, nextVersion, revisionsFile } = options;
  const problems: Problem[] = [];
  const working: Cells[] = first.rows.map((r) => ({ ...r.cells }));

  const ordered = [...revisions].sort((a, b) => compareVersions(a.row.version, b.row.version));
  for (const r of ordered) {
    const { row } = r;
    const named: Cells = { metric: row.metric, series: row.series, breakdown: row.breakdown ?? '', category: row.category ?? '' };
    const period = row.field === 'period' ? row.old : row.period ?? '';
    const candidates = working.filter((w) => figureKey(w) === figureKey(named) && cell(w, 'period') === period.trim());
    if (candidates.length === 0) {
      problems.push({
        file: r.file, ...r.at.metric!,
        message: `edition ${edition} as published (with the corrections before this one) has no figure ${describe({ ...named, period })}`,
        hint: 'name the figure by its metric, series, breakdown, category and period as the observations file gives them now',
      });
      continue;
    }
    const target = candidates.find((w) => cell(w, row.field) === row.old.trim());
    if (!target) {
      problems.push({
        file: r.file, ...r.at.old!,
        message: `old is ${show(row.old)}, but the published ${row.field} of this figure was ${show(cell(candidates[0]!, row.field))}`,
        hint: 'old must be exactly what was published before this correction',
      });
    }
    (target ?? candidates[0]!)[row.field] = row.new;
  }

  // Pair each row of the file with the published row of the same figure, in file order.
  const published = new Map<string, Cells[]>();
  for (const w of working) published.set(fullKey(w), [...(published.get(fullKey(w)) ?? []), w]);
  const unmatched: CsvRow[] = [];
  const pairs: [CsvRow, Cells][] = [];
  for (const row of current.rows) {
    const match = published.get(fullKey(row.cells))?.shift();
    if (match) pairs.push([row, match]);
    else unmatched.push(row);
  }
  const leftover = [...published.values()].flat();
  // A row whose period alone changed is the same figure, re-dated.
  for (const row of unmatched) {
    const index = leftover.findIndex((w) => figureKey(w) === figureKey(row.cells));
    if (index !== -1) pairs.push([row, leftover.splice(index, 1)[0]!]);
    else {
      problems.push({
        file: current.file, line: row.line, column: 1,
        message: `figure ${describe(row.cells)} is not in edition ${edition} as published`,
        hint: 'a published edition keeps the figures it was published with: remove this row and add the figure to the next edition instead',
      });
    }
  }
  for (const w of leftover) {
    problems.push({
      file: current.file, line: 0, column: 0,
      message: `figure ${describe(w)} was published in edition ${edition} but is no longer in the file`,
      hint: `put the row back as it is in ${first.file}; a wrong figure is corrected with a row in ${revisionsFile}, never deleted`,
    });
  }

  for (const [row, was] of pairs.sort((a, b) => a[0].line - b[0].line)) {
    for (const column of current.header) {
      if (cell(row.cells, column) === cell(was, column)) continue;
      const revisable = (REVISABLE as readonly string[]).includes(column);
      problems.push({
        file: current.file, ...(row.at[column] ?? { line: row.line, column: 1 }),
        message: `${column} is ${show(cell(row.cells, column))}, but edition ${edition} ${revisions.length > 0 ? 'as published, with its recorded corrections, has' : 'was published with'} ${show(cell(was, column))}, and ${revisionsFile} records no such correction`,
        hint: revisable
          ? `if this corrects a mistake, add this row to ${revisionsFile} and write the reason at its end, then run \`npm run datapackage -- ${edition}\`:\n    ${revisionRow(edition, nextVersion, row.cells, column, cell(was, column))}`
          : `${column} cannot be corrected in a published edition: put back ${show(cell(was, column))}`,
      });
    }
  }
  return problems;
}

/** Negative when version a is older than b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The version after a correction: 1.0.0 becomes 1.0.1. */
export function nextPatch(version: string): string {
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

/** A ready-to-paste row of `revisions.csv`, dated today, with the reason left to write. */
function revisionRow(edition: string, version: string, cells: Cells, field: string, old: string): string {
  const today = new Date().toISOString().slice(0, 10);
  return toCsvLine([today, edition, version, ...NAMING.map((c) => cell(cells, c)), cell(cells, 'period'), field, old, cell(cells, field), '']);
}
