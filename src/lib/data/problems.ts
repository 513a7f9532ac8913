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
}

/** One problem: where (as editors link it), what, the text found, and how to fix it. */
export function formatProblem(p: Problem): string {
  const found = p.found === undefined ? '' : `\n    found: ${p.found === '' ? '(empty)' : show(p.found, 120)}`;
  return `${p.file}:${p.line}:${p.column}: ${p.message}${found}\n    hint: ${p.hint}`;
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
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  // Grouped by file, so that each file can be opened once and fixed top to bottom.
  const byFile = Map.groupBy(sortProblems(problems), (p) => p.file);
  return [
    ...[...byFile].flatMap(([file, inFile]) => [
      `${file}: ${plural(inFile.length, 'problem')}`,
      ...inFile.slice(0, SHOWN_PER_FILE).map((p) => `  ${formatProblem(p).replace(/\n/g, '\n  ')}`),
      ...(inFile.length > SHOWN_PER_FILE ? [`  … and ${plural(inFile.length - SHOWN_PER_FILE, 'more problem')} in this file, not shown: a file this wrong usually has one cause (a wrong column, a missing quote mark), so fix the first ones and run again`] : []),
      '',
    ]),
    `${plural(problems.length, 'error')} in ${plural(files, 'file')}; nothing can be published until they are fixed.`,
  ].join('\n');
}

/** Shortens a value for quoting in a message. */
export function show(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
