// `npm run build` publishes the real data, and refuses bad data: a copy of the project with one
// corrupt row fails with the validator's message and is left with no dist/ at all.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, root, sitemapPaths } from './browser.ts';
import { copyProject as copyOf, run, scratchFolder } from './project-copy.ts';

const temp = scratchFolder('corrupt-build-');
const copyProject = () => copyOf(temp);

/** `astro build` run directly, bypassing the build script, must fail too and publish nothing. */
function expectAstroRefuses(copy: string, message: string): void {
  const astro = run(copy, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'direct');
  expect(astro.status).not.toBe(0);
  expect(astro.output).toContain(message);
  expect(existsSync(path.join(copy, 'direct', 'index.html'))).toBe(false);
}

describe('npm run build', () => {
  it('builds the real data into dist/, one page per sitemap entry', () => {
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    for (const page of sitemapPaths()) expect(existsSync(path.join(dist, page, 'index.html')), page).toBe(true);
    expect(existsSync(path.join(root, '.dist-staging'))).toBe(false);
  });

  it('stops on a corrupt row with the validator\'s message, and leaves no dist/', () => {
    const copy = copyProject();

    // Change the first figure of the 2025 edition so that its quote no longer states it.
    const file = path.join(copy, 'data/editions/2025/observations.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const cells = lines[1]!.split(',');
    const value = cells[6]!;
    cells[6] = String(Number(value) + 1);
    lines[1] = cells.join(',');
    writeFileSync(file, lines.join('\n'));

    const { status, output } = run(copy, 'scripts/build.ts');
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`data/editions/2025/observations\\.csv:2:\\d+: the quote does not state the value ${Number(value) + 1}`));
    // The edition's datapackage.json pins its CSV, so the change is caught there too.
    expect(output).toContain('data/editions/2025/datapackage.json');
    expect(output).toContain('observations.csv has changed since this descriptor recorded it');
    // And the edition is published, so the change needs a row in revisions.csv.
    expect(output).toMatch(new RegExp(`value is "${Number(value) + 1}", but edition 2025 (was published with|as published, with its recorded corrections, has) "${value}", and data/revisions.csv records no such correction`));
    expect(output).toContain('3 errors in 2 files');
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);
    expect(existsSync(path.join(copy, '.dist-staging'))).toBe(false);

    // Astro run directly refuses the same data in its content loader.
    expectAstroRefuses(copy, 'The data is not valid');
  }, 120_000);

  it('stops on a report citing a figure that does not exist, naming the file, line and column', () => {
    const copy = copyProject();
    const file = path.join(copy, 'content/reports/2025.mdx');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('## In short')) + 2;
    lines.splice(at, 0, 'Kent had <Stat metric="children-on-the-moon" edition="2025" /> children on the moon.', '');
    writeFileSync(file, lines.join('\n'));

    const { status, output } = run(copy, 'scripts/build.ts');
    expect(status).toBe(1);
    expect(output).toContain(`content/reports/2025.mdx:${at + 1}:10: <Stat>: no metric "children-on-the-moon" in the catalogue`);
    expect(output).toContain('1 error in 1 file');
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);

    // Astro run directly refuses it too, in the component.
    expectAstroRefuses(copy, '<Stat metric="children-on-the-moon" edition="2025">: no metric "children-on-the-moon" in the catalogue');
  }, 120_000);

  it('is repeatable: a second build of the same commit is byte-identical to dist/', () => {
    const copy = copyProject();
    rmSync(path.join(copy, 'dist'), { recursive: true });
    const build = run(copy, 'scripts/build.ts');
    expect(build.status, build.output).toBe(0);
    // What staff see while they wait, as a log shows it: a line per step, a count, no control characters.
    for (const step of [/ Checking the data and the reports\.\.\.\n/, / Bundling the pages' code\.\.\.\n/,
      /Writing [\d,]+ files: [\d,]+ pages, [\d,]+ chart images and [\d,]+ downloads and feeds\.\.\.\n/,
      / ([\d,]+) of \1 files written \(100%\)\n/, / Writing the search index\.\.\.\n/, /Built dist\/ in [\d.]+ s\.|Built dist\/ in \d+ min/]) {
      expect(build.output).toMatch(step);
    }
    expect(build.output).not.toMatch(/[\r\x1b]/);
    const hashes = (dir: string) => new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(path.join(dir, f)).isFile())
      .map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
    const first = hashes(dist);
    const second = hashes(path.join(copy, 'dist'));
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...first].filter(([f, h]) => second.get(f) !== h).map(([f]) => f)).toEqual([]);
  }, 240_000);
});
