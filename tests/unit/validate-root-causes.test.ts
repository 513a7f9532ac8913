// A file a spreadsheet saved the wrong way, or with a column removed, once made `npm run validate`
// print hundreds of problems in five files, the report prose first, without naming the cause. Here
// the real command runs on copies of the project, each with one such slip in an edition's figures,
// and must print that one cause first, hold back the rest, and still fail.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../src/lib/bench/project-copy.ts';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'root-causes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FILE = 'data/editions/2025/observations.csv';
const rowsOf = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

function validateWith(edit: (csv: string) => string | Buffer): { status: number | null; lines: string[] } {
  const copy = copyProject(root, scratch);
  const file = path.join(copy, FILE);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const run = spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: copy, encoding: 'utf8' });
  return { status: run.status, lines: (run.stdout + run.stderr).trimEnd().split('\n') };
}

describe('npm run validate on a file that cannot be read as its columns', () => {
  it.each([
    ['with a column removed', (csv: string) => Papa.unparse(rowsOf(csv).map((r) => [...r.slice(0, 7), ...r.slice(8)]), { newline: '\n' }), '1:1: the header row is wrong: there is no column "qualifier"', 'put column qualifier back after value'],
    ['saved with semicolons', (csv: string) => Papa.unparse(rowsOf(csv), { delimiter: ';', newline: '\r\n' }), '1:1: the file is separated by semicolons (;), not by commas', 'Save As'],
    ['saved as UTF-16', (csv: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]), '0:0: the file is saved as UTF-16', 'Save As'],
  ])('%s: one root cause first, everything else held back', (_, edit, cause, fix) => {
    const { status, lines } = validateWith(edit);
    expect(status).toBe(1);
    expect(lines[0]).toBe(`${FILE}: 1 problem`);
    expect(lines[1]).toContain(`${FILE}:${cause}`);
    expect(lines.slice(1, 5).join('\n')).toContain(fix);
    // No other file's problem is shown: the prose and the descriptor only follow from this one.
    expect(lines.filter((l) => /^\S+: \d+ problems?$/.test(l))).toEqual([`${FILE}: 1 problem`]);
    expect(lines).toContain('  The rest of this file is not checked until this is fixed (163 more problems held back).');
    expect(lines.at(-1)).toMatch(/^1 error in 1 file, and \d+ held back; nothing can be published until they are fixed\.$/);
  });
});

describe('npm run validate on a file whose dates a spreadsheet reformatted', () => {
  it('says once that the column was reformatted, with the rows and the first cells\' exact text, and still counts every cell', () => {
    // What a spreadsheet's save does to the period column: every ISO date becomes 31/03/2025.
    let changed = 0;
    const { status, lines } = validateWith((csv) => Papa.unparse(rowsOf(csv).map((r, i) => {
      const m = i > 0 ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(r[4]!) : null;
      if (!m) return r;
      changed++;
      return [...r.slice(0, 4), `${m[3]}/${m[2]}/${m[1]}`, ...r.slice(5)];
    }), { newline: '\n' }));
    expect(status).toBe(1);
    expect(changed).toBeGreaterThan(5);
    const summaries = lines.filter((l) => l.includes('are written as a spreadsheet shows dates'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatch(new RegExp(`^  ${FILE}:\\d+:\\d+: ${changed} dates in column E \\(period\\), rows (\\d+, )+\\d+ and \\d+, are written as a spreadsheet shows dates, such as "\\d\\d/\\d\\d/\\d{4}": the spreadsheet changed the whole column when it saved the file$`));
    const hint = lines[lines.indexOf(summaries[0]!) + 2]!;
    expect(hint).toContain(`the quickest fix is to undo that save (git checkout -- ${FILE}`);
    expect(hint).toMatch(/Otherwise write each date as YYYY-MM-DD: row \d+: \d{4}-\d\d-\d\d; row \d+: \d{4}-\d\d-\d\d; /);
    // No cell's own message is repeated beside the summary; every cell still counts as an error.
    expect(lines.filter((l) => l.includes('is a date as a spreadsheet shows it'))).toEqual([]);
    expect(lines).toContain(`${FILE}: ${changed} problems`);
  });
});
