// The yearly routine, end to end, on a copy of the project: scaffold a 2026 annual report from the
// 2025 one, fill in two figures, validate, preview it under a banner, check the public build leaves
// it out; publishing then refuses until the draft has its date and every measure of 2025 is given or
// recorded; publish it, and find it on the built pages (the home page leads with it, its report
// compares it with the 2025 annual report and says what it does not report); then prove that a
// published value cannot change unrecorded.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { copyProject, run, runWith, scratchFolder } from './project-copy.ts';

const temp = scratchFolder('publishing-');
const SOURCE = 'corporate-parenting-annual-report-2026';

/** The new document's text: what staff save from the council's PDF. */
const REPORT_TEXT = [
  'Corporate Parenting Annual Report 2026',
  '',
  'On 31 March 2026 there were 2,104 children and young people in our care.',
  'Our 18+ Care Leavers Service supported 1,902 care leavers.',
  'Figures on long-term placement stability will be published in the autumn.',
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

    // 1. The scaffold: a draft of the same kind as 2025, with one row per figure 2025 gave, valid as it stands.
    const made = run(copy, 'scripts/new-edition.ts', '2026', '--from', '2025', '--text', path.join(temp, 'report-2026.txt'));
    expect(made.status, made.output).toBe(0);
    expect(made.output).toMatch(/Draft edition 2026 made from edition 2025, a Corporate Parenting Annual Report, with \d+ rows to fill in: one for each figure edition 2025 gave, parts of totals and comparators included \(116 measures\)/);
    const descriptor = JSON.parse(read(copy, 'data/editions/2026/datapackage.json'));
    expect([descriptor.version, descriptor.status]).toEqual(['0.1.0', 'draft']);
    expect(read(csv).split('\n')[1]).toBe(`children-in-care,kent,,,,,,,${SOURCE},,,`);
    expect(read(copy, 'content/reports/2026.mdx')).toContain('## In short');
    expect(read(copy, 'data/sources.csv')).toContain(`${SOURCE},TO WRITE: the document's title`);
    expect(read(copy, 'data/sources.csv')).toContain(',2026,annual-report,');
    const scaffolded = run(copy, 'scripts/validate.ts');
    expect(scaffolded.status, scaffolded.output).toBe(0);
    expect(scaffolded.output).toContain('Draft edition 2026 (version 0.1.0), a Corporate Parenting Annual Report, compared with edition 2025, the one of its kind before it:');
    expect(scaffolded.output).toContain('Publication date: none yet. In data/sources.csv, row 7, column E (published), type the date the council published the document');
    expect(scaffolded.output).toMatch(/\n {2}0 figures filled in; \d+ rows still to fill in/);
    expect(scaffolded.output).toContain('row 2: children-in-care; in 2025: 1,966 (2025, line 51 of its text)');
    expect(scaffolded.output).toContain('more: `npm run validate -- --all` lists every one');
    expect(scaffolded.output).toContain('Still marked TO WRITE in data/sources.csv: row 7 (title), row 7 (description), row 7 (period_covered), row 7 (original_file).');

    // It refuses an edition that exists, and says why.
    const again = run(copy, 'scripts/new-edition.ts', '2026');
    expect(again.status).toBe(1);
    expect(again.output).toContain('edition 2026 already exists (data/editions/2026): choose another id, or carry on filling in that one');
    // Nor does it guess which edition a new one follows, with several kinds of document to choose from.
    expect(again.output).toContain('say which edition the new one follows, with --from: the latest of each kind of document is 2017 (Corporate Parenting Panel agenda pack), 2019 (Kent Fostering Service annual report), 2025 (Corporate Parenting Annual Report), sufficiency-2025-2028 (Sufficiency Strategy); for a new annual report, --from 2025');

    // 2. Fill in two figures, the document's row (all but its date) and the report.
    edit(csv, (t) => t
      .replace(`\nchildren-in-care,kent,,,,,,,${SOURCE},,,`, `\nchildren-in-care,kent,,,2026-03-31,31 March 2026,2104,,${SOURCE},3,"2,104 children and young people in our care",`)
      .replace(`\ncare-leavers,kent,,,,,,,${SOURCE},,,`, `\ncare-leavers,kent,,,2026-03-31,31 March 2026,1902,,${SOURCE},4,"supported 1,902 care leavers",`));
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
    // The preview needs no public address: it is served on this computer.
    const { SITE_URL: _, ...noAddress } = process.env;
    const preview = runWith(noAddress, copy, 'scripts/build.ts', '--preview');
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

    // 5. Publishing refuses while rows are still to fill in, and while the document has no date.
    const early = run(copy, 'scripts/publish-edition.ts', '2026');
    expect(early.status).toBe(1);
    expect(early.output).toMatch(/rows of data\/editions\/2026\/observations.csv are still to fill in \(row \d+, row \d+/);
    const noDate = '  - the document has no publication date: in data/sources.csv, row 7, column E (published), type the date the council published the document (or the date of the meeting it went to) as year-month-day, such as 2026-07-14 for 14 July 2026; if you know only the month, 2026-07\n';
    expect(early.output).toContain(noDate);
    // The report does not give the other figures: delete their rows. Their measures are still to account for.
    edit(csv, (t) => t.split('\n').filter((l, i) => i === 0 || l === '' || !l.endsWith(`,${SOURCE},,,`)).join('\n'));
    const dropped = run(copy, 'scripts/publish-edition.ts', '2026');
    expect(dropped.status).toBe(1);
    expect(dropped.output).toContain('  - 114 measures of edition 2025 (the one of its kind before this one) are neither given in edition 2026 nor recorded in data/gaps.csv: care-experienced-adults, ');
    expect(dropped.output).toContain(noDate);
    // One is named in the report without its figure: a gap with its line. The rest the report does not mention:
    // the whole checklist gives their rows to paste.
    edit(path.join(copy, 'data/gaps.csv'), (t) => `${t}2026,${SOURCE},5,placement-stability-long-term,Kent's share of children in long-term stable homes,not-stated,Figures on long-term placement stability will be published in the autumn\n`);
    const checklist = run(copy, 'scripts/validate.ts', '--all');
    expect(checklist.status, checklist.output).toBe(0);
    expect(checklist.output).toContain('Checklist of the 116 measures of edition 2025: 2 given in this edition, 1 recorded in data/gaps.csv as named but not stated, 0 marked not reported; 113 still open, and publishing refuses until none is.');
    expect(checklist.output).not.toContain('more: `npm run validate -- --all`');
    const notReported = checklist.output.split('\n').filter((l) => l.startsWith(`2026,${SOURCE},,`));
    expect(notReported).toHaveLength(113);
    expect(notReported).toContain(`2026,${SOURCE},,care-experienced-adults,,not-reported,`);
    edit(path.join(copy, 'data/gaps.csv'), (t) => `${t}${notReported.join('\n')}\n`);
    // Publishing builds the public site: without its address it refuses before marking anything published.
    const nowhere = runWith(noAddress, copy, 'scripts/publish-edition.ts', '2026');
    expect(nowhere.status).toBe(1);
    expect(nowhere.output).toMatch(/^Edition 2026 was not published:\n  - The site has no public address, .* Set the site's public address in site\.config\.json/);
    expect(JSON.parse(read(copy, 'data/editions/2026/datapackage.json')).status).toBe('draft');
    const undated = run(copy, 'scripts/publish-edition.ts', '2026');
    expect(undated.status).toBe(1);
    expect(undated.output).toBe(`Edition 2026 was not published:\n${noDate}`);
    edit(path.join(copy, 'data/sources.csv'), (t) => t.replace('Kent County Council,,April 2025 to March 2026', 'Kent County Council,2026-07-14,April 2025 to March 2026'));
    const published = run(copy, 'scripts/publish-edition.ts', '2026');
    expect(published.status, published.output).toBe(0);
    expect(published.output).toContain('Edition 2026 is published, at version 1.0.0.');
    const after = JSON.parse(read(copy, 'data/editions/2026/datapackage.json'));
    expect([after.version, after.status, typeof after.created]).toEqual(['1.0.0', 'published', 'string']);
    expect(read(copy, 'data/editions/2026/observations-1.0.0.csv')).toBe(read(csv));

    // 6. Its figures are on the built pages, and its addresses are promised.
    const dist = path.join(copy, 'dist');
    const report = parseHTML(read(dist, 'reports/2026/index.html')).document;
    expect(report.querySelector('main')!.innerHTML).toMatch(/>2,104</);
    expect(report.querySelector('main')!.textContent).not.toContain('Draft preview');
    // It compares itself with the 2025 annual report, not with the strategy listed between them.
    const changes = report.querySelector('#changes')!.parentElement!;
    expect(changes.querySelector('h2')!.textContent).toBe('What changed since Corporate Parenting Annual Report 2025');
    expect(changes.querySelector('table')!.textContent).toMatch(/Children in care.*1,966.*2,104/s);
    expect(changes.textContent).not.toContain('Sufficiency');
    const pager = [...report.querySelectorAll('.pager a')].map((a) => [a.getAttribute('href'), a.querySelector('span')!.textContent]);
    expect(pager).toEqual([['/reports/2025/', 'Previous Corporate Parenting Annual Report'], ['/reports/sufficiency-2025-2028/', 'Earlier document: a Sufficiency Strategy']]);
    // It says what it does not give: the figure it names, and the measures of 2025 it does not report.
    const missing = report.querySelector('#not-published')!.parentElement!;
    expect(missing.textContent).not.toContain('Every figure this document refers to is stated in its text');
    expect(missing.textContent).toContain("Kent's share of children in long-term stable homes");
    expect(missing.textContent).toContain('It does not report 113 measures that Corporate Parenting Annual Report 2025, the edition of its kind before it, gave figures for:');
    expect(missing.querySelector('a[href="/trends/care-experienced-adults/"]')).not.toBeNull();
    // The home page leads with it: its figure, and what is new.
    const home = parseHTML(read(dist, 'index.html')).document;
    expect(home.querySelector('.answer__value')!.textContent).toBe('2,104');
    expect(home.querySelector('.answer__what')!.textContent).toContain('the latest figure, at 31 March 2026, from Corporate Parenting Annual Report 2026, line 3');
    const whatsNew = [...home.querySelector('#whats-new')!.parentElement!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(whatsNew).toEqual([expect.stringMatching(/^Kent's children in care and care leavers in 2026: 2 figures from Corporate Parenting Annual Report 2026 \(14 July 2026\)\. What changed since Corporate Parenting Annual Report 2025$/)]);
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
