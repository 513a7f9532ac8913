// Markup in the data is shown as text, never run: a copy of the project whose label, category, note,
// quote and document title carry HTML and script is built for real, and every page, chart and
// download that shows them must hold them as text only. (Links that could run code are refused in
// the prose before any build: tests/unit/content.test.ts; formulas and invisible characters in
// the data: tests/unit/hostile-input.test.ts.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEdition, serialise, type DataPackage } from '../../src/lib/data/datapackage.ts';
import { copyProject, run, scratchFolder } from './project-copy.ts';

const temp = scratchFolder('hostile-build-');

/** Each payload carries a marker, so that wherever it lands it can be found. */
const PAYLOADS = {
  label: '<script>alert("PWNED-label")</script>',
  category: '</text><script>alert("PWNED-category")</script>',
  note: '<img src=x onerror=alert("PWNED-note")>',
  quote: '<b onmouseover=alert("PWNED-quote")>',
  title: '<svg/onload=alert("PWNED-title")>',
};
const MARKER = /PWNED-\w+/g;

let dist = '';
let output = '';

/** Replaces `from` by `to` in a file of the copy, which must hold it. */
function edit(copy: string, file: string, from: string, to: string) {
  const text = readFileSync(path.join(copy, file), 'utf8');
  expect(text, file).toContain(from);
  writeFileSync(path.join(copy, file), text.replace(from, to));
}

beforeAll(() => {
  const copy = copyProject(temp);
  const source = 'corporate-parenting-annual-report-2025';
  edit(copy, 'data/metrics.csv', 'children-in-care,Children in care,', `children-in-care,"Children in care ${PAYLOADS.label.replaceAll('"', '""')}",`);
  edit(copy, `data/sources/${source}.txt`, 'proud of the 1,966 children', `proud of ${PAYLOADS.quote}the 1,966 children`);
  edit(copy, 'data/sources.csv', `${source},Corporate Parenting Annual Report 2025,`, `${source},"Annual report ${PAYLOADS.title.replaceAll('"', '""')}",`);
  // The edition's figures as first published change alike, as if they had always said so.
  for (const file of ['observations.csv', 'observations-1.0.0.csv']) {
    const csv = `data/editions/2025/${file}`;
    edit(copy, csv, '"the 1,966 children and young people in our care","No as-at date', `"${PAYLOADS.quote.replaceAll('"', '""')}the 1,966 children and young people in our care","${PAYLOADS.note.replaceAll('"', '""')} No as-at date`);
    edit(copy, csv, 'fostering-social-media-followers,kent,platform,Facebook,', `fostering-social-media-followers,kent,platform,"Facebook ${PAYLOADS.category.replaceAll('"', '""')}",`);
  }
  const descriptorFile = path.join(copy, 'data/editions/2025/datapackage.json');
  const { version, status, created } = JSON.parse(readFileSync(descriptorFile, 'utf8')) as DataPackage;
  const csv = readFileSync(path.join(copy, 'data/editions/2025/observations.csv'));
  const title = `Annual report ${PAYLOADS.title}`;
  writeFileSync(descriptorFile, serialise(describeEdition({ edition: '2025', sources: [{ id: source, title }], csv, version, status, created })));

  const build = run(copy, 'scripts/build.ts');
  output = build.output;
  dist = path.join(copy, 'dist');
  expect(build.status, output).toBe(0);
}, 240_000);

const files = (ext: string) => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext));
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

/** Every element of a page or SVG that the payloads could have made: scripts, handlers, frames. */
function activeParts(document: Document): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    for (const { name } of element.attributes) if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
    if (tag === 'script' && (element.textContent ?? '').includes('PWNED-')) found.push(`<script>${element.textContent}`);
    if (['iframe', 'object', 'embed'].includes(tag) || (tag === 'img' && element.getAttribute('src') === 'x')) found.push(`<${tag}>`);
  }
  return found;
}

describe('markup in the data, built', () => {
  it('shows every payload as text on the pages that carry it, and runs none of them', () => {
    const seen = new Set<string>();
    let pages = 0;
    for (const file of files('.html')) {
      const html = read(file);
      if (!html.includes('PWNED-')) continue;
      pages++;
      const { document } = parseHTML(html);
      expect(activeParts(document), file).toEqual([]);
      for (const m of (document.documentElement.textContent ?? '').matchAll(MARKER)) seen.add(m[0]);
    }
    // Each payload reached at least one page, as text a reader can see.
    expect([...seen].sort()).toEqual(Object.keys(PAYLOADS).map((k) => `PWNED-${k}`).sort());
    expect(pages).toBeGreaterThan(5);
  });

  it('keeps the chart SVG, where markup would matter most, free of it', () => {
    const charts = files('chart.svg').filter((f) => read(f).includes('PWNED-'));
    // The label on its measure's chart; the document title in the credit of every 2025 chart.
    expect(charts.map((f) => f.split(path.sep).at(-2))).toEqual(expect.arrayContaining(['children-in-care', 'fostering-social-media-followers', 'care-leavers']));
    const seen = new Set<string>();
    for (const chart of charts) {
      const svg = read(chart);
      const { document } = parseHTML(`<!doctype html><html><body>${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
      expect(activeParts(document), chart).toEqual([]);
      expect(svg, chart).not.toMatch(/<(script|img|b)\b|<svg\/|="[^"]*</);
      for (const m of svg.matchAll(MARKER)) seen.add(m[0]);
    }
    // The download draws the first panel only, so the category (a breakdown) shows on the page's chart, checked above.
    expect([...seen].sort()).toEqual(['PWNED-label', 'PWNED-title']);
  });

  it('escapes the payloads in the feed and keeps them as data in the downloads', () => {
    const feed = read('feed.xml');
    expect(feed).not.toMatch(/<(script|img|svg|b)\b/);
    const csv = read('trends/children-in-care/data.csv');
    expect(csv).toContain(PAYLOADS.note.replaceAll('"', '""'));
    expect(output).not.toMatch(/\[ERROR\]|\[WARN\]/);
  });
});
