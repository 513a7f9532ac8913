// Hostile cells: spreadsheet formulas, which would run when a downloaded CSV is opened, and
// invisible characters that disguise what a cell says. Each is refused at its cell, all at once.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/index.ts';

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
