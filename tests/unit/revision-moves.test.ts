// Corrections that move a published figure (to another measure, series or part), add one the
// first version missed, or come several to one figure: each must be recorded in revisions.csv,
// replay must follow it, and the validator's hint must give the row to record.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, type Metric, type Revision } from '../../src/lib/data/index.ts';
import { correctionsOf, describeRevision } from '../../src/lib/site/changes.ts';
import { movedMeasures } from '../../src/lib/site/moved.ts';

const root = path.resolve(import.meta.dirname, '../..');
const validData = path.join(root, 'tests/fixtures/valid-data');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'revision-moves-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CSV = 'editions/demo/observations.csv';
const today = new Date().toISOString().slice(0, 10);
const ADOPTED = 'children-adopted,kent,,,2023-04-01/2024-03-31';
const STABILITY = 'placement-stability,kent,,,2024';
const CITIZENS = 'children-in-care,kent,uasc-status,Citizen children,2024-03-31';

/** A copy of the valid fixture, with a second measure of adoptions to move figures to. */
function copy(name: string): string {
  const dir = mkdtempSync(path.join(scratch, `${name}-`));
  cpSync(validData, dir, { recursive: true });
  appendFileSync(path.join(dir, 'metrics.csv'), 'adoptions,Adoptions,children-in-care,count,flow,neutral,Children adopted in a year.,,\n');
  return dir;
}
const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
};
const editCsv = (dir: string, from: string, to: string) => edit(path.join(dir, CSV), from, to);
const revise = (dir: string, ...rows: string[]) => appendFileSync(path.join(dir, 'revisions.csv'), rows.map((r) => `${r}\n`).join(''));

/** Runs `npm run datapackage` (which raises the version), then lists the problems left. */
function problemsAfterDatapackage(dir: string) {
  try {
    execFileSync(process.execPath, [path.join(root, 'scripts/datapackage.ts'), '--data', dir], { encoding: 'utf8', stdio: 'pipe' });
  } catch { /* refused: the problems below say why */ }
  return loadDataset(dir, dir).problems;
}
const lines = (dir: string) => problemsAfterDatapackage(dir).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
/** The problems about the figures, leaving out the descriptor's (its hash is out of date until recorded). */
const figureProblems = (dir: string) => loadDataset(dir, dir).problems.filter((p) => !p.file.endsWith('datapackage.json'));

describe('moving a published figure', () => {
  it('to another measure: refused unrecorded, with the revision row to paste, and accepted once recorded', () => {
    const dir = copy('metric');
    editCsv(dir, ADOPTED, ADOPTED.replace('children-adopted', 'adoptions'));
    const [problem, ...rest] = figureProblems(dir);
    expect(rest).toEqual([]);
    expect(`${problem!.file}:${problem!.line}:${problem!.column}: ${problem!.message}`).toBe(
      `${CSV}:8:1: metric is "adoptions", but edition demo was published with "children-adopted", and revisions.csv records no such correction`,
    );
    expect(problem!.hint).toContain(`${today},demo,1.0.1,adoptions,kent,,,2023-04-01/2024-03-31,metric,children-adopted,adoptions,`);
    expect(problem!.hint).not.toContain('cannot be corrected');

    revise(dir, '2026-12-01,demo,1.0.1,adoptions,kent,,,2023-04-01/2024-03-31,metric,children-adopted,adoptions,Adoptions were counted under the wrong measure.');
    expect(lines(dir)).toEqual([]);
  });

  it('to another part of a total', () => {
    const dir = copy('category');
    editCsv(dir, CITIZENS, CITIZENS.replace('Citizen children', 'Children who are citizens'));
    expect(figureProblems(dir)[0]!.hint).toContain(`,demo,1.0.1,children-in-care,kent,uasc-status,Children who are citizens,2024-03-31,category,Citizen children,Children who are citizens,`);
    revise(dir, '2026-12-01,demo,1.0.1,children-in-care,kent,uasc-status,Children who are citizens,2024-03-31,category,Citizen children,Children who are citizens,The part is renamed as the council names it.');
    expect(lines(dir)).toEqual([]);
  });

  it('to another series: a target filed as Kent\'s figure', () => {
    const dir = copy('series');
    editCsv(dir, STABILITY, STABILITY.replace('kent', 'target'));
    expect(figureProblems(dir)[0]!.hint).toContain(',demo,1.0.1,placement-stability,target,,,2024,series,kent,target,');
    revise(dir, '2026-12-01,demo,1.0.1,placement-stability,target,,,2024,series,kent,target,"The figure is the council\'s target, not what Kent achieved."');
    expect(lines(dir)).toEqual([]);
  });

  it('twice in one version: each row names the figure as the file gives it now, in either order', () => {
    for (const order of ['as offered', 'reversed']) {
      const dir = copy(`twice-${order}`);
      editCsv(dir, ADOPTED, 'adoptions,target,,,2023-04-01/2024-03-31');
      const offered = figureProblems(dir).map((p) => p.hint.split('\n').at(-1)!.trim());
      expect(offered).toEqual([
        `${today},demo,1.0.1,adoptions,target,,,2023-04-01/2024-03-31,metric,children-adopted,adoptions,`,
        `${today},demo,1.0.1,adoptions,target,,,2023-04-01/2024-03-31,series,kent,target,`,
      ]);
      const rows = offered.map((r) => `${r}The first version filed the target as Kent's adoptions.`);
      revise(dir, ...(order === 'reversed' ? rows.reverse() : rows));
      expect(lines(dir)).toEqual([]);
    }
  });

  it('in two versions: a row names the figure as it stood after its own version, so older rows are never edited', () => {
    const dir = copy('two-versions');
    editCsv(dir, ADOPTED, ADOPTED.replace('children-adopted', 'adoptions'));
    revise(dir, '2026-12-01,demo,1.0.1,adoptions,kent,,,2023-04-01/2024-03-31,metric,children-adopted,adoptions,Filed under the wrong measure.');
    expect(lines(dir)).toEqual([]);
    // Version 1.0.2 moves it again (to the target series) and re-dates it.
    editCsv(dir, 'adoptions,kent,,,2023-04-01/2024-03-31', 'adoptions,target,,,2023-04-01/2024-03-31');
    revise(dir, '2026-12-02,demo,1.0.2,adoptions,target,,,2023-04-01/2024-03-31,series,kent,target,The figure is a target.');
    expect(lines(dir)).toEqual([]);
    // A row that names the figure by a later version's name does not find it, and says how to name it.
    edit(path.join(dir, 'revisions.csv'), '1.0.1,adoptions,kent', '1.0.1,adoptions,target');
    const problems = problemsAfterDatapackage(dir);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'revisions.csv:2:23: edition demo as published (with the corrections of earlier versions) has no figure "children-adopted, target, 2023-04-01/2024-03-31"',
      // Which follows from the first: the figure was never moved to adoptions.
      'revisions.csv:3:23: edition demo as published (with the corrections of earlier versions) has no figure "adoptions, kent, 2023-04-01/2024-03-31"',
    ]);
    expect(problems[0]!.hint).toContain('as the observations file gave it once the corrections of version 1.0.1 were made');
  });

  it('without its revision is an error (the other cells of the figure are still compared)', () => {
    const dir = copy('moved-and-changed');
    editCsv(dir, `${ADOPTED},in the year,7`, 'adoptions,kent,,,2023-04-01/2024-03-31,in that year,7');
    expect(figureProblems(dir).map((p) => `${p.line}:${p.column}: ${p.message.split(',')[0]}`)).toEqual([
      '8:1: metric is "adoptions"',
      '8:40: period_label is "in that year"',
    ]);
  });

  it('to a measure that the revision\'s new does not name is an error at the revision', () => {
    const dir = copy('wrong-new');
    editCsv(dir, ADOPTED, ADOPTED.replace('children-adopted', 'adoptions'));
    revise(dir, '2026-12-01,demo,1.0.1,adoptions,kent,,,2023-04-01/2024-03-31,metric,children-adopted,adopted,Filed under the wrong measure.');
    expect(lines(dir)).toContain('revisions.csv:2:86: new is "adopted", but the row names the figure\'s metric as "adoptions"');
  });
});

describe('a correction to two cells of one figure in one version', () => {
  it('replays in any order: a re-dated figure\'s other correction may come first', () => {
    const dir = copy('order');
    editCsv(dir, `${STABILITY},this year,61.2,,demo-report,7,improved to 61.2%,`, 'placement-stability,kent,,,2024-03-31,this year,61.2,,demo-report,7,improved to 61.2%,Dated from the report\'s year end.');
    revise(
      dir,
      '2026-12-01,demo,1.0.1,placement-stability,kent,,,2024-03-31,note,,Dated from the report\'s year end.,The date was given as the year only.',
      '2026-12-01,demo,1.0.1,placement-stability,kent,,,2024-03-31,period,2024,2024-03-31,The date was given as the year only.',
    );
    expect(lines(dir)).toEqual([]);
  });
});

describe('adding a figure to a published edition', () => {
  const ADDED = 'children-adopted,kent,,,2022-04-01/2023-03-31,the year before,5,,demo-report,12,"The year before, 5 children were adopted.",';
  function withNewFigure(name: string) {
    const dir = copy(name);
    appendFileSync(path.join(dir, 'sources/demo-report.txt'), 'The year before, 5 children were adopted.\n');
    appendFileSync(path.join(dir, CSV), `${ADDED}\n`);
    return dir;
  }
  const ROW = '2026-12-01,demo,1.0.1,children-adopted,kent,,,2022-04-01/2023-03-31,figure,,added,The first version missed this figure on line 12.';

  it('is refused without its revision, and the hint gives the row', () => {
    const dir = withNewFigure('added-unrecorded');
    const [problem, ...rest] = figureProblems(dir);
    expect(rest).toEqual([]);
    expect(`${problem!.file}:${problem!.line}:${problem!.column}: ${problem!.message}`).toBe(`${CSV}:9:1: figure "children-adopted, kent, 2022-04-01/2023-03-31" is not in edition demo as published, and revisions.csv records no figure added`);
    expect(problem!.hint).toContain(`${today},demo,1.0.1,children-adopted,kent,,,2022-04-01/2023-03-31,figure,,added,`);
    expect(problem!.hint).not.toContain('remove this row');
  });

  it('is accepted with its revision, and then corrected like any other figure', () => {
    const dir = withNewFigure('added');
    revise(dir, ROW);
    expect(lines(dir)).toEqual([]);
    // A later version moves it to another measure.
    editCsv(dir, 'children-adopted,kent,,,2022-04-01/2023-03-31', 'adoptions,kent,,,2022-04-01/2023-03-31');
    revise(dir, '2026-12-02,demo,1.0.2,adoptions,kent,,,2022-04-01/2023-03-31,metric,children-adopted,adoptions,Filed under the wrong measure.');
    expect(lines(dir)).toEqual([]);
  });

  it('accepts exactly one row per revision, and only for a figure the file has', () => {
    const dir = withNewFigure('added-twice');
    appendFileSync(path.join(dir, CSV), `${ADDED}Restated.\n`);
    revise(dir, ROW, ROW.replace('2022-04-01/2023-03-31', '2021-04-01/2022-03-31'));
    const problems = figureProblems(dir).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
    expect(problems).toContain('revisions.csv:3:23: the observations file has no figure "children-adopted, kent, 2021-04-01/2022-03-31" for this revision to add');
    expect(problems).toContain(`${CSV}:10:1: figure "children-adopted, kent, 2022-04-01/2023-03-31" is not in edition demo as published, and revisions.csv records no figure added`);
  });

  it('must say old is empty and new is "added"', () => {
    const dir = withNewFigure('added-words');
    revise(dir, ROW.replace(',figure,,added,', ',figure,none,new,'));
    const problems = figureProblems(dir).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
    expect(problems).toContain('revisions.csv:2:76: a figure added after publication has old empty, not "none"');
    expect(problems).toContain('revisions.csv:2:81: a figure added after publication has new "added", not "new"');
  });
});

describe('removing a published figure', () => {
  it('is still an error, whatever revisions.csv says', () => {
    const dir = copy('deleted');
    edit(path.join(dir, CSV), 'children-adopted,kent,,,2023-04-01/2024-03-31,in the year,7,,demo-report,8,Seven children were adopted,\n', '');
    const problems = figureProblems(dir);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      `${CSV}:0:0: figure "children-adopted, kent, 2023-04-01/2024-03-31" was published in edition demo but is no longer in the file`,
    ]);
    expect(problems[0]!.hint).toContain('never deleted');
  });
});

describe('what readers are told', () => {
  const metrics = new Map([
    ['children-adopted', { id: 'children-adopted', label: 'Children adopted' }],
    ['adoptions', { id: 'adoptions', label: 'Adoptions' }],
  ]) as unknown as Map<string, Metric>;
  const revision = (field: Revision['field'], old: string, now: string, metric = 'adoptions'): Revision => ({
    date: '2026-12-01', edition: 'demo', version: '1.0.1', metric, series: 'kent', breakdown: undefined, category: undefined,
    period: '2024', field, old, new: now, reason: 'Why.',
  });

  it('says where a moved figure was and is, and that an added one was missed', () => {
    expect(describeRevision(revision('metric', 'children-adopted', 'adoptions'), metrics)).toBe('Moved from the measure “Children adopted” to “Adoptions”.');
    expect(describeRevision(revision('series', 'kent', 'target'), metrics)).toBe('Moved from the series “Kent” to “Target”.');
    expect(describeRevision(revision('category', 'Citizen children', 'Children who are citizens'), metrics)).toBe('Moved from the part “Citizen children” to “Children who are citizens”.');
    expect(describeRevision(revision('category', '', 'Under 5'), metrics)).toBe('Moved from the total to the part “Under 5”.');
    expect(describeRevision(revision('breakdown', '', 'age-group'), metrics)).toBe('Moved from the total to the breakdown “Age group”.');
    expect(describeRevision(revision('figure', '', 'added'), metrics)).toBe('Added: a figure the first version missed.');
    expect(describeRevision(revision('value', '7', '8'), metrics)).toBe('The value changed from 7 to 8.');
  });

  it('lists a move on the page of the measure the figure left as well as on the one it joined', () => {
    const moved = revision('metric', 'children-adopted', 'adoptions');
    const other = revision('value', '7', '8', 'care-leavers');
    expect(correctionsOf([moved, other], 'adoptions')).toEqual([moved]);
    expect(correctionsOf([moved, other], 'children-adopted')).toEqual([moved]);
    expect(correctionsOf([moved, other], 'care-leavers')).toEqual([other]);
  });

  it('keeps the address of a measure whose figures all moved, leading to where they went', () => {
    const merged = revision('metric', 'children-adopted', 'adoptions');
    const split = [revision('metric', 'old-a', 'new-a', 'new-a'), revision('metric', 'old-a', 'new-b', 'new-b')];
    const chain = [revision('metric', 'first', 'second', 'second'), { ...revision('metric', 'second', 'third', 'third'), version: '1.0.2' }];
    const live = new Set(['adoptions', 'new-a', 'new-b', 'third', 'children-in-care']);
    expect(movedMeasures([merged, ...split, ...chain], live)).toEqual(new Map([
      ['children-adopted', ['adoptions']],
      ['old-a', ['new-a', 'new-b']],
      ['first', ['third']],
      ['second', ['third']],
    ]));
    // A measure that still has figures (part of it moved away) keeps its own page.
    expect(movedMeasures([merged], new Set(['adoptions', 'children-adopted']))).toEqual(new Map());
  });
});
