// Editions as series of one kind of document, on the real data: which edition each follows, what
// the scaffold of a new annual report holds, and the checklist a draft must finish before publishing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateProject } from '../../src/lib/content/index.ts';
import { readCsv } from '../../src/lib/data/csv.ts';
import { columnsOf } from '../../src/lib/data/schemas/fields.ts';
import { carriedMeasures, DATA_DIR, observationRow, kindOf, latestOfEachKind, loadDataset, nextOfKind, previousOfKind } from '../../src/lib/data/index.ts';
import { formatDraftSummary, openMeasures, summariseDraft } from '../../src/lib/publishing/draft-summary.ts';
import { publishEdition } from '../../src/lib/publishing/publish.ts';
import { scaffoldEdition } from '../../src/lib/publishing/scaffold.ts';

const { dataset } = loadDataset(DATA_DIR);
const sources = dataset.sources.map((s) => s.row);
const metricsOf = (edition: string) => new Set(dataset.observations.filter((o) => o.row.edition === edition).map((o) => o.row.metric));

describe('the kinds of the real documents', () => {
  it('put the two annual reports in one series, and every other document in its own', () => {
    expect(Object.fromEntries(sources.map((s) => [s.edition, s.kind]))).toEqual({
      '2017': 'panel-pack', '2019': 'fostering-report', '2020': 'annual-report', '2025': 'annual-report', 'sufficiency-2025-2028': 'sufficiency-strategy',
    });
    expect(Object.fromEntries(sources.map((s) => [s.edition, [previousOfKind(sources, s.edition), nextOfKind(sources, s.edition)]]))).toEqual({
      '2017': [undefined, undefined], '2019': [undefined, undefined], '2020': [undefined, '2025'], '2025': ['2020', undefined], 'sufficiency-2025-2028': [undefined, undefined],
    });
  });

  it('make a 2026 annual report, listed after the strategy, follow the 2025 annual report', () => {
    const withDraft = [...sources, { edition: '2026', kind: 'annual-report' as const }];
    expect(previousOfKind(withDraft, '2026')).toBe('2025');
    expect(nextOfKind(withDraft, '2025')).toBe('2026');
    expect(kindOf(withDraft, '2026')).toBe('annual-report');
    expect(latestOfEachKind(withDraft)).toEqual([
      { kind: 'panel-pack', edition: '2017' }, { kind: 'fostering-report', edition: '2019' },
      { kind: 'annual-report', edition: '2026' }, { kind: 'sufficiency-strategy', edition: 'sufficiency-2025-2028' },
    ]);
  });
});

describe('the checklist of the measures of the edition before', () => {
  it('accounts for every measure of the 2020 annual report in the 2025 one exactly once', () => {
    const carried = carriedMeasures(metricsOf('2020'), metricsOf('2025'), dataset.gaps.map((g) => g.row), '2025');
    expect(carried.map((c) => c.metric).toSorted()).toEqual([...metricsOf('2020')].toSorted());
    const by = (state: string) => carried.filter((c) => c.state === state).map((c) => c.metric);
    // Both give these (the pair's page at /compare/2020-and-2025/ counts 8 measures in common) ...
    expect(by('given')).toEqual([...metricsOf('2020')].filter((m) => metricsOf('2025').has(m)));
    expect(by('given')).toHaveLength(8);
    // ... the 2025 report names two without stating them (data/gaps.csv) ...
    expect(by('named').toSorted()).toEqual(['adopter-assessment-stage-2-duration-days', 'care-leavers-in-education-employment-training-in-touch']);
    // ... and the rest were dropped before the checklist existed: nothing records them, which the report's page says.
    expect(by('not-reported')).toEqual([]);
    expect(by('open')).toHaveLength(metricsOf('2020').size - 10);
  });
});

describe('a new annual report, scaffolded from the real data', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'editions-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const dataDir = path.join(temp, 'data');
  cpSync(DATA_DIR, dataDir, { recursive: true });
  cpSync(path.join(DATA_DIR, '..', 'content'), path.join(temp, 'content'), { recursive: true });
  const SOURCE = 'corporate-parenting-annual-report-2026';
  const text = path.join(temp, 'report-2026.txt');
  writeFileSync(text, 'Corporate Parenting Annual Report 2026\n\nOn 31 March 2026 there were 2,104 children and young people in our care.\nLong-term placement stability is not reported this year.\n');
  const csv = path.join(dataDir, 'editions/2026/observations.csv');
  const edit = (file: string, change: (t: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  const summary = () => {
    const { dataset: data, unwritten } = validateProject(dataDir, temp);
    return { data, s: summariseDraft(data, '2026', unwritten) };
  };

  it('needs to be told which edition it follows, as there are several kinds of document', () => {
    const refused = scaffoldEdition({ dataDir, edition: '2026', text });
    expect(refused).toEqual({ ok: false, errors: ['say which edition the new one follows, with --from: the latest of each kind of document is 2017 (Corporate Parenting Panel agenda pack), 2019 (Kent Fostering Service annual report), 2025 (Corporate Parenting Annual Report), sufficiency-2025-2028 (Sufficiency Strategy); for a new annual report, --from 2025'] });
  });

  it('takes the kind of the edition it starts from, and a row for each figure it gave, parts and comparators included', () => {
    const made = scaffoldEdition({ dataDir, edition: '2026', from: '2025', text });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const figures = dataset.observations.filter((o) => o.row.edition === '2025').map((o) => o.row);
    const kinds = new Set(figures.map((f) => [f.metric, f.series, f.breakdown ?? '', f.category ?? ''].join(',')));
    expect([made.kind, made.rows, made.measures]).toEqual(['annual-report', kinds.size, metricsOf('2025').size]);
    const rows = readCsv(readFileSync(csv), csv, { required: columnsOf(observationRow) }).table.rows
      .map((r) => [r.cells.metric, r.cells.series, r.cells.breakdown, r.cells.category].join(','));
    expect(new Set(rows)).toEqual(kinds);
    // The breakdowns the issue found missing: kinship foster care (106 children in 2025) among them.
    expect(rows).toContain('children-placed-with-kent-foster-carers,kent,foster-care-type,Kinship (connected person) foster care');
    expect(readFileSync(path.join(dataDir, 'sources.csv'), 'utf8').trim().split('\n').at(-1)).toContain(',2026,annual-report,');
  });

  it('lists every measure of 2025 to account for, and refuses to publish until each is given or recorded', () => {
    edit(csv, (t) => t.replace(`\nchildren-in-care,kent,,,,,,,${SOURCE},,,`, `\nchildren-in-care,kent,,,2026-03-31,31 March 2026,2104,,${SOURCE},3,"2,104 children and young people in our care",`));
    const { data, s } = summary();
    expect([s.previous, s.kind, s.filled, s.checklist.length]).toEqual(['2025', 'annual-report', 1, metricsOf('2025').size]);
    expect(s.missingDate).toEqual({ row: 7, column: { letter: 'E', name: 'published' } });
    expect(openMeasures(s).length).toBe(metricsOf('2025').size - 1);
    const short = formatDraftSummary(s, data);
    expect(short).toContain('Draft edition 2026 (version 0.1.0), a Corporate Parenting Annual Report, compared with edition 2025, the one of its kind before it:');
    expect(short).toContain('Publication date: none yet. In data/sources.csv, row 7, column E (published), type the date the council published the document');
    expect(short).toMatch(/\n {4}row 3: care-leavers; in 2025: 1,868 \(November 2025, line 321 of its text\)\n/);
    expect(short).toContain(`… and ${s.toFill.length - 10} more: \`npm run validate -- --all\` lists every one`);
    // --all lists every row still to fill in.
    const all = formatDraftSummary(s, data, { all: true });
    for (const t of s.toFill) expect(all).toContain(`\n    row ${t.row}: ${t.metric}`);
  });

  it('offers the not-reported rows to paste, and publishes once every measure is accounted for', () => {
    // The report gives no other figure: the rows go, and their measures come up in the checklist.
    edit(csv, (t) => t.split('\n').filter((l) => !l.endsWith(`,${SOURCE},,,`)).join('\n'));
    // One is named in the report without its figure; another is recorded as not reported by hand.
    edit(path.join(dataDir, 'gaps.csv'), (t) => `${t}2026,${SOURCE},4,placement-stability-long-term,The share of children in long-term stable homes,not-stated,Long-term placement stability is not reported this year\n2026,${SOURCE},,care-leavers,,not-reported,\n`);
    let { data, s } = summary();
    const states = new Map(s.checklist.map((c) => [c.metric, c.state]));
    expect([states.get('children-in-care'), states.get('placement-stability-long-term'), states.get('care-leavers')]).toEqual(['given', 'named', 'not-reported']);
    const open = openMeasures(s);
    expect(open).toHaveLength(metricsOf('2025').size - 3);
    expect(s.toFill).toEqual([]);

    const all = formatDraftSummary(s, data, { all: true });
    const pasted = all.split('\n').filter((l) => l.startsWith(`2026,${SOURCE},,`));
    expect(pasted).toEqual(open.map((c) => `2026,${SOURCE},,${c.metric},,not-reported,`));
    expect(formatDraftSummary(s, data).split('\n').filter((l) => l.startsWith(`2026,${SOURCE},,`))).toHaveLength(10);

    const refused = publishEdition({ dataDir, edition: '2026' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors).toContain('the document has no publication date: in data/sources.csv, row 7, column E (published), type the date the council published the document (or the date of the meeting it went to) as year-month-day, such as 2026-07-14 for 14 July 2026; if you know only the month, 2026-07');
    expect(refused.errors.find((e) => e.startsWith(`${open.length} measures of edition 2025 (the one of its kind before this one) are neither given in edition 2026 nor recorded in data/gaps.csv: ${open[0]!.metric}, `))).toBeDefined();

    // Done as the summary says: the rows pasted, the date typed, the document's row and the report written.
    edit(path.join(dataDir, 'gaps.csv'), (t) => `${t}${pasted.join('\n')}\n`);
    edit(path.join(dataDir, 'sources.csv'), (t) => t
      .replace(`${SOURCE},TO WRITE: the document's title,TO WRITE: one or two sentences on what it covers,Kent County Council,,TO WRITE: such as April 2025 to March 2026,2026,annual-report,TO WRITE: the file name it came as,`,
        `${SOURCE},Corporate Parenting Annual Report 2026,The annual report.,Kent County Council,2026-07-14,April 2025 to March 2026,2026,annual-report,report-2026.pdf,`));
    writeFileSync(path.join(temp, 'content/reports/2026.mdx'), '---\ntitle: Kent in 2026\ndescription: The 2026 report.\n---\n\n## In short\n\nKent looked after <Stat metric="children-in-care" edition="2026" /> children.\n');
    ({ data, s } = summary());
    expect([s.missingDate, openMeasures(s)]).toEqual([undefined, []]);
    expect(formatDraftSummary(s, data)).toContain(`Checklist of the ${metricsOf('2025').size} measures of edition 2025: 1 given in this edition, 1 recorded in data/gaps.csv as named but not stated, ${metricsOf('2025').size - 2} marked not reported; 0 still open.`);
    const published = publishEdition({ dataDir, edition: '2026', now: new Date('2026-07-15T09:00:00Z') });
    expect(published.ok, JSON.stringify(published)).toBe(true);
  });
});
