// The prose checks: components must name real figures, quotes and terms; numbers may not be typed
// by hand; every problem is located at its file, line and column, all reported at once.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, CONTENT_DIR, resolveStat, typedNumerals } from '../../src/lib/content/index.ts';
import { DATA_DIR, loadDataset } from '../../src/lib/data/index.ts';

const { dataset } = loadDataset(DATA_DIR);
const figures = dataset.observations.map((o) => o.row);
const metrics = new Map(dataset.metrics.map((m) => [m.row.id, m.row]));
const temp = mkdtempSync(path.join(os.tmpdir(), 'content-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A content directory with the real glossary and one report. */
function contentWith(report: string, name = '2025'): string {
  const dir = mkdtempSync(path.join(temp, 'c-'));
  mkdirSync(path.join(dir, 'reports'));
  cpSync(path.join(CONTENT_DIR, 'glossary.yaml'), path.join(dir, 'glossary.yaml'));
  writeFileSync(path.join(dir, 'reports', `${name}.mdx`), report);
  return dir;
}
const problemsOf = (dir: string) => checkContent(dir, dataset, dir).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
const FRONT = '---\ntitle: A report\ndescription: What it says.\n---\n';

describe('the real prose', () => {
  it('passes every check, with figures bound in every report', () => {
    const { problems, stats } = checkContent(CONTENT_DIR, dataset);
    expect(problems).toEqual([]);
    for (const [file, n] of stats) if (file.includes('/reports/')) expect(n, file).toBeGreaterThan(0);
  });
});

describe('checkContent', () => {
  it('lets only a draft\'s own report keep passages marked TO WRITE, and cite the draft', () => {
    const report = `${FRONT}\n## In short\n\nTO WRITE: the summary.\n`;
    expect(problemsOf(contentWith(report))).toEqual(['reports/2025.mdx:8:1: a passage is still marked TO WRITE']);
    const asDraft = { ...dataset, drafts: new Set(['2025']) };
    const dir = contentWith(report);
    writeFileSync(path.join(dir, 'reports', '2020.mdx'), `${FRONT}\n## In short\n\nIn 2025 Kent had <Stat metric="children-in-care" edition="2025" /> children.\n`);
    const check = checkContent(dir, asDraft, dir);
    expect(check.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual(['reports/2020.mdx:8:18: <Stat> cites edition "2025", which is a draft']);
    expect(check.toWrite).toEqual([{ edition: '2025', file: 'reports/2025.mdx', line: 8, where: 'report' }]);
  });

  it('accepts a report whose figures, quotes and terms are all real', () => {
    const dir = contentWith(`${FRONT}\n## In short\n\nKent looked after <Stat metric="children-in-care" edition="2025" /> children, some of them <Term id="uasc">unaccompanied</Term>, in 2025.\n\n<Quote edition="2025" line={51} text="the 1,966 children and young people in our care" />\n\n<Chart metric="children-in-care" />\n\n<Figures edition="2025" topic="fostering" />\n`);
    expect(problemsOf(dir)).toEqual([]);
    expect(checkContent(dir, dataset, dir).stats.get('reports/2025.mdx')).toBe(1);
  });

  it('reports every mistake at once, each at its line and column', () => {
    const dir = contentWith([
      '---', 'title: A report', '---', '',
      '## Overview', '',
      'Kent had 1,966 children and <Stat metric="no-such-metric" edition="2025" />.',
      '<Stat metric="children-in-care" edition="2025" catgory="x" />',
      '<Quote edition="2025" line={52} text="the 1,966 children and young people in our care" />',
      '<Term id="not-a-term">x</Term> <Chart metric="no-such-metric" /> <Figures edition="2025" />',
      '{1 + 1}',
      '#### Too deep',
    ].join('\n'));
    expect(problemsOf(dir)).toEqual([
      'reports/2025.mdx:1:1: the frontmatter is missing or incomplete: description: description is missing',
      'reports/2025.mdx:5:1: the report starts with the heading "Overview"',
      'reports/2025.mdx:7:10: the number "1,966" is typed into the prose',
      'reports/2025.mdx:7:29: <Stat>: no metric "no-such-metric" in the catalogue',
      'reports/2025.mdx:8:48: <Stat> has no attribute "catgory"',
      'reports/2025.mdx:9:1: <Quote>: the words "the 1,966 children and young people in our care" do not start on line 52 of corporate-parenting-annual-report-2025.txt',
      'reports/2025.mdx:10:1: <Term>: no glossary entry "not-a-term"',
      'reports/2025.mdx:10:32: <Chart>: no figures for metric "no-such-metric"',
      'reports/2025.mdx:10:66: <Figures> needs either topic="..." or metrics="..."',
      'reports/2025.mdx:11:1: a {…} expression in the prose',
      'reports/2025.mdx:12:1: a level-4 heading follows a level-2 heading',
    ]);
  });

  it('refuses the same figure cited twice, since its anchor would repeat', () => {
    const dir = contentWith(`${FRONT}\n## In short\n\n<Stat metric="children-in-care" edition="2025" /> and again <Stat metric="children-in-care" edition="2025" />, or <Stat metric="children-in-care" edition="2025" id="again" />.\n`);
    expect(problemsOf(dir)).toEqual(['reports/2025.mdx:8:61: <Stat> cites the same figure as line 8, so both would have the id "stat-children-in-care-2025"']);
  });

  it('refuses links that could run code, and raw HTML, but not links to pages or web addresses', () => {
    const dir = contentWith([
      FRONT, '## In short', '',
      '[a measure](/trends/children-in-care/), [the council](https://www.kent.gov.uk/) and [email](mailto:someone@example.invalid).',
      '[click](javascript:alert(1)) and [this](JaVaScRiPt:alert(1)) and ![a picture](data:image/svg+xml;base64,PHN2Zz4=).',
      '[a reference][ref]', '',
      '[ref]: vbscript:msgbox', '',
      '<script>alert(1)</script> <a href="javascript:alert(1)">x</a> <img src="x" onerror="alert(1)" />',
    ].join('\n'));
    expect(problemsOf(dir)).toEqual([
      'reports/2025.mdx:9:1: a link to a "javascript:" address',
      'reports/2025.mdx:9:34: a link to a "javascript:" address',
      'reports/2025.mdx:9:66: a link to a "data:" address',
      'reports/2025.mdx:12:1: a link to a "vbscript:" address',
      'reports/2025.mdx:14:1: unknown component <script>',
      'reports/2025.mdx:14:27: unknown component <a>',
      'reports/2025.mdx:14:63: unknown component <img>',
    ]);
  });

  it('locates a syntax error, and a report named after no edition', () => {
    const dir = contentWith(`${FRONT}\n## In short\n\nText <Stat metric="x" edition="2025" \n`, '2031');
    const problems = problemsOf(dir);
    expect(problems[0]).toBe('reports/2031.mdx:0:0: no edition "2031" in data/sources.csv');
    expect(problems[1]).toMatch(/^reports\/2031\.mdx:\d+:\d+: the MDX cannot be read: /);
  });
});

describe('resolveStat', () => {
  it('means Kent\'s total by default, and lists the choices when a query is ambiguous', () => {
    const found = resolveStat(figures, metrics, { metric: 'children-in-care', edition: '2025' });
    expect('figure' in found && found.figure.value).toBe(1966);
    const ambiguous = resolveStat(figures, metrics, { metric: 'fostering-contacts', edition: '2025' });
    expect(ambiguous).toMatchObject({ error: expect.stringMatching(/figures for "fostering-contacts" match; say which one/), hint: expect.stringMatching(/period="\d{4}/) });
    const missing = resolveStat(figures, metrics, { metric: 'children-in-care', edition: '2025', period: '1999' });
    expect(missing).toMatchObject({ error: 'no 2025 figure for "children-in-care" matches period="1999"' });
  });
});

describe('typedNumerals', () => {
  it('allows dates, years, ages, legislation and standards, and nothing else', () => {
    const allowed = ['on 31 March 2017', 'in 2016/17 and 2019-20', 'young people aged 18 to 25', '16-year-olds', 'under the age of 18',
      'until the age of 21', 'under-18s', 'care leavers aged 21+', 'section 20 of the Children Act 1989', 'Year 11', 'Key Stage 4', 'WCAG 2.2', 'zoom to 400%', 'contrast of 4.5 to 1'];
    for (const text of allowed) expect(typedNumerals(text), text).toEqual([]);
    const typed = { 'Kent had 1,966 children': '1,966', 'up 5.2%': '5.2', 'over 25 carers': '25', 'a 2nd home': '2', 'the 1966 children': '1966' };
    for (const [text, numeral] of Object.entries(typed)) expect(typedNumerals(text).map((n) => n.text), text).toEqual([numeral]);
  });
});
