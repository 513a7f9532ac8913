import { toCsvLine, type CsvRow, type CsvTable } from './csv.ts';
import { show, type Problem } from './problems.ts';
import { ADDED, FIELDS, MOVABLE, type Revision } from './schemas/revision.ts';
import type { Located } from './validate-schema.ts';

/** The columns that name a figure: the four a move corrects, and the period. */
const NAME = [...MOVABLE, 'period'] as const;

type Cells = Record<string, string>;
const cell = (cells: Cells, column: string) => (cells[column] ?? '').trim();
const figureKey = (cells: Cells) => MOVABLE.map((c) => cell(cells, c)).join('\u001f');
const fullKey = (cells: Cells) => `${figureKey(cells)}\u001f${cell(cells, 'period')}`;
const describe = (cells: Cells) => show(NAME.map((c) => cell(cells, c)).filter(Boolean).join(', '));
const names = (field: string) => (NAME as readonly string[]).includes(field);

/** The figure a revision names: as the observations file gave it once the corrections of its version were made. */
const namedBy = (row: Revision): Cells => ({ metric: row.metric, series: row.series, breakdown: row.breakdown ?? '', category: row.category ?? '', period: row.period ?? '' });

/**
 * A published edition's figures must be the figures as first published with each correction in
 * `data/revisions.csv` applied in order of version. So no published value changes unrecorded, and
 * each revision's `old` is checked against what was really published before it.
 *
 * The rows of one figure in one version name it alike (as the file gave it after that version),
 * so they are applied together, the figure found by its name before the version: the rows' order
 * does not matter, and a row written for an earlier version never needs editing when a later one
 * moves the figure again.
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
  // An added figure's row holds only its name: its other cells are taken from the file.
  const working: Cells[] = first.rows.map((r) => ({ ...r.cells }));
  // Names a revision failed to give a figure: later rows of that figure fail because of it, and are not reported again.
  const broken = new Set<string>();
  let unresolved = false;
  // The rows added by a revision, with the revision, which must each find their row in the file.
  const added = new Map<Cells, Located<Revision>>();

  const ordered = [...revisions].sort((a, b) => compareVersions(a.row.version, b.row.version));
  for (const [version, inVersion] of Map.groupBy(ordered, (r) => r.row.version)) {
    const groups = [...Map.groupBy(inVersion, (r) => fullKey(namedBy(r.row))).values()];
    // Every figure is found as it was before the version, so two figures may even swap names.
    const claimed = new Set<Cells>();
    const found = groups.map((group) => [group, find(group, version, claimed)] as const);
    for (const [group, target] of found) {
      if (target === 'add') add(group);
      else if (target) apply(group, target);
      else { unresolved = true; broken.add(fullKey(namedBy(group[0]!.row))); }
    }
  }

  /** The figure a version's rows of one figure correct, as it was before them. */
  function find(group: Located<Revision>[], version: string, claimed: Set<Cells>): Cells | 'add' | undefined {
    const adding = group.find((r) => r.row.field === ADDED.field);
    if (adding) {
      for (const r of group.filter((r) => r !== adding)) {
        problems.push({
          file: r.file, ...r.at.field!,
          message: `this figure is added in version ${version} (line ${adding.line}), so it has no earlier ${r.row.field} to correct in that version`,
          hint: 'remove this row: an added figure is taken as the observations file gives it',
        });
      }
      return 'add';
    }
    // Undo the version's corrections to the name, latest first, to get the name before them.
    const before = namedBy(group[0]!.row);
    for (const r of [...group].reverse()) {
      const { field } = r.row;
      if (!names(field)) continue;
      if (r.row.new.trim() !== before[field]) {
        problems.push({
          file: r.file, ...r.at.new!,
          message: `new is ${show(r.row.new)}, but the row names the figure's ${field} as ${show(before[field]!)}`,
          hint: `new must be the ${field} the observations file gives the figure after this correction, as the row's ${field} column does`,
        });
        return undefined;
      }
      before[field] = r.row.old.trim();
    }
    const candidates = working.filter((w) => !claimed.has(w) && fullKey(w) === fullKey(before));
    if (candidates.length === 0) {
      if (broken.has(fullKey(before))) return undefined;
      problems.push({
        file: group[0]!.file, ...group[0]!.at.metric!,
        message: `edition ${edition} as published (with the corrections of earlier versions) has no figure ${describe(before)}`,
        hint: `name the figure as the observations file gave it once the corrections of version ${version} were made (as it gives it now, unless a later version corrected it again), and the column corrected by its old value`,
      });
      return undefined;
    }
    // Of two rows of the same figure (a source that gives it twice), the one holding the old values.
    const olds = group.filter((r) => !names(r.row.field));
    const target = candidates.find((w) => olds.every((r) => !(r.row.field in w) || cell(w, r.row.field) === r.row.old.trim())) ?? candidates[0]!;
    claimed.add(target);
    return target;
  }

  function apply(group: Located<Revision>[], target: Cells) {
    for (const r of group) {
      const { field } = r.row;
      // An added figure's cells as added are not known (only as the file gives them now), so its first correction's old is taken on trust.
      if (!names(field) && field in target && cell(target, field) !== r.row.old.trim()) {
        problems.push({
          file: r.file, ...r.at.old!,
          message: `old is ${show(r.row.old)}, but the published ${field} of this figure was ${show(cell(target, field))}`,
          hint: 'old must be exactly what was published before this correction',
        });
      }
      target[field] = r.row.new;
    }
  }

  /** One more row of the figure: the file must have it (compared below, once later corrections have renamed it). */
  function add(group: Located<Revision>[]) {
    const r = group.find((g) => g.row.field === ADDED.field)!;
    const row = namedBy(r.row);
    working.push(row);
    added.set(row, r);
  }

  // A revision that could not be replayed leaves the figures half-corrected: comparing them with the file would only repeat it.
  if (unresolved) return problems;

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
  // An added figure is only ever the row of the file with its exact name: it has no published cells to recognise it by.
  const leftover = [...published.values()].flat().filter((w) => {
    const r = added.get(w);
    if (r) {
      problems.push({
        file: r.file, ...r.at.metric!,
        message: `the observations file has no ${working.some((o) => o !== w && fullKey(o) === fullKey(w)) ? 'other row of the figure' : 'figure'} ${describe(w)} for this revision to add`,
        hint: 'name the added figure by its metric, series, breakdown, category and period exactly as the observations file gives them; one revision adds one row',
      });
    }
    return !r;
  });
  for (const row of unmatched) {
    // A row whose period alone changed is the same figure, re-dated; one whose name changed but
    // that quotes the same words from the same line is the same figure, moved.
    let index = leftover.findIndex((w) => figureKey(w) === figureKey(row.cells));
    if (index === -1) index = movedFrom(row.cells, leftover);
    if (index !== -1) pairs.push([row, leftover.splice(index, 1)[0]!]);
    else {
      problems.push({
        file: current.file, line: row.line, column: 1,
        message: `figure ${describe(row.cells)} is not in edition ${edition} as published, and ${revisionsFile} records no figure added`,
        hint: `if the first version missed this figure, add this row to ${revisionsFile} and write at its end where the figure comes from, then run \`npm run datapackage -- ${edition}\`:\n    ${revisionRow(edition, nextVersion, row.cells, ADDED.field, ADDED.old, ADDED.new)}\n    A figure that is new in a later document goes in that document's edition instead.`,
      });
    }
  }
  for (const w of leftover) {
    problems.push({
      file: current.file, line: 0, column: 0,
      message: `figure ${describe(w)} was published in edition ${edition} but is no longer in the file`,
      hint: `put the row back as it is in ${first.file}; a wrong figure is corrected or moved with a row in ${revisionsFile}, never deleted`,
    });
  }

  for (const [row, was] of pairs.sort((a, b) => a[0].line - b[0].line)) {
    for (const column of current.header) {
      if (!(column in was)) continue; // an added figure: taken as the file gives it
      if (cell(row.cells, column) === cell(was, column)) continue;
      const revisable = (FIELDS as readonly string[]).includes(column);
      problems.push({
        file: current.file, ...(row.at[column] ?? { line: row.line, column: 1 }),
        message: `${column} is ${show(cell(row.cells, column))}, but edition ${edition} ${revisions.length > 0 ? 'as published, with its recorded corrections, has' : 'was published with'} ${show(cell(was, column))}, and ${revisionsFile} records no such correction`,
        hint: revisable
          ? `if this corrects a mistake, add this row to ${revisionsFile} and write the reason at its end, then run \`npm run datapackage -- ${edition}\`:\n    ${revisionRow(edition, nextVersion, row.cells, column, cell(was, column), cell(row.cells, column))}`
          : `${column} cannot be corrected in a published edition: put back ${show(cell(was, column))}`,
      });
    }
  }
  return problems;
}

/** The published row a renamed row of the file most likely is: the same words from the same line, the name least changed. */
function movedFrom(cells: Cells, leftover: Cells[]): number {
  const same = (w: Cells) => ['source', 'line', 'quote'].every((c) => c in w && cell(w, c) === cell(cells, c));
  const changes = (w: Cells) => NAME.filter((c) => cell(w, c) !== cell(cells, c)).length;
  let best = -1;
  leftover.forEach((w, i) => {
    if (same(w) && (best === -1 || changes(w) < changes(leftover[best]!))) best = i;
  });
  return best;
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

/** A ready-to-paste row of `revisions.csv`, dated today, naming the figure as the file gives it now, with the reason left to write. */
function revisionRow(edition: string, version: string, cells: Cells, field: string, old: string, now: string): string {
  const today = new Date().toISOString().slice(0, 10);
  return toCsvLine([today, edition, version, ...NAME.map((c) => cell(cells, c)), field, old, now, '']);
}
