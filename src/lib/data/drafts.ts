// A draft edition is validated in full, except for what the scaffold left for people to complete:
// observation rows with no value, line or quote yet, and cells or passages marked TO WRITE.
import { readFileSync } from 'node:fs';
import type { CsvRow } from './csv.ts';
import type { Dataset } from './dataset.ts';

/** Marks a cell of a draft's data, or a passage of its report, that is still to be written. */
export const TO_WRITE = 'TO WRITE';

/** Something a draft still needs, listed by `npm run validate` rather than refused. */
export interface Unwritten {
  edition: string;
  file: string;
  line: number;
  /** In a CSV file, the row as a spreadsheet numbers it (the header is row 1). */
  row?: number;
  /** The column or heading it is in. */
  where: string;
}

/** Where a place still to write is, as staff find it: "row 7 (title)" in a CSV file, "line 12" in a report. */
export function placeOf(u: Unwritten): string {
  return u.row === undefined ? `line ${u.line}${u.where === 'report' ? '' : ` (${u.where})`}` : `row ${u.row} (${u.where})`;
}

/** A descriptor's status, read before validation decides how to treat the edition's rows. */
export function readStatus(file: string): unknown {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { status?: unknown }).status;
  } catch {
    return undefined; // a missing or broken descriptor is reported by the version checks
  }
}

/** A scaffolded row: it names a figure, but gives no value, line or quote yet. */
export function isUnfilled(row: CsvRow): boolean {
  return ['value', 'line', 'quote'].every((column) => (row.cells[column] ?? '').trim() === '');
}

/** The columns of a row still marked TO WRITE. */
export function unwrittenColumns(row: CsvRow): string[] {
  return Object.keys(row.cells).filter((c) => row.cells[c]!.includes(TO_WRITE));
}

/** Set by `npm start` for its preview build: drafts are shown, with a banner, instead of left out. */
export const PREVIEW_DRAFTS_ENV = 'KENT_PREVIEW_DRAFTS';
export const previewingDrafts = () => process.env[PREVIEW_DRAFTS_ENV] === '1';

/**
 * The dataset as the public site shows it: draft editions left out entirely (their figures,
 * documents, gaps and versions), unless a preview asks for them.
 */
export function publicView(data: Dataset, { drafts = false } = {}): Dataset {
  if (drafts || data.drafts.size === 0) return data;
  const shown = <T extends { row: { edition: string } }>(rows: T[]) => rows.filter((r) => !data.drafts.has(r.row.edition));
  return {
    ...data,
    editions: data.editions.filter((e) => !data.drafts.has(e)),
    sources: shown(data.sources),
    observations: shown(data.observations),
    gaps: shown(data.gaps),
    revisions: shown(data.revisions),
    packages: new Map([...data.packages].filter(([e]) => !data.drafts.has(e))),
    toFill: [],
    unwritten: [],
  };
}
