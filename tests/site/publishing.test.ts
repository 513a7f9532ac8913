// The yearly routine, end to end, on a copy of the project: scaffold a 2026 edition, fill in two
// figures, validate, preview it under a banner, check the public build leaves it out, publish it,
// and find its figures on the built pages; then prove that a published value cannot change unrecorded.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, run, scratchFolder } from './project-copy.ts';

const temp = scratchFolder('publishing-');
const SOURCE = 'corporate-parenting-annual-report-2026';

/** The new document's text: what staff save from the council's PDF. */
const REPORT_TEXT = [
  'Corporate Parenting Annual Report 2026',
  '',
  'On 31 March 2026 there were 2,104 children and young people in our care.',
  'Our 18+ Care Leavers Service supported 1,902 care leavers.',
  '',
].join('\n');

/** The report, as the communications team would write it. */
const REPORT = `---
title: Kent's children in care and care leavers in 2026
description: What the Corporate Parenting Annual Report 2026 says about the children in Kent's care and its care leavers.
---

## In short

Kent looked after <Stat metric="children-in-care" edition="2026" /> children on 31 March 2026, and its service for care leavers supported <Stat metric="care-leavers" edition="2026" /> young adults.

## Who the council looks after

<Figures edition="2026" topic="children-in-care" />
`;

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const read = (...parts: string[]) => readFileSync(path.join(...parts), 'utf8');

describe('publishing a new edition', () => {
  it('scaffolds, validates, previews, leaves drafts out of the public build, and publishes', () => {
    const copy = copyProject(temp);
    const csv = path.join(copy, 'data/editions/2026/observations.csv');
    writeFileSync(path.join(temp, 'report-2026.txt'), REPORT_TEXT);

    // 1. The scaffold: a draft with one row per measure 2025 published, valid as it stands.
    const made = run(copy, 'scripts/new-edition.ts', '2026', '--from', '2025', '--text', path.join(temp, 'report-2026.txt'));
    expect(made.status, made.output).toBe(0);
    expect(made.output).toMatch(/Draft edition 2026 made from edition 2025, with \d+ figures to fill in/);
    const descriptor = JSON.parse(read(copy, 'data/editions/2026/datapackage.json'));
    expect([descriptor.version, descriptor.status]).toEqual(['0.1.0', 'draft']);
    expect(read(csv).split('\n')[1]).toBe(`children-in-care,kent,,,,,,,${SOURCE},,,`);
    expect(read(copy, 'content/reports/2026.mdx')).toContain('## In short');
    expect(read(copy, 'data/sources.csv')).toContain(`${SOURCE},TO WRITE: the document's title`);
    const scaffolded = run(copy, 'scripts/validate.ts');
    expect(scaffolded.status, scaffolded.output).toBe(0);
    expect(scaffolded.output).toMatch(/Draft edition 2026 \(version 0\.1\.0\), compared with edition 2025:\n {2}0 figures filled in; \d+ rows still to fill in/);
    expect(scaffolded.output).toContain('line 2: children-in-care; in 2025: 1,966 (2025, line 51)');
    expect(scaffolded.output).toContain('Still marked TO WRITE in data/sources.csv: line 7 (title), line 7 (description), line 7 (period_covered), line 7 (original_file).');

    // It refuses an edition that exists, and says why.
    const again = run(copy, 'scripts/new-edition.ts', '2026');
    expect(again.status).toBe(1);
    expect(again.output).toContain('edition 2026 already exists (data/editions/2026): choose another id, or carry on filling in that one');

    // 2. Fill in two figures, the document's row and the report.
    edit(csv, (t) => t
      .replace(`children-in-care,kent,,,,,,,${SOURCE},,,`, `children-in-care,kent,,,2026-03-31,31 March 2026,2104,,${SOURCE},3,"2,104 children and young people in our care",`)
      .replace(`care-leavers,kent,,,,,,,${SOURCE},,,`, `care-leavers,kent,,,2026-03-31,31 March 2026,1902,,${SOURCE},4,"supported 1,902 care leavers",`));
    edit(path.join(copy, 'data/sources.csv'), (t) => t
      .replace("TO WRITE: the document's title", 'Corporate Parenting Annual Report 2026')
      .replace('TO WRITE: one or two sentences on what it covers', 'The council\'s annual report on its children in care and care leavers.')
      .replace('TO WRITE: such as April 2025 to March 2026', 'April 2025 to March 2026')
      .replace('TO WRITE: the file name it came as', 'report-2026.pdf'));
    writeFileSync(path.join(copy, 'content/reports/2026.mdx'), REPORT);
    const filled = run(copy, 'scripts/validate.ts');
    expect(filled.status, filled.output).toBe(0);
    expect(filled.output).toMatch(/ {2}2 figures filled in; \d+ rows still to fill in/);
    expect(filled.output).toContain('Children in care: 1,966 → 2,104 (+7.0%)');

    // 3. The public build leaves the draft out entirely.
    const build = run(copy, 'scripts/build.ts');
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('Draft editions 2026 are left out.');
    expectPublicBuildWithout2026(path.join(copy, 'dist'));

    // 4. The preview shows it, under a banner, in its own folder.
    const preview = run(copy, 'scripts/build.ts', '--preview');
    expect(preview.status, preview.output).toBe(0);
    const draftReport = read(copy, 'dist-preview/reports/2026/index.html');
    expect(draftReport).toContain('Draft preview, not the public site.');
    expect(draftReport).toContain('<meta name="robots" content="noindex">');
    expect(draftReport).toMatch(/>2,104</);
    expect(read(copy, 'dist-preview/trends/children-in-care/index.html')).toMatch(/>2,104</);
    // Set beside last year's document, as the publishing guide tells staff to check it.
    expect(read(copy, 'dist-preview/compare/2025-and-2026/index.html')).toMatch(/data-metric="children-in-care"[\s\S]*?>1,966<[\s\S]*?>2,104</);
    // A public build after a preview still leaves the draft out: no cache carries it over.
    expect(run(copy, 'scripts/build.ts').status).toBe(0);
    expectPublicBuildWithout2026(path.join(copy, 'dist'));

    // 5. Publishing refuses while rows are still to fill in.
    const early = run(copy, 'scripts/publish-edition.ts', '2026');
    expect(early.status).toBe(1);
    expect(early.output).toMatch(/rows of data\/editions\/2026\/observations.csv are still to fill in \(lines \d+/);
    // The report does not give the other figures: delete their rows, then publish.
    edit(csv, (t) => t.split('\n').filter((l, i) => i === 0 || l === '' || !l.endsWith(`,${SOURCE},,,`)).join('\n'));
    const published = run(copy, 'scripts/publish-edition.ts', '2026');
    expect(published.status, published.output).toBe(0);
    expect(published.output).toContain('Edition 2026 is published, at version 1.0.0.');
    const after = JSON.parse(read(copy, 'data/editions/2026/datapackage.json'));
    expect([after.version, after.status, typeof after.created]).toEqual(['1.0.0', 'published', 'string']);
    expect(read(copy, 'data/editions/2026/observations-1.0.0.csv')).toBe(read(csv));

    // 6. Its figures are on the built pages, and its addresses are promised.
    const dist = path.join(copy, 'dist');
    expect(read(dist, 'reports/2026/index.html')).toMatch(/>2,104</);
    expect(read(dist, 'reports/2026/index.html')).not.toContain('Draft preview');
    expect(read(dist, 'trends/children-in-care/index.html')).toMatch(/>2,104</);
    expect(read(dist, 'changes/index.html')).toContain('edition 2026 published');
    expect(read(dist, 'feed.xml')).toContain('<title>Edition 2026 published: Corporate Parenting Annual Report 2026</title>');
    expect(read(dist, 'data/editions/2026/observations.csv')).toBe(read(csv));
    expect(read(copy, 'published-urls.txt').split('\n')).toEqual(expect.arrayContaining(['/reports/2026/', `/sources/${SOURCE}/`, '/data/editions/2026/observations.csv', '/compare/2025-and-2026/']));

    // 7. A published value cannot change without a revision.
    edit(path.join(copy, 'data/sources', `${SOURCE}.txt`), (t) => t.replace('2,104', '2,105'));
    edit(csv, (t) => t.replace(',2104,', ',2105,').replace('"2,104 children', '"2,105 children'));
    const changed = run(copy, 'scripts/validate.ts');
    expect(changed.status).toBe(1);
    expect(changed.output).toContain('value is "2105", but edition 2026 was published with "2104", and data/revisions.csv records no such correction');
    expect(changed.output).toMatch(/\d{4}-\d{2}-\d{2},2026,1\.0\.1,children-in-care,kent,,,2026-03-31,value,2104,2105,\n/);
  }, 600_000);
});

function expectPublicBuildWithout2026(dist: string): void {
  expect(existsSync(path.join(dist, 'reports/2026'))).toBe(false);
  expect(existsSync(path.join(dist, 'sources', SOURCE))).toBe(false);
  expect(existsSync(path.join(dist, 'data/editions/2026'))).toBe(false);
  expect(existsSync(path.join(dist, 'compare/2025-and-2026'))).toBe(false);
  expect(readFileSync(path.join(dist, 'trends/children-in-care/index.html'), 'utf8')).not.toContain('2,104');
  expect(readFileSync(path.join(dist, 'data/sources.csv'), 'utf8')).not.toContain(SOURCE);
  expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toContain('Draft preview');
}
