// The bad-file corpus: each file in tests/fixtures/bad-observations/ replaces the observations of
// a small valid dataset, and must give exactly the expected problems at the expected places.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, loadDataset } from '../../src/lib/data/index.ts';
import { sortProblems } from '../../src/lib/data/problems.ts';
import { triage } from '../../src/lib/data/root-causes.ts';
import { describeEdition, serialise } from '../../src/lib/data/datapackage.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const validData = path.join(fixtures, 'valid-data');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'validate-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FILE = 'editions/demo/observations.csv';

/** [file, line, column, message] of every problem, in order. */
const expected: Record<string, [string, number, number, string][]> = {
  // A file that cannot be read as its columns: one problem naming the cause, and nothing else.
  'missing-column': [[FILE, 1, 1, 'the header row is wrong: there is no column "quote"']],
  'unknown-column': [[FILE, 1, 93, 'the header row is wrong: column M is headed "comment", which is not one of this file\'s columns']],
  'renamed-column': [[FILE, 1, 34, 'the header row is wrong: column E is headed "Period", not "period"']],
  semicolons: [[FILE, 1, 1, 'the file is separated by semicolons (;), not by commas, so its columns cannot be told apart']],
  tabs: [[FILE, 1, 1, 'the file is separated by tabs, not by commas, so its columns cannot be told apart']],
  'utf-16-with-bom': [[FILE, 0, 0, 'the file is saved as UTF-16 ("Unicode Text"), not as UTF-8, so it cannot be read']],
  'utf-16-without-bom': [[FILE, 0, 0, 'the file is saved as UTF-16 ("Unicode Text"), not as UTF-8, so it cannot be read']],
  'windows-1252': [[FILE, 6, 81, 'the file is not saved as UTF-8: line 6 has a character UTF-8 cannot read (byte 0xA3), as a spreadsheet\'s plain "CSV" writes £, é or curly quotes']],
  // Dates and numbers as a UK spreadsheet shows them: the exact text to write instead.
  'uk-date': [[FILE, 2, 25, 'period "31/03/2024" is a date as a spreadsheet shows it: write 2024-03-31 (31 March 2024)']],
  'uk-period': [[FILE, 6, 24, 'period "01/04/2023 - 31/03/2024" is a period as a spreadsheet shows it: write 2023-04-01/2024-03-31 (1 April 2023 to 31 March 2024)']],
  'thousands-and-space': [[FILE, 2, 56, 'value "2,104 " has a thousands separator and a space at its end: write 2104 in value']],
  'percent-sign': [[FILE, 7, 43, 'value "61.2%" has a % sign: write 61.2 in value; the % comes from the metric\'s unit (percent, in data/metrics.csv)']],
  'money-in-millions': [[FILE, 6, 54, 'value "£1.5m" has a £ sign and "m" for million: write 1500000 in value; the £ comes from the metric\'s unit (gbp, in data/metrics.csv)']],
  // A space at either end of a cell is refused in every column that is not written text, saying what to delete.
  'space-after-value': [[FILE, 2, 56, 'value "1966 " has a space at its end: delete it, so that the cell reads "1966"']],
  'space-after-series': [[FILE, 2, 18, 'series "kent " has a space at its end: delete it, so that the cell reads "kent"']],
  'space-after-quote': [[FILE, 5, 54, 'quote "over 1,800 care leavers " has a space at its end: delete it, so that the cell reads "over 1,800 care leavers"']],
  empty: [[FILE, 1, 1, 'the file is empty']],
  'header-only': [[FILE, 1, 1, 'the file has a header row but no data rows']],
  'non-numeric-value': [[FILE, 2, 56, 'value "lots" is not a number: write digits only, with "." for decimals (1966, 61.2)']],
  'thousands-separator': [[FILE, 2, 56, 'value "1,966" has a thousands separator: write 1966 in value']],
  'percentage-over-100': [[FILE, 2, 39, 'value 161.2 is not a percentage between 0 and 100']],
  'negative-count': [[FILE, 2, 51, 'value -35 is not a count: metric "children-in-care" counts whole things, so its values are whole numbers from 0 up']],
  'bad-date': [[FILE, 2, 25, 'period "2024-02-30" is not a real date in the form YYYY-MM-DD, YYYY-MM or YYYY']],
  'bad-interval': [[FILE, 2, 25, 'period "2024-03-31/2023-04-01" ends before it starts']],
  'flow-on-one-day': [[FILE, 2, 25, 'period "2024-03-31" is one date, but metric "children-adopted" counts a flow over a period']],
  'unknown-metric': [[FILE, 2, 1, 'unknown metric "children-in-kare"']],
  'unknown-source': [[FILE, 2, 62, 'unknown source "demo-reprot"']],
  'unknown-series': [[FILE, 3, 18, 'series "scotland" is not one of: kent, target, england, south-east, statistical-neighbours, forecast']],
  'unknown-edition': [
    ['editions/unknown-edition/observations.csv', 0, 0, 'edition "unknown-edition" has no source document in sources.csv'],
    ['editions/unknown-edition/observations.csv', 2, 62, 'source "demo-report" belongs to edition "demo", not to this edition "unknown-edition"'],
  ],
  'duplicate-row': [[FILE, 3, 1, 'duplicate row: the same metric, series, breakdown and period as line 2']],
  'two-values': [[FILE, 3, 56, 'two values for the same figure: 1554 here and 1966 on line 2 (metric children-in-care, series kent, period 2024-03-31)']],
  'parts-do-not-add-up': [[FILE, 2, 56, 'the parts (Unaccompanied asylum-seeking children 400 on line 3, Citizen children 1554 on line 4) add up to 1954, not to this total 1966']],
  'quote-not-on-line': [[FILE, 2, 76, 'the quote "we looked after 1,966 children" is not on line 4 of source "demo-report"']],
  'quote-not-stating-value': [[FILE, 2, 56, 'the quote does not state the value 1967: it states 1,966']],
  'missing-qualifier': [[FILE, 2, 35, 'the quote says "over 1,800" but qualifier is empty']],
  'line-past-end': [[FILE, 2, 74, 'line 30 is past the end of source "demo-report", which has 12 lines']],
  bom: [[FILE, 2, 56, 'value "x" is not a number: write digits only, with "." for decimals (1966, 61.2)']],
  crlf: [[FILE, 3, 62, 'unknown source "demo-reprot"']],
  'unclosed-quote': [[FILE, 2, 1, 'a quoted cell is never closed: everything after its opening quote was swallowed']],
};

function validateWith(fixture: string) {
  const dir = mkdtempSync(path.join(scratch, `${fixture}-`));
  cpSync(validData, dir, { recursive: true });
  const edition = fixture === 'unknown-edition' ? 'unknown-edition' : 'demo';
  mkdirSync(path.join(dir, 'editions', edition), { recursive: true });
  const csvFile = path.join(dir, 'editions', edition, 'observations.csv');
  copyFileSync(path.join(fixtures, 'bad-observations', `${fixture}.csv`), csvFile);
  // The corpus is about observations, so each bad file gets a descriptor that matches it.
  const sources = loadDataset(validData, validData).dataset.sources.map((s) => s.row).filter((s) => s.edition === edition);
  const descriptor = describeEdition({ edition, sources, csv: readFileSync(csvFile), version: '0.1.0', status: 'draft' });
  writeFileSync(path.join(dir, 'editions', edition, 'datapackage.json'), serialise(descriptor));
  return loadDataset(dir, dir);
}

describe('the valid fixture dataset', () => {
  it('has no problems, and reads every figure', () => {
    const { problems, dataset } = loadDataset(validData, validData);
    expect(problems).toEqual([]);
    expect(dataset.observations.map((o) => o.row.value)).toEqual([1966, 412, 1554, 1800, 1505680.47, 61.2, 7]);
    expect(dataset.observations[3]!.row.qualifier).toBe('over');
    expect(dataset.gaps.map((g) => [g.row.metric, g.row.reason])).toEqual([['placement-stability', 'chart-lost']]);
  });
});

describe('gaps.csv', () => {
  it('checks each gap\'s edition, source, metric, reason and quote, and what a measure not reported may hold', () => {
    const dir = mkdtempSync(path.join(scratch, 'gaps-'));
    cpSync(validData, dir, { recursive: true });
    cpSync(path.join(fixtures, 'bad-gaps.csv'), path.join(dir, 'gaps.csv'));
    const { problems } = loadDataset(dir, dir);
    expect(sortProblems(problems).map((p) => [p.file, p.line, p.column, p.message])).toEqual([
      ['gaps.csv', 2, 20, 'unknown metric "placement-stabilty"'],
      ['gaps.csv', 3, 1, 'edition "other" is not the edition of source "demo-report", which is "demo"'],
      ['gaps.csv', 4, 34, 'reason "lost" is not one of: chart-lost, table-lost, not-stated, not-reported'],
      ['gaps.csv', 5, 58, 'the quote "We now support many care leavers" is not on line 5 of source "demo-report"'],
      // A measure not reported names its measure, and has no line or quote; one the edition gives cannot be marked so.
      ['gaps.csv', 6, 19, 'metric is empty, but a not-reported row names the measure the report leaves out'],
      ['gaps.csv', 7, 18, 'line is 9, but a not-reported measure is not in the report: if the report names it without giving it, use the reason not-stated with its line and quote; otherwise empty the line'],
      ['gaps.csv', 8, 33, 'metric "care-leavers" is marked not-reported in edition demo, but that edition gives 1 figure for it'],
      // Anything else a document names has its line and quote.
      ['gaps.csv', 9, 18, 'line is empty: give the line of the source text where the quote starts (only a not-reported row has none)'],
      ['gaps.csv', 9, 44, 'quote is empty: copy the exact words of the source that name what is missing (only a not-reported row has none)'],
    ]);
  });

  it('is optional', () => {
    const dir = mkdtempSync(path.join(scratch, 'no-gaps-'));
    cpSync(validData, dir, { recursive: true });
    rmSync(path.join(dir, 'gaps.csv'));
    expect(loadDataset(dir, dir).problems).toEqual([]);
  });
});

describe('each bad file gives its expected problems', () => {
  // What a report shows: the problems held back as possible consequences are not expected here.
  it.each(Object.entries(expected))('%s', (fixture, problems) => {
    const { shown } = triage(validateWith(fixture).problems);
    expect(shown.map((p) => [p.file, p.line, p.column, p.message])).toEqual(problems);
    for (const p of shown) expect(p.hint.length).toBeGreaterThan(10);
  });

  it('reports the problems of several files all at once, with a count', () => {
    const dir = mkdtempSync(path.join(scratch, 'many-'));
    cpSync(validData, dir, { recursive: true });
    copyFileSync(path.join(fixtures, 'bad-observations', 'two-values.csv'), path.join(dir, FILE));
    const descriptor = path.join(dir, 'editions/demo/datapackage.json');
    writeFileSync(descriptor, readFileSync(descriptor, 'utf8').replace('"version": "1.0.0"', '"version": "1.0"'));
    const metrics = path.join(dir, 'metrics.csv');
    cpSync(path.join(fixtures, 'bad-metrics.csv'), metrics);
    const { problems, summary } = loadDataset(dir, dir);
    const report = formatReport(problems, summary);
    expect(report).toContain('metrics.csv:3:40: unit "people" is not one of:');
    expect(report).toContain('metrics.csv:4:40: unknown topic "fostering"');
    expect(report).toContain(`${FILE}:3:56: two values for the same figure`);
    expect(report).toContain('editions/demo/datapackage.json:6:3: version "1.0" is not a version number like 1.0.0');
    expect(report).toContain('editions/demo/datapackage.json:29:7: observations.csv has changed since this descriptor recorded it');
    expect(report.trim().split('\n').at(-1)).toBe('5 errors in 3 files; nothing can be published until they are fixed.');
  });
});
