// Hostile cells: spreadsheet formulas, which would run when a downloaded CSV is opened, invisible
// characters that disguise what a cell says, and input too big to show or to read. Each is refused
// at its cell (or, for a whole file, once), all at once. What is not refused is rendered inert in
// the built site: tests/site/hostile-build.test.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, loadDataset, type Problem } from '../../src/lib/data/index.ts';
import { MAX_CELL_LENGTH } from '../../src/lib/data/validate-schema.ts';

const validData = path.resolve(import.meta.dirname, '../fixtures/valid-data');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FIRST_ROW = 'children-in-care,kent,,,2024-03-31,as at 31 March 2024,1966,,demo-report,3,"we looked after 1,966 children",';
const METRIC = 'care-leavers,Care leavers,care-leavers,count,stock,neutral,Care leavers supported at a date.,,';

function problemsWith(rowEdit: (row: string) => string, metricEdit: (row: string) => string = (r) => r): string[] {
  const dir = mkdtempSync(path.join(scratch, 'data-'));
  cpSync(validData, dir, { recursive: true });
  const replace = (file: string, from: string, to: string) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(text).toContain(from);
    writeFileSync(path.join(dir, file), text.replace(from, to));
  };
  replace('editions/demo/observations.csv', FIRST_ROW, rowEdit(FIRST_ROW));
  replace('metrics.csv', METRIC, metricEdit(METRIC));
  // Only the cell checks are asked about here; the refused rows also fail the later checks.
  return loadDataset(dir, dir).problems
    .filter((p) => /formula|invisible/.test(p.message))
    .map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)
    .sort();
}

describe('hostile cells', () => {
  it('refuses spreadsheet formulas in any text cell, but not negative numbers', () => {
    const problems = problemsWith(
      (row) => `${row}"=HYPERLINK(""http://example.invalid"",""Click"")"`,
      (row) => row.replace('Care leavers supported at a date.', '@SUM(A1:A9)').replace('Care leavers,', '"+cmd|\' /C calc\'!A0",'),
    );
    expect(problems).toEqual([
      'editions/demo/observations.csv:2:109: note starts with "=", which a spreadsheet would run as a formula',
      'metrics.csv:3:14: label starts with "+", which a spreadsheet would run as a formula',
      'metrics.csv:3:68: definition starts with "@", which a spreadsheet would run as a formula',
    ]);
    expect(problemsWith((row) => `${row}-1+2`)).toEqual(['editions/demo/observations.csv:2:109: note starts with "-", which a spreadsheet would run as a formula']);
  });

  it('refuses invisible characters: zero-width spaces and right-to-left marks, in ids and text alike', () => {
    const problems = problemsWith(
      (row) => row.replace('children-in-care,kent', 'children-in-care\u200B,kent').replace('as at 31 March', 'as at 31\u202E March'),
    );
    expect(problems).toEqual([
      'editions/demo/observations.csv:2:1: metric holds an invisible character (U+200B) at position 17',
      'editions/demo/observations.csv:2:37: period_label holds an invisible character (U+202E) at position 9',
    ]);
  });
});

describe('oversized input', () => {
  /** A copy of the valid data with `edit` applied to it. */
  function dataWith(edit: (dir: string) => void): string {
    const dir = mkdtempSync(path.join(scratch, 'data-'));
    cpSync(validData, dir, { recursive: true });
    edit(dir);
    return dir;
  }
  const located = (problems: Problem[]) => problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);

  it('refuses a cell longer than any page can show, at its cell, and a metric label too long for a heading', () => {
    const note = 'a'.repeat(MAX_CELL_LENGTH + 1);
    const dir = dataWith((d) => {
      const file = path.join(d, 'editions/demo/observations.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace(FIRST_ROW, `${FIRST_ROW}${note}`));
      const metrics = path.join(d, 'metrics.csv');
      writeFileSync(metrics, readFileSync(metrics, 'utf8').replace(METRIC, METRIC.replace('Care leavers,', `${'Care leavers '.repeat(10)},`)));
    });
    const problems = located(loadDataset(dir, dir).problems);
    expect(problems).toContain('editions/demo/observations.csv:2:109: note is 2,001 characters long, more than the 2,000 a cell may hold');
    expect(problems).toContain('metrics.csv:3:14: label is longer than 120 characters: keep the short name here and put the rest in definition');
    // A cell of exactly the limit is no problem in itself.
    const atLimit = dataWith((d) => {
      const file = path.join(d, 'editions/demo/observations.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace(FIRST_ROW, `${FIRST_ROW}${'a'.repeat(MAX_CELL_LENGTH)}`));
    });
    expect(located(loadDataset(atLimit, atLimit).problems).filter((p) => p.includes('characters long'))).toEqual([]);
  });

  it('does not read a 50 MB CSV: one problem for the file, with what to do', () => {
    const dir = dataWith((d) => {
      const row = `${FIRST_ROW}\n`;
      const file = path.join(d, 'editions/demo/observations.csv');
      writeFileSync(file, readFileSync(file, 'utf8') + row.repeat(Math.ceil((50 * 2 ** 20) / row.length)));
    });
    const started = performance.now();
    const { problems } = loadDataset(dir, dir);
    const elapsed = performance.now() - started;
    const onFile = problems.filter((p) => p.file === 'editions/demo/observations.csv' && p.line === 0);
    expect(located(onFile)).toEqual(['editions/demo/observations.csv:0:0: the file is 50.0 MB, more than the 5.0 MB a data file may be, so it was not read']);
    expect(onFile[0]!.hint).toMatch(/right file/);
    console.log(`A 50 MB observations.csv was refused in ${elapsed.toFixed(0)} ms.`);
  });

  it('lists the first hundred problems of a file and counts the rest', () => {
    const dir = dataWith((d) => {
      const file = path.join(d, 'editions/demo/observations.csv');
      const bad = Array.from({ length: 250 }, (_, i) => FIRST_ROW.replace('1966', `x${i}`)).join('\n');
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${bad}\n`);
    });
    const { problems, summary } = loadDataset(dir, dir);
    const inFile = problems.filter((p) => p.file === 'editions/demo/observations.csv');
    expect(inFile.length).toBeGreaterThanOrEqual(250);
    const report = formatReport(problems, summary);
    expect(report.match(/^ {2}editions\/demo\/observations\.csv:\d+:\d+: /gm)).toHaveLength(100);
    expect(report).toContain(`  … and ${inFile.length - 100} more problems in this file, not shown`);
  });
});
