// The header row of a CSV file, checked as a whole: a file whose columns are wrong cannot have its
// rows read as the columns they should be, so one message names every slip in row 1 and nothing
// else in the file is checked until it is right.
import { SAVE_AS_CSV_UTF8 } from './csv-encoding.ts';
import { columnLetter, type Problem } from './problems.ts';

/** Where a header cell starts, for editors. */
type At = (index: number) => { line: number; column: number };

/**
 * The one problem with a file saved with semicolons or tabs between its cells: its header then
 * reads as a single cell. Undefined when the file is separated by commas.
 */
export function separatorProblem(header: readonly string[], required: readonly string[], file: string): Problem | undefined {
  if (header.length !== 1) return undefined;
  for (const [separator, name] of [[';', 'semicolons (;)'], ['\t', 'tabs']] as const) {
    const names = header[0]!.split(separator).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (names.filter((n) => required.includes(n)).length >= Math.min(2, required.length)) {
      return {
        file, line: 1, column: 1, stage: 'structure', sheet: { row: 1 },
        message: `the file is separated by ${name}, not by commas, so its columns cannot be told apart`,
        hint: `a spreadsheet saved it as another kind of CSV; save it again as CSV UTF-8, which separates cells with commas: ${SAVE_AS_CSV_UTF8}`,
      };
    }
  }
  return undefined;
}

/** The one problem with row 1, naming each missing, extra, renamed, repeated or padded column; undefined when it is right. */
export function headerProblem(raw: readonly string[], required: readonly string[], file: string, at: At): Problem | undefined {
  const slips: string[] = [];
  const fixes: string[] = [];
  let first: number | undefined;
  const slip = (index: number | undefined, text: string, fix: string) => {
    if (first === undefined && index !== undefined) first = index;
    slips.push(text);
    fixes.push(fix);
  };
  const names = raw.map((c) => c.trim());
  const missing = required.filter((name) => !names.includes(name));
  const renamed = new Set<string>();
  names.forEach((name, i) => {
    const L = columnLetter(i);
    if (names.indexOf(name) !== i && name !== '') {
      slip(i, `column ${L} repeats the heading ${JSON.stringify(name)}`, `delete column ${L}, or give it the heading it should have`);
    } else if (required.includes(name)) {
      if (raw[i] !== name) slip(i, `column ${L} is headed ${JSON.stringify(raw[i])}, with a space`, `delete the space in the heading of column ${L}`);
    } else {
      // A heading that differs only in case or spacing, or stands where a missing column belongs, was renamed.
      const meant = missing.find((m) => !renamed.has(m) && (simplify(m) === simplify(name) || (raw.length === required.length && required[i] === m)));
      if (meant) {
        renamed.add(meant);
        slip(i, `column ${L} is headed ${JSON.stringify(raw[i])}, not ${JSON.stringify(meant)}`, `rename column ${L} to ${meant}, exactly`);
      } else if (name === '') {
        slip(i, `column ${L} has no heading`, `delete column ${L} if it is empty (a spreadsheet may keep an empty column at the end), or give it its heading`);
      } else {
        slip(i, `column ${L} is headed ${JSON.stringify(raw[i])}, which is not one of this file's columns`, `delete column ${L}, or rename it to the column it should be`);
      }
    }
  });
  for (const name of missing.filter((m) => !renamed.has(m))) {
    const index = required.indexOf(name);
    const after = required[index - 1];
    slip(undefined, `there is no column ${JSON.stringify(name)}`, `put column ${name} back${after ? ` after ${after}` : ' first'} (it was column ${columnLetter(index)}); if it was deleted with its cells, undo that or copy them back from the last saved copy (its cells may be empty where a row has nothing to say)`);
  }
  if (slips.length === 0) return undefined;
  return {
    file, ...(first === undefined ? { line: 1, column: 1 } : at(first)), stage: 'structure',
    sheet: first === undefined ? { row: 1 } : { row: 1, column: { letter: columnLetter(first), name: names[first]! } },
    message: `the header row is wrong: ${slips.join('; ')}`,
    hint: `${fixes.join('; ')}. Row 1 must name these ${required.length} columns, ${columnLetter(0)} to ${columnLetter(required.length - 1)}: ${required.join(',')}. Nothing else in this file is checked until it does.`,
  };
}

const simplify = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
