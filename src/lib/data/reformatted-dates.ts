// A spreadsheet that re-saves a CSV rewrites every date of a column in its own format (31/03/2025),
// which gives one problem per row. Past a few in one column, the report says it once, as what it
// is: the column was reformatted. Each cell still counts, and its own ISO text is listed.
import { TYPE_DATES_AS_TEXT } from './period.ts';
import { describeSheetPlace, type Problem } from './problems.ts';

/** From this many reformatted dates in one column, they are reported as one. */
export const REFORMATTED_COLUMN = 3;
/** How many of the cells' own corrections the summary lists. */
const LISTED = 5;

/** "rows 7, 12 and 30", or past ten, "rows 2 to 164". */
function rowList(rows: number[]): string {
  if (rows.length > 10) return `rows ${rows[0]} to ${rows.at(-1)}`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`;
}

/** The corrected text a reformatted date's message gives ("write 2025-03-31"), or the message. */
const correction = (p: Problem) => /: write (\S+)/.exec(p.message)?.[1];

/**
 * The problems with each column's run of reformatted dates replaced by one summary, which names the
 * column, the rows and the first cells' exact text to write. `count` of a summary is how many it holds.
 */
export function collapseReformattedDates(problems: readonly Problem[]): (Problem & { count?: number })[] {
  const key = (p: Problem) => (p.hint === TYPE_DATES_AS_TEXT && p.sheet?.column ? `${p.file}\n${p.sheet.column.letter}` : undefined);
  const runs = Map.groupBy(problems.filter((p) => key(p) !== undefined), (p) => key(p)!);
  const out: (Problem & { count?: number })[] = [];
  const done = new Set<string>();
  for (const p of problems) {
    const k = key(p);
    const run = k === undefined ? undefined : runs.get(k);
    if (!run || run.length < REFORMATTED_COLUMN) { out.push(p); continue; }
    if (done.has(k!)) continue;
    done.add(k!);
    const rows = run.map((r) => r.sheet!.row);
    const column = describeSheetPlace({ row: 0, column: p.sheet!.column! }).replace(/^row 0, /, '');
    const listed = run.slice(0, LISTED).map((r) => `row ${r.sheet!.row}: ${correction(r) ?? r.found ?? ''}`).join('; ');
    const { found: _, ...place } = p;
    out.push({
      ...place,
      count: run.length,
      message: `${run.length} dates in ${column}, ${rowList(rows)}, are written as a spreadsheet shows dates, such as ${JSON.stringify(p.found ?? '')}: the spreadsheet changed the whole column when it saved the file`,
      hint: `if you saved this file from a spreadsheet, the quickest fix is to undo that save (git checkout -- ${p.file}, or ask a developer) and make your changes again in a text editor, or in the spreadsheet with ${column} formatted as Text first. Otherwise write each date as YYYY-MM-DD: ${listed}${run.length > LISTED ? `; and ${run.length - LISTED} more the same way` : ''}`,
    });
  }
  return out;
}
