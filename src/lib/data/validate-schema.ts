import type { z } from 'zod';
import type { CsvTable } from './csv.ts';
import type { Problem } from './problems.ts';

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
 * column's description as the hint; rows with any issue are left out of the later layers.
 */
export function validateRows<S extends z.ZodObject>(table: CsvTable, schema: S): { rows: Located<z.output<S>>[]; problems: Problem[] } {
  const rows: Located<z.output<S>>[] = [];
  const problems: Problem[] = [];
  for (const csvRow of table.rows) {
    const unsafe = Object.entries(csvRow.cells).flatMap(([column, value]) => {
      const issue = unsafeCell(value);
      return issue ? [{ file: table.file, ...(csvRow.at[column] ?? { line: csvRow.line, column: 1 }), message: `${column} ${issue.message}`, hint: issue.hint, found: value }] : [];
    });
    if (unsafe.length > 0) {
      problems.push(...unsafe);
      continue;
    }
    const result = schema.safeParse(csvRow.cells);
    if (result.success) {
      rows.push({ row: result.data, file: table.file, line: csvRow.line, cells: csvRow.cells, at: csvRow.at });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      const at = csvRow.at[column] ?? { line: csvRow.line, column: 1 };
      const description = (schema.shape[column] as z.ZodType | undefined)?.description;
      problems.push({
        file: table.file,
        ...at,
        message: issue.message,
        ...(column in csvRow.cells ? { found: csvRow.cells[column] } : {}),
        hint: description ? `${column}: ${description}` : 'check this row against the header',
      });
    }
  }
  return { rows, problems };
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
