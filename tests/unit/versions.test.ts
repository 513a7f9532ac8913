// Each edition's datapackage.json must describe its CSV as it is, and a change to a published
// figure must be recorded in revisions.csv before `npm run datapackage` raises the version.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const validData = path.join(root, 'tests/fixtures/valid-data');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DESCRIPTOR = 'editions/demo/datapackage.json';
const CSV = 'editions/demo/observations.csv';
const REVISION = '2026-11-25,demo,1.0.1,children-adopted,kent,,,2023-04-01/2024-03-31,value,7,8,The first version misread the table.\n';
const QUOTE_REVISION = '2026-11-25,demo,1.0.1,children-adopted,kent,,,2023-04-01/2024-03-31,quote,Seven children were adopted,Eight children were adopted,The first version misread the table.\n';

function copy(name: string): string {
  const dir = mkdtempSync(path.join(scratch, `${name}-`));
  cpSync(validData, dir, { recursive: true });
  return dir;
}
const problemsOf = (dir: string) => loadDataset(dir, dir).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

/** Runs `npm run datapackage` on a data directory; returns its output and exit code. */
function datapackage(dir: string): { output: string; code: number } {
  try {
    const output = execFileSync(process.execPath, [path.join(root, 'scripts/datapackage.ts'), '--data', dir], { encoding: 'utf8', stdio: 'pipe' });
    return { output, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; status: number };
    return { output: e.stdout, code: e.status };
  }
}

/** The fixture's figure "Seven children were adopted" corrected to 8, source text and all. */
function correctAdoptions(dir: string) {
  edit(path.join(dir, 'sources/demo-report.txt'), 'Seven children were adopted', 'Eight children were adopted');
  edit(path.join(dir, CSV), ',7,,demo-report,8,Seven children were adopted', ',8,,demo-report,8,Eight children were adopted');
}

describe('datapackage.json', () => {
  it('matches the committed fixture', () => {
    expect(problemsOf(validData)).toEqual([]);
    const pkg = loadDataset(validData, validData).dataset.packages.get('demo')!;
    expect([pkg.name, pkg.version, pkg.status, pkg.licenses[0]!.name]).toEqual(['kent-care-in-numbers-demo', '1.0.0', 'published', 'CC-BY-4.0']);
    expect(pkg.resources[0]!.schema.fields.map((f) => `${f.name}:${f.type}`)).toContain('value:number');
  });

  it('is required for every edition', () => {
    const dir = copy('missing');
    rmSync(path.join(dir, DESCRIPTOR));
    expect(problemsOf(dir)).toEqual([`${DESCRIPTOR}:0:0: the edition has no datapackage.json`]);
    expect(datapackage(dir).output).toContain('demo: wrote');
    expect(problemsOf(dir)).toEqual([]);
  });

  it('reports broken JSON at its line and column', () => {
    const dir = copy('json');
    edit(path.join(dir, DESCRIPTOR), '"version": "1.0.0",', '"version": "1.0.0"');
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^editions\/demo\/datapackage.json:7:3: this is not valid JSON/)]);
  });

  it('must keep the table schema the validator applies', () => {
    const dir = copy('schema');
    edit(path.join(dir, DESCRIPTOR), '"type": "number"', '"type": "string"');
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/:\d+:\d+: the table schema differs from the one the validator applies/)]);
  });

  it('must state the dialect the CSV is written in', () => {
    const dir = copy('dialect');
    edit(path.join(dir, DESCRIPTOR), '"delimiter": ","', '"delimiter": ";"');
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/datapackage.json:\d+:\d+: the dialect does not say how observations.csv is written: delimiter ";", not ","$/)]);
  });

  it('must list the sources of its edition', () => {
    const dir = copy('sources');
    edit(path.join(dir, DESCRIPTOR), '"title": "Demo Council annual report"', '"title": "Another report"');
    expect(problemsOf(dir)).toEqual([expect.stringContaining('sources list "Another report", but this edition\'s documents in data/sources.csv are "Demo Council annual report"')]);
  });
});

describe('a correction to a published figure', () => {
  it('fails validation until it is recorded, naming each changed cell, and the script refuses to hide it', () => {
    const dir = copy('unrecorded');
    correctAdoptions(dir);
    const problems = loadDataset(dir, dir).problems;
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      expect.stringMatching(/^editions\/demo\/datapackage.json:\d+:\d+: observations.csv has changed since this descriptor recorded it/),
      `${CSV}:8:59: value is "8", but edition demo was published with "7", and revisions.csv records no such correction`,
      `${CSV}:8:76: quote is "Eight children were adopted", but edition demo was published with "Seven children were adopted", and revisions.csv records no such correction`,
    ]);
    expect(problems[0]!.hint).toContain('record each changed figure in data/revisions.csv');
    // The hint gives the row to paste, dated today, with only the reason left to write.
    const today = new Date().toISOString().slice(0, 10);
    expect(problems[1]!.hint).toContain(REVISION.replace('2026-11-25', today).replace('The first version misread the table.\n', ''));

    const run = datapackage(dir);
    expect(run.code).toBe(1);
    expect(run.output).toContain('has no revision for it after version 1.0.0. Add a row for each corrected figure with version 1.0.1');
    expect(problemsOf(dir)).toHaveLength(3);
  });

  it('passes once recorded: the script raises the version to the revision\'s', () => {
    const dir = copy('recorded');
    correctAdoptions(dir);
    appendFileSync(path.join(dir, 'revisions.csv'), REVISION + QUOTE_REVISION);
    const run = datapackage(dir);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/^demo: wrote .*editions\/demo\/datapackage.json \(version 1\.0\.1, published\)\n$/);
    expect(problemsOf(dir)).toEqual([]);
    expect(loadDataset(dir, dir).dataset.packages.get('demo')!.version).toBe('1.0.1');
  });

  it('replays the revisions on the figures as first published: each names a real figure, its old value is what was published, and the result is the file', () => {
    const dir = copy('bad-revision');
    correctAdoptions(dir);
    appendFileSync(path.join(dir, 'revisions.csv'), [
      REVISION.replace(',8,The', ',9,The'),
      QUOTE_REVISION,
      REVISION.replace('children-adopted', 'children-adopt'),
      REVISION.replace('1.0.1', '1.2.0'),
    ].join(''));
    datapackage(dir);
    expect(problemsOf(dir)).toEqual([
      'revisions.csv:4:23: edition demo as published (with the corrections of earlier versions) has no figure "children-adopt, kent, 2023-04-01/2024-03-31"',
      'revisions.csv:5:75: old is "7", but the published value of this figure was "9"',
    ]);
  });

  it('refuses a revision to a draft, whose figures are not yet published', () => {
    const dir = copy('draft');
    edit(path.join(dir, DESCRIPTOR), '"status": "published"', '"status": "draft"');
    edit(path.join(dir, DESCRIPTOR), '"version": "1.0.0"', '"version": "0.1.0"');
    appendFileSync(path.join(dir, 'revisions.csv'), REVISION);
    expect(problemsOf(dir)).toContain('revisions.csv:2:12: edition demo is a draft: its figures are not published, so they need no revision');
  });

  it('needs a revision for every raised version', () => {
    const dir = copy('raised');
    edit(path.join(dir, DESCRIPTOR), '"version": "1.0.0"', '"version": "1.0.3"');
    expect(problemsOf(dir)).toEqual([`${DESCRIPTOR}:0:0: version 1.0.3 has no row in revisions.csv saying what it corrected`]);
  });
});

describe('a draft edition', () => {
  it('is re-described without a revision, keeping its version', () => {
    const dir = copy('draft');
    edit(path.join(dir, DESCRIPTOR), '"status": "published"', '"status": "draft"');
    edit(path.join(dir, DESCRIPTOR), '"version": "1.0.0"', '"version": "0.1.0"');
    correctAdoptions(dir);
    expect(datapackage(dir).code).toBe(0);
    expect(problemsOf(dir)).toEqual([]);
    expect(loadDataset(dir, dir).dataset.packages.get('demo')!.version).toBe('0.1.0');
  });
});
