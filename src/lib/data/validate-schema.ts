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
