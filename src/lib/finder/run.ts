// `npm run find-figures`: reads a new report and writes a draft CSV of the figures it states, for
// people to confirm before any of them goes into data/.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../data/index.ts';
import { draftCsv } from './draft-csv.ts';
import { findFigures } from './find-figures.ts';
import { readReport, reportText } from './read-report.ts';
import { findingSummary } from './summary.ts';

export interface RunOptions {
  dataDir: string;
  report: string;
  edition?: string | undefined;
  /** Where to write the draft CSV; by default beside the report, as `<name>.figures.csv`. */
  out?: string | undefined;
  /** Replace a draft CSV that already exists. */
  force?: boolean | undefined;
}

export type RunResult = { ok: true; summary: string; files: string[] } | { ok: false; errors: string[] };

const within = (dir: string, file: string) => !path.relative(dir, file).startsWith('..') && !path.isAbsolute(path.relative(dir, file));

export async function runFinder(options: RunOptions): Promise<RunResult> {
  const report = path.resolve(options.report);
  const isPdf = /\.pdf$/i.test(report);
  const base = report.replace(/\.(?:pdf|txt)$/i, '');
  const out = path.resolve(options.out ?? `${base}.figures.csv`);
  // For a PDF, its text is saved beside it: the lines the draft cites are that file's lines.
  const text = isPdf ? `${base}.txt` : undefined;
  const dataDir = path.resolve(options.dataDir);
  const errors: string[] = [];
  if (!existsSync(report)) errors.push(`there is no file ${options.report}: give the path to the report's PDF or text`);
  else if (!/\.(?:pdf|txt)$/i.test(report)) errors.push(`${options.report} is neither a .pdf nor a .txt file: give the report's PDF, or its text saved as .txt`);
  for (const file of [out, text]) {
    if (file && within(dataDir, file)) errors.push(`${path.relative(process.cwd(), file)} is inside the data folder: the finder only proposes, so write its draft elsewhere (--out)`);
  }
  if (existsSync(out) && !options.force) errors.push(`${path.relative(process.cwd(), out)} already exists and may hold rows you have confirmed: move it away, choose another --out, or add --force to replace it`);
  const { dataset } = loadDataset(dataDir);
  if (errors.length > 0) return { ok: false, errors };

  let read;
  try {
    read = await readReport(report);
  } catch (e) {
    return { ok: false, errors: [`${options.report} could not be read as a ${isPdf ? 'PDF' : 'text file'}: ${(e as Error).message}`] };
  }
  const finding = findFigures(dataset, read, options.edition);
  const files: string[] = [];
  if (text) {
    const extracted = reportText(read);
    if (existsSync(text) && readFileSync(text, 'utf8') !== extracted && !options.force) {
      return { ok: false, errors: [`${path.relative(process.cwd(), text)} already exists with other text: the draft's line numbers would not match it; move it away or add --force`] };
    }
    writeFileSync(text, extracted);
    files.push(path.relative(process.cwd(), text));
  }
  writeFileSync(out, draftCsv(finding.figures, finding.source));
  files.push(path.relative(process.cwd(), out));
  const pages = read.pages ? Math.max(0, ...read.pages) : undefined;
  // A final line break ends the last line rather than starting another.
  const lineCount = read.lines.length - (read.lines.at(-1) === '' ? 1 : 0);
  let summary = findingSummary(finding, path.basename(report), lineCount, pages);
  if (options.edition === undefined) {
    summary += '\nTo list the measures of the edition this report follows that no figure was matched to, run this again with --edition once the draft edition exists (`npm run new-edition`).';
  } else if (finding.source === undefined) {
    summary += `\nEdition ${options.edition} has no document in data/sources.csv yet, so the source column is empty and the edition it follows is not known: make the draft with \`npm run new-edition\` and run this again.`;
  } else if (finding.previous === undefined) {
    summary += `\nEdition ${options.edition} is the first of its kind on this site, so there is no earlier edition whose measures to look for.`;
  }
  return { ok: true, summary, files };
}
