import { collapseReformattedDates } from './reformatted-dates.ts';
import { STAGES, stageOf, triage } from './root-causes.ts';

/**
 * How far a check got when it found a problem, in the order the checks run. A problem of an
 * earlier stage is a possible cause of later ones: a file that cannot be read makes every figure
 * in it look missing to the cross-file checks and to the prose.
 */
export type Stage = 'structure' | 'cell' | 'cross-check' | 'prose';

/** Where a spreadsheet shows a CSV cell: its row (the header is row 1) and its column. */
export interface SheetPlace {
  /** 1-based row, counting the header row, as a spreadsheet numbers it (a quoted line break does not start a row). */
  row: number;
  /** The column as a spreadsheet letters it (A, B, ... Z, AA) and its name in the header; absent for a whole row. */
  column?: { letter: string; name: string };
}

/** One thing wrong with the data, located so that an editor can jump to it. */
export interface Problem {
  /** Path of the file, relative to the project root (e.g. `data/metrics.csv`). */
  file: string;
  /** 1-based line in that file; 0 when the problem is about the file as a whole. */
  line: number;
  /** 1-based character column in that line; 0 when not about one place. */
  column: number;
  /** What is wrong, in plain words, quoting the value found. */
  message: string;
  /** How to fix it. */
  hint: string;
  /** The cell's text as found, when the problem is about one cell. */
  found?: string;
  /** In a CSV file, the row and column as a spreadsheet shows them. */
  sheet?: SheetPlace;
  /** Which check found it; without one, a cross-file check. */
  stage?: Stage;
  /** The figures it is about, so that a problem caused by an unreadable row can be held back with it. */
  about?: { edition: string; metric?: string };
}

/** The letters a spreadsheet gives the column at a 0-based index: A ... Z, AA, AB ... */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "row 14, column E (period)", as a spreadsheet user finds the cell. */
export function describeSheetPlace(place: SheetPlace): string {
  return `row ${place.row}${place.column ? `, column ${place.column.letter} (${place.column.name})` : ''}`;
}

/**
 * One problem: where (as editors link it: file, line and character), what, where a spreadsheet
 * shows it, the text found, and how to fix it. The first line keeps the `file:line:column:` form
 * that editors and tests read; the row and column letter follow on their own line.
 */
export function formatProblem(p: Problem): string {
  const sheet = p.sheet ? `\n    in the spreadsheet: ${describeSheetPlace(p.sheet)}` : '';
  const found = p.found === undefined ? '' : `\n    found: ${p.found === '' ? '(empty)' : show(p.found, 120)}`;
  return `${p.file}:${p.line}:${p.column}: ${p.message}${sheet}${found}\n    hint: ${p.hint}`;
}

/** Problems in file order, then line, then column, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Past this many problems in one file, a report stops listing them and counts the rest. */
export const SHOWN_PER_FILE = 100;

export function formatReport(problems: readonly Problem[], checked: string): string {
  if (problems.length === 0) return `0 errors: ${checked}`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const { shown, unreadable, heldBack } = triage(problems);
  // Grouped by file, so that each file can be opened once and fixed top to bottom; files with a
  // cause (a file that cannot be read, a refused cell) come before those with its consequences.
  const rank = (inFile: readonly Problem[]) => Math.min(...inFile.map((p) => STAGES.indexOf(stageOf(p))));
  const byFile = [...Map.groupBy(sortProblems(shown), (p) => p.file)]
    .sort(([a, inA], [b, inB]) => rank(inA) - rank(inB) || a.localeCompare(b));
  const heldIn = (file: string) => heldBack.filter((p) => p.file === file).length;
  const elsewhere = heldBack.filter((p) => !unreadable.has(p.file)).length;
  return [
    ...byFile.map(([file, inFile]) => [file, inFile, collapseReformattedDates(inFile)] as const).flatMap(([file, inFile, listed]) => [
      `${file}: ${plural(inFile.length, 'problem')}`,
      ...listed.slice(0, SHOWN_PER_FILE).map((p) => `  ${formatProblem(p).replace(/\n/g, '\n  ')}`),
      ...(listed.length > SHOWN_PER_FILE ? [`  … and ${plural(listed.length - SHOWN_PER_FILE, 'more problem')} in this file, not shown: a file this wrong usually has one cause (a wrong column, a missing quote mark), so fix the first ones and run again`] : []),
      ...(unreadable.has(file) ? [`  The rest of this file is not checked until this is fixed${heldIn(file) > 0 ? ` (${plural(heldIn(file), 'more problem')} held back)` : ''}.`] : []),
      '',
    ]),
    ...(elsewhere > 0 ? [
      `${plural(elsewhere, 'more problem')} ${elsewhere === 1 ? 'is' : 'are'} held back: ${elsewhere === 1 ? 'it' : 'they'} may only follow from the ${plural(shown.length, 'problem').replace(/^\d+ /, '')} above (a figure that could not be read looks missing to the other files and to the reports that cite it). Fix ${shown.length === 1 ? 'it' : 'those'} and run the check again.`,
      '',
    ] : []),
    `${plural(shown.length, 'error')} in ${plural(byFile.length, 'file')}${heldBack.length > 0 ? `, and ${heldBack.length} held back` : ''}; nothing can be published until they are fixed.`,
  ].join('\n');
}

/** Shortens a value for quoting in a message. */
export function show(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
