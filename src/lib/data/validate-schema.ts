import type { z } from 'zod';
import type { CsvRow, CsvTable } from './csv.ts';
import { show, type Problem } from './problems.ts';

/** A parsed row together with where it came from. */
export interface Located<T> {
  row: T;
  file: string;
  line: number;
  /** The row's cells as written, for loaders that parse them again with the same schema. */
  cells: Record<string, string>;
  at: CsvTable['rows'][number]['at'];
}

/**
 * Layer 1: every row against its Zod schema. Each issue is reported at its cell, with the
 * column's description as the hint (or the issue's own, where it has one); rows with any issue are
 * left out of the later layers. `about` names the figure a row gives, so that problems the later
 * layers find only because the row was left out can be held back with it.
 */
export function validateRows<S extends z.ZodObject>(
  table: CsvTable,
  schema: S,
  about?: (row: CsvRow) => NonNullable<Problem['about']>,
): { rows: Located<z.output<S>>[]; problems: Problem[] } {
  const rows: Located<z.output<S>>[] = [];
  const problems: Problem[] = [];
  for (const csvRow of table.rows) {
    const whole = { line: csvRow.line, column: 1, sheet: { row: csvRow.sheetRow } };
    const place = (column: string) => ({ file: table.file, stage: 'cell' as const, ...(csvRow.at[column] ?? whole), ...(about ? { about: about(csvRow) } : {}) });
    const unsafe = Object.entries(csvRow.cells).flatMap(([column, value]) => {
      const issue = unsafeCell(value);
      return issue ? [{ ...place(column), message: `${column} ${issue.message}`, hint: issue.hint, found: value }] : [];
    });
    if (unsafe.length > 0) {
      problems.push(...unsafe);
      continue;
    }
    const result = schema.safeParse(csvRow.cells);
    const issues = result.success ? [] : result.error.issues;
    const rowProblems: Problem[] = [];
    for (const [column, value] of Object.entries(csvRow.cells)) {
      const padding = PROSE_COLUMNS.has(column) ? undefined : paddingOf(value);
      if (!padding) continue;
      const own = issues.filter((issue) => String(issue.path[0] ?? '') === column);
      // Where the column's own check has more to say than the space ("2,104 "), its message names the whole fix.
      const columnSchema = schema.shape[column] as z.ZodType | undefined;
      if (own.length > 0 && !columnSchema?.safeParse(value.trim()).success) continue;
      issues.splice(0, issues.length, ...issues.filter((issue) => !own.includes(issue)));
      rowProblems.push({
        ...place(column), found: value,
        message: `${column} ${show(value, 40)} ${padding.says}: delete ${padding.count === 1 ? 'it' : 'them'}, so that the cell ${value.trim() === '' ? 'is empty' : `reads ${show(value.trim(), 40)}`}`,
        hint: 'a space at either end of a cell is refused in every column but the written ones (note, description...): the CSV is published as it is, and other tools read "1966 " as text and "kent " as a different word from "kent"',
      });
    }
    for (const issue of issues) {
      const column = String(issue.path[0] ?? '');
      const description = (schema.shape[column] as z.ZodType | undefined)?.description;
      const ownHint = (issue as { params?: { hint?: string } }).params?.hint;
      rowProblems.push({
        ...place(column),
        message: issue.message,
        ...(column in csvRow.cells ? { found: csvRow.cells[column] } : {}),
        hint: ownHint ?? (description ? `${column}: ${description}` : 'check this row against the header'),
      });
    }
    if (result.success && rowProblems.length === 0) {
      rows.push({ row: result.data, file: table.file, line: csvRow.line, cells: csvRow.cells, at: csvRow.at });
    }
    problems.push(...rowProblems);
  }
  return { rows, problems };
}

/**
 * Columns of written text for readers, where spaces at either end are ignored (the text is shown
 * trimmed). Everywhere else a cell is a key, a number, a date or a quotation that the checks match
 * or read, and spaces at its ends are refused rather than trimmed: the committed CSV is what
 * readers download and what corrections are matched against, so a cell the site read one way and
 * the file says another ("1966 " is text to other tools, "kent " another word than "kent") would
 * be a quiet difference in the data. The message names exactly what to delete.
 */
const PROSE_COLUMNS = new Set([
  'note', 'description', 'definition', 'comparability', 'reason', 'title', 'label', 'period_label',
  'publisher', 'period_covered', 'original_file', 'licence',
]);

/** The spaces or other blanks at a cell's ends, in words, and how many there are. */
function paddingOf(value: string): { says: string; count: number } | undefined {
  const lead = value.slice(0, value.length - value.trimStart().length);
  const trail = value.slice(value.trimEnd().length);
  if (lead === '' && trail === '') return undefined;
  const blanks = (s: string) => (/^ +$/.test(s) ? (s.length === 1 ? 'a space' : `${s.length} spaces`) : 'blank characters (spaces, tabs or line breaks)');
  if (value.trim() === '') return { says: `holds only ${blanks(value)}`, count: value.length };
  const says = `has ${[lead && `${blanks(lead)} at its start`, trail && `${blanks(trail)} at its end`].filter(Boolean).join(' and ')}`;
  return { says, count: lead.length + trail.length };
}

/** The longest cell any data file may hold: the longest note so far is about a quarter of it. */
export const MAX_CELL_LENGTH = 2000;

/** Characters that hide or reorder text: zero-width spaces and joiners, and bidirectional controls. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/**
 * A cell that could do harm where the data goes next: one too long for any page to show, one a
 * spreadsheet would run as a formula when the CSV is downloaded and opened, or one holding
 * invisible characters that disguise it.
 */
export function unsafeCell(value: string): { message: string; hint: string } | undefined {
  if (value.length > MAX_CELL_LENGTH) {
    return { message: `is ${value.length.toLocaleString('en-GB')} characters long, more than the ${MAX_CELL_LENGTH.toLocaleString('en-GB')} a cell may hold`, hint: 'keep the cell to what a reader needs (a quote is the shortest words that state the figure); a cell this long is usually several cells run together by a missing quote mark or comma' };
  }
  const invisible = INVISIBLE.exec(value);
  if (invisible) {
    return { message: `holds an invisible character (U+${invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) at position ${invisible.index + 1}`, hint: 'delete it: zero-width and direction-changing characters hide what a cell says (retype the cell if you cannot see it)' };
  }
  if (/^[=+@\t\r]/.test(value) || (/^-/.test(value) && !/^-\d+(\.\d+)?$/.test(value))) {
    return { message: `starts with ${JSON.stringify(value[0])}, which a spreadsheet would run as a formula`, hint: 'start the cell with a word or a number; if a quote starts with the sign, quote from the first word after it' };
  }
  return undefined;
}
