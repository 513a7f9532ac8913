import path from 'node:path';
import { checkDatapackage, type DataPackage } from './datapackage.ts';
import type { Dataset } from './dataset.ts';
import { layout } from './layout.ts';
import { show, type Problem } from './problems.ts';

/** What was read from an edition's folder for the version checks. */
export interface EditionFiles {
  /** The descriptor's text, or undefined when `datapackage.json` is missing. */
  descriptor: string | undefined;
  csv: Buffer | undefined;
  header: readonly string[] | undefined;
}

/** Compares two version numbers such as 1.0.2: negative when a is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * Layer 5: each edition's `datapackage.json` describes its CSV as it is, and each correction to
 * a published figure is recorded in `data/revisions.csv` with a version the edition has reached.
 */
export function validateVersions(
  data: Dataset,
  files: ReadonlyMap<string, EditionFiles>,
  dataDirName: string,
): { problems: Problem[]; packages: Map<string, DataPackage> } {
  const problems: Problem[] = [];
  const packages = new Map<string, DataPackage>();
  const rel = (p: string) => path.join(dataDirName, p);

  for (const edition of data.editions) {
    const file = rel(layout.datapackage(edition));
    const read = files.get(edition);
    if (read?.descriptor === undefined) {
      problems.push({ file, line: 0, column: 0, message: 'the edition has no datapackage.json', hint: `run \`npm run datapackage -- ${edition}\` to write it` });
      continue;
    }
    const sources = data.sources.filter((s) => s.row.edition === edition).map((s) => s.row);
    const checked = checkDatapackage({ file, text: read.descriptor, edition, sources, csv: read.csv, csvHeader: read.header });
    problems.push(...checked.problems);
    if (checked.descriptor) packages.set(edition, checked.descriptor);
  }

  const revisedVersions = new Set<string>();
  for (const r of data.revisions) {
    const { row } = r;
    const pkg = packages.get(row.edition);
    if (!data.editions.includes(row.edition)) {
      problems.push({ file: r.file, ...r.at.edition!, message: `unknown edition ${show(row.edition)}`, hint: `use a folder name under ${rel(layout.editions)}` });
      continue;
    }
    revisedVersions.add(`${row.edition}@${row.version}`);
    if (pkg && compareVersions(row.version, pkg.version) > 0) {
      problems.push({ file: r.file, ...r.at.version!, message: `version ${row.version} is later than the edition's current version ${pkg.version}`, hint: `run \`npm run datapackage -- ${row.edition}\`, which raises the edition to the version of its latest revision` });
    }
    if (compareVersions(row.version, '1.0.0') <= 0) {
      problems.push({ file: r.file, ...r.at.version!, message: `version ${row.version} is not after the first published version, 1.0.0`, hint: 'a correction raises the version: 1.0.1 for the first' });
    }
    if (row.old === row.new) {
      problems.push({ file: r.file, ...r.at.new!, message: `old and new are the same (${show(row.new)}): nothing was revised`, hint: 'give the value as it was before the correction in old' });
    }
    const figure = data.observations.find((o) =>
      o.row.edition === row.edition && o.row.metric === row.metric && o.row.series === row.series &&
      (o.row.breakdown ?? '') === (row.breakdown ?? '') && (o.row.category ?? '') === (row.category ?? '') &&
      o.row.period === (row.period ?? ''));
    if (!figure) {
      problems.push({ file: r.file, ...r.at.metric!, message: `edition ${row.edition} has no figure ${show([row.metric, row.series, row.breakdown, row.category, row.period].filter(Boolean).join(', '))}`, hint: 'name the figure by its metric, series, breakdown, category and period as the observations file now gives them' });
    } else if ((figure.cells[row.field] ?? '').trim() !== row.new.trim()) {
      problems.push({ file: r.file, ...r.at.new!, message: `new is ${show(row.new)}, but ${figure.file} line ${figure.line} has ${row.field} ${show(figure.cells[row.field] ?? '')}`, hint: 'new must be what the observations file says now' });
    }
  }

  for (const [edition, pkg] of packages) {
    if (pkg.status === 'published' && compareVersions(pkg.version, '1.0.0') > 0 && !revisedVersions.has(`${edition}@${pkg.version}`)) {
      problems.push({ file: rel(layout.datapackage(edition)), line: 0, column: 0, message: `version ${pkg.version} has no row in ${rel(layout.revisions)} saying what it corrected`, hint: 'add a row for each figure corrected in this version' });
    }
  }
  return { problems, packages };
}
