import Papa from 'papaparse';
import { decodeCsv } from './csv-encoding.ts';
import { headerProblem, separatorProblem } from './csv-header.ts';
import { columnLetter, type Problem, type SheetPlace } from './problems.ts';

/** Where a cell starts in its file, and where a spreadsheet shows it. */
export interface Position {
  line: number;
  column: number;
  sheet?: SheetPlace;
}

/** One data row of a CSV file, with the position of each cell for error messages. */
export interface CsvRow {
  /** Line on which the row starts (a quoted cell may carry it over several lines). */
  line: number;
  /** The row as a spreadsheet numbers it (the header is row 1). */
  sheetRow: number;
  /** Cell values by column name. */
  cells: Record<string, string>;
  /** Cell positions by column name. */
  at: Record<string, Position>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

export interface ColumnSpec {
  /** The column names a file must have, in the order a new file gets them. */
  required: readonly string[];
  /** A log that starts empty (revisions) may have a header and no rows. */
  mayBeEmpty?: boolean;
}

/**
 * Reads a CSV file (its bytes, or its text) into rows keyed by column name. Copes with a byte-order
 * mark, CRLF or LF line ends, and quoted cells holding commas, tabs, quotes and line breaks. Every
 * problem found is returned, not thrown. A file that cannot be read as this file's table (saved as
 * UTF-16 or with semicolons, a wrong header, an unclosed quote) gets one problem about its
 * structure, and no rows; a row with the wrong number of cells is left out.
 */
export function readCsv(content: string | Uint8Array, file: string, spec: ColumnSpec): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const table: CsvTable = { file, header: [], rows: [] };
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeCsv(content, file);
    if ('problem' in decoded) return { table, problems: [decoded.problem] };
    text = decoded.text;
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const expected = spec.required.join(',');
  if (body.trim() === '') {
    problems.push({
      file, line: 1, column: 1, stage: 'structure',
      message: 'the file is empty',
      hint: `start it with the header row: ${expected}`,
    });
    return { table, problems };
  }

  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const positionOf = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };

  const records: { cells: string[]; start: number; broken: boolean }[] = [];
  let start = 0;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    step: (result) => {
      const at = positionOf(start);
      for (const error of result.errors) {
        if (error.code === 'MissingQuotes') {
          problems.push({
            file, ...at, stage: 'structure', sheet: { row: records.length + 1 },
            message: 'a quoted cell is never closed: everything after its opening quote was swallowed',
            hint: 'add the closing double quote; a double quote inside a quoted cell is written twice ("")',
          });
        } else {
          // A malformed quote spoils its own row only: the row is left out, the others are read.
          problems.push({ file, ...at, stage: 'cell', sheet: { row: records.length + 1 }, message: error.message, hint: 'check the quoting of this row' });
        }
      }
      records.push({ cells: result.data, start, broken: result.errors.length > 0 });
      start = result.meta.cursor;
    },
  });

  // Blank lines are skipped, but counted: a spreadsheet shows them as empty rows.
  const [head, ...data] = records.map((r, i) => ({ ...r, sheetRow: i + 1 })).filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  if (!head) return { table, problems };
  // A file that cannot be read as its columns gets one problem, about that, and no rows.
  if (problems.some((p) => p.stage === 'structure')) return { table, problems };
  const headerOffsets = cellOffsets(body, head.start, head.cells.length);
  const wrong = separatorProblem(head.cells, spec.required, file)
    ?? headerProblem(head.cells, spec.required, file, (i) => positionOf(headerOffsets[i]!));
  if (wrong) return { table, problems: [...problems, wrong] };
  table.header = [...head.cells];
  if (data.length === 0 && !spec.mayBeEmpty) {
    problems.push({
      file, line: positionOf(head.start).line, column: 1, stage: 'structure',
      message: 'the file has a header row but no data rows',
      hint: 'add at least one row under the header',
    });
  }

  for (const record of data) {
    const offsets = cellOffsets(body, record.start, record.cells.length);
    const at = positionOf(record.start);
    if (record.broken) continue; // already reported: its cells cannot be trusted
    if (record.cells.length !== table.header.length) {
      problems.push({
        file, ...at, stage: 'cell', sheet: { row: record.sheetRow },
        message: `this row has ${record.cells.length} cells but the header has ${table.header.length} columns`,
        hint: 'a cell holding a comma must be wrapped in double quotes; otherwise add or remove commas so every row matches the header',
      });
      continue;
    }
    const row: CsvRow = { line: at.line, sheetRow: record.sheetRow, cells: {}, at: {} };
    table.header.forEach((name, i) => {
      row.cells[name] = record.cells[i]!;
      row.at[name] = { ...positionOf(offsets[i]!), sheet: { row: record.sheetRow, column: { letter: columnLetter(i), name } } };
    });
    table.rows.push(row);
  }
  return { table, problems };
}

/**
 * Offsets where each cell of a record starts. Papaparse reports only where a record ends, so this
 * walks the record's raw text: a quoted cell ends at its closing quote, a plain one at a comma.
 */
function cellOffsets(text: string, start: number, count: number): number[] {
  const offsets: number[] = [];
  let i = start;
  for (let cell = 0; cell < count; cell++) {
    offsets.push(i);
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') i += 2;
        else if (text[i] === '"') { i++; break; }
        else i++;
      }
    }
    while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
    i++;
  }
  return offsets;
}

/** One CSV record as this project writes them: a cell holding a comma, quote or line break is quoted, its quotes doubled. */
export function toCsvLine(cells: readonly string[]): string {
  return cells.map((v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
}
