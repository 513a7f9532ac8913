import path from 'node:path';
import { checkDatapackage, type DataPackage, type Declared } from './datapackage.ts';
import type { Dataset } from './dataset.ts';
import { layout } from './layout.ts';
import type { CsvTable } from './csv.ts';
import { show, type Problem } from './problems.ts';
import { compareVersions, nextPatch, replayRevisions } from './replay-revisions.ts';
import { ADDED } from './schemas/revision.ts';

export { compareVersions, nextPatch };

/** What was read from an edition's folder for the version checks. */
export interface EditionFiles {
  /** The descriptor's text, or undefined when `datapackage.json` is missing. */
  descriptor: string | undefined;
  csv: Buffer | undefined;
  /** The observations file as read, when it could be. */
  table: CsvTable | undefined;
  /** The figures as first published (`observations-1.0.0.csv`), when the file exists. */
  firstPublished: CsvTable | undefined;
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
  const declared = new Map<string, Declared>();
  const rel = (p: string) => path.join(dataDirName, p);

  for (const edition of data.editions) {
    const file = rel(layout.datapackage(edition));
    const read = files.get(edition);
    if (read?.descriptor === undefined) {
      problems.push({ file, line: 0, column: 0, message: 'the edition has no datapackage.json', hint: `run \`npm run datapackage -- ${edition}\` to write it` });
      continue;
    }
    const sources = data.sources.filter((s) => s.row.edition === edition).map((s) => s.row);
    const checked = checkDatapackage({ file, text: read.descriptor, edition, sources, csv: read.csv, csvHeader: read.table?.header });
    problems.push(...checked.problems);
    if (checked.descriptor) packages.set(edition, checked.descriptor);
    if (checked.declared) declared.set(edition, checked.declared);
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
    if (declared.get(row.edition)?.status === 'draft') {
      problems.push({ file: r.file, ...r.at.edition!, message: `edition ${row.edition} is a draft: its figures are not published, so they need no revision`, hint: 'remove this row and change the draft\'s observations.csv directly' });
    }
    if (pkg && compareVersions(row.version, pkg.version) > 0) {
      problems.push({ file: r.file, ...r.at.version!, message: `version ${row.version} is later than the edition's current version ${pkg.version}`, hint: `run \`npm run datapackage -- ${row.edition}\`, which raises the edition to the version of its latest revision` });
    }
    if (compareVersions(row.version, '1.0.0') <= 0) {
      problems.push({ file: r.file, ...r.at.version!, message: `version ${row.version} is not after the first published version, 1.0.0`, hint: 'a correction raises the version: 1.0.1 for the first' });
    }
    if (row.field === ADDED.field) {
      // A figure added after publication had nothing before: the pair of words says so, and nothing else.
      if (row.old !== ADDED.old) problems.push({ file: r.file, ...r.at.old!, message: `a figure added after publication has old empty, not ${show(row.old)}`, hint: `leave old empty and write ${ADDED.new} in new: the figure was not in the edition before` });
      if (row.new !== ADDED.new) problems.push({ file: r.file, ...r.at.new!, message: `a figure added after publication has new ${JSON.stringify(ADDED.new)}, not ${show(row.new)}`, hint: `write ${ADDED.new} in new, and name the figure in metric, series, breakdown, category and period as the observations file gives it` });
    } else if (row.old === row.new) {
      problems.push({ file: r.file, ...r.at.new!, message: `old and new are the same (${show(row.new)}): nothing was revised`, hint: 'give the value as it was before the correction in old' });
    }
  }

  // Even when the descriptor no longer matches the CSV, say which published figures changed.
  for (const [edition, pkg] of declared) {
    if (pkg.status !== 'published') continue;
    const read = files.get(edition)!;
    if (!read.firstPublished) {
      problems.push({ file: rel(layout.firstPublished(edition)), line: 0, column: 0, message: 'a published edition must keep its figures as first published in this file, to check corrections against, and it is missing', hint: 'restore it from the project\'s history; it is written once, by `npm run publish-edition`, and never edited' });
    } else if (read.table) {
      problems.push(...replayRevisions({
        edition, first: read.firstPublished, current: read.table, nextVersion: nextPatch(pkg.version),
        revisions: data.revisions.filter((r) => r.row.edition === edition), revisionsFile: rel(layout.revisions),
      }));
    }
    if (compareVersions(pkg.version, '1.0.0') > 0 && !revisedVersions.has(`${edition}@${pkg.version}`)) {
      problems.push({ file: rel(layout.datapackage(edition)), line: 0, column: 0, message: `version ${pkg.version} has no row in ${rel(layout.revisions)} saying what it corrected`, hint: 'add a row for each figure corrected in this version' });
    }
  }
  return { problems, packages };
}
