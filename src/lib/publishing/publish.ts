// `npm run publish-edition`: turns a finished draft into a published edition, version 1.0.0, and
// keeps its figures as first published, which later corrections are checked against.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentLayout } from '../content/check-content.ts';
import { validateProject } from '../content/index.ts';
import { describeEdition, serialise } from '../data/datapackage.ts';
import { layout } from '../data/index.ts';
import { placeOf } from '../data/drafts.ts';
import { countOf } from '../site/format.ts';
import { openMeasures, summariseDraft, whereTheDateGoes } from './draft-summary.ts';

/** The first ten items of a list, and how many more there are. */
const listed = (items: readonly string[]) => (items.length > 10 ? `${items.slice(0, 10).join(', ')} and ${items.length - 10} more` : items.join(', '));

export type PublishResult = { ok: true; files: string[] } | { ok: false; errors: string[] };

export function publishEdition(options: { dataDir: string; edition: string; now?: Date }): PublishResult {
  const { dataDir, edition } = options;
  const contentDir = path.join(dataDir, '..', 'content');
  const { dataset, problems, unwritten: allUnwritten } = validateProject(dataDir);
  const errors: string[] = [];
  if (!dataset.editions.includes(edition)) {
    return { ok: false, errors: [`there is no edition ${JSON.stringify(edition)}: the editions are ${dataset.editions.join(', ')}`] };
  }
  if (!dataset.drafts.has(edition)) return { ok: false, errors: [`edition ${edition} is already published; to correct a figure, see "Correcting a published figure" in docs/publishing.md`] };
  if (problems.length > 0) errors.push(`validation found ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: run \`npm run validate\` and fix them first`);
  const summary = summariseDraft(dataset, edition, allUnwritten);
  const { toFill, unwritten, filled, previous } = summary;
  if (summary.missingDate) errors.push(`the document has no publication date: ${whereTheDateGoes(summary)}`);
  if (toFill.length > 0) errors.push(`${countOf(toFill.length, 'row', 'rows')} of ${toFill[0]!.file} ${toFill.length === 1 ? 'is' : 'are'} still to fill in (${listed(toFill.map((t) => `row ${t.row}`))}): fill each in, or delete it if the report does not give that figure; \`npm run validate -- --all\` lists them with last year's figures`);
  const open = openMeasures(summary);
  if (open.length > 0) {
    errors.push(`${countOf(open.length, 'measure', 'measures')} of edition ${previous} (the one of its kind before this one) ${open.length === 1 ? 'is' : 'are'} neither given in edition ${edition} nor recorded in data/gaps.csv: ${listed(open.map((c) => c.metric))}. Give each one's figures, or record it in data/gaps.csv as named but not stated, or as not reported: \`npm run validate -- --all\` lists them with the rows to paste`);
  }
  if (unwritten.length > 0) errors.push(`${countOf(unwritten.length, 'place is', 'places are')} still marked TO WRITE: ${unwritten.map((t) => `${t.file} ${placeOf(t)}`).join(', ')}`);
  if (!existsSync(path.join(contentDir, contentLayout.reports, `${edition}.mdx`))) errors.push(`edition ${edition} has no report: write content/reports/${edition}.mdx (npm run new-edition makes one to start from)`);
  if (filled === 0) errors.push(`edition ${edition} has no figures`);
  if (errors.length > 0) return { ok: false, errors };

  const csvFile = path.join(dataDir, layout.observations(edition));
  const csv = readFileSync(csvFile);
  const sources = dataset.sources.filter((s) => s.row.edition === edition).map((s) => s.row);
  const created = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const descriptor = path.join(dataDir, layout.datapackage(edition));
  writeFileSync(descriptor, serialise(describeEdition({ edition, sources, csv, version: '1.0.0', status: 'published', created })));
  const first = path.join(dataDir, layout.firstPublished(edition));
  copyFileSync(csvFile, first);
  return { ok: true, files: [descriptor, first].map((f) => path.relative(process.cwd(), f)) };
}
