import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { show, type Problem } from './problems.ts';
import { columnsOf } from './schemas/fields.ts';
import { observationRow, QUALIFIERS, SERIES } from './schemas/observation.ts';
import type { Source } from './schemas/source.ts';

/**
 * Each edition's `datapackage.json` is a Frictionless Data Package descriptor
 * (https://datapackage.org/standard/data-package/). Its table schema is derived from the Zod
 * schema, so the two cannot drift; `bytes` and `hash` pin the CSV it describes, so that a change
 * to published figures cannot pass unnoticed.
 */

type FieldType = 'string' | 'number' | 'integer';
interface FieldShape { type: FieldType; constraints?: Record<string, unknown> }

/** The Frictionless type and constraints of each observations column; descriptions come from Zod. */
const OBSERVATION_FIELDS: Record<keyof typeof observationRow.shape, FieldShape> = {
  metric: { type: 'string', constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' } },
  series: { type: 'string', constraints: { required: true, enum: [...SERIES] } },
  breakdown: { type: 'string', constraints: { pattern: '[a-z0-9]+(-[a-z0-9]+)*' } },
  category: { type: 'string' },
  period: { type: 'string' },
  period_label: { type: 'string', constraints: { required: true } },
  value: { type: 'number', constraints: { required: true } },
  qualifier: { type: 'string', constraints: { enum: [...QUALIFIERS] } },
  source: { type: 'string', constraints: { required: true } },
  line: { type: 'integer', constraints: { required: true, minimum: 1 } },
  quote: { type: 'string', constraints: { required: true, maxLength: 500 } },
  note: { type: 'string' },
};

export const PACKAGE_STATUSES = ['draft', 'published'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

export const DATA_LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

/**
 * How the CSV is written, stated rather than left to be guessed: a reader that sniffs the
 * delimiter of a file whose quotes hold commas and spaces can guess wrong and fail to read it.
 */
export interface Dialect {
  header: true;
  delimiter: ',';
  quoteChar: '"';
  doubleQuote: true;
  lineTerminator: '\n' | '\r\n';
}

export interface Resource {
  name: string;
  path: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  dialect: Dialect;
  schema: { fields: Array<FieldShape & { name: string; description: string }>; missingValues: [''] };
}

export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  description: string;
  version: string;
  status: PackageStatus;
  /** When the edition was first published on the site (ISO 8601); absent while it is a draft. */
  created?: string;
  licenses: Array<typeof DATA_LICENCE>;
  /**
   * The documents, by title. Data Package 2.0 refuses a `path` that climbs out of the package's
   * folder (`../`), where the texts are kept; the description says where to find them.
   */
  sources: Array<{ title: string }>;
  resources: Resource[];
}

/** What a descriptor says of its edition's state, read even when the rest of it is wrong. */
export interface Declared { status: PackageStatus; version: string }

export const packageName = (edition: string) => `kent-care-in-numbers-${edition}`;
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The dialect of a CSV as this project writes it (UTF-8, commas, a header); its line ends as found. */
export function dialectOf(csv: Buffer): Dialect {
  return { header: true, delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: csv.includes('\r\n') ? '\r\n' : '\n' };
}

/** The table schema of an observations file, as Frictionless describes it. */
export function observationsSchema(): Resource['schema'] {
  const shape = observationRow.shape as Record<string, z.ZodType>;
  return {
    fields: columnsOf(observationRow).map((name) => ({
      name,
      description: shape[name]?.description ?? '',
      ...OBSERVATION_FIELDS[name as keyof typeof OBSERVATION_FIELDS],
    })),
    missingValues: [''],
  };
}

/** Describes an edition's observations file: what `npm run datapackage` writes. */
export function describeEdition(options: {
  edition: string;
  sources: readonly Pick<Source, 'id' | 'title'>[];
  csv: Buffer;
  version: string;
  status: PackageStatus;
  created?: string | undefined;
}): DataPackage {
  const { edition, sources, csv, version, status, created } = options;
  const titles = sources.map((s) => s.title).join('; ');
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: packageName(edition),
    title: `Kent care in numbers: edition ${edition}`,
    description: `Every figure stated in ${titles}, one row per figure, each with the line and exact words of the document that state it. The column source names the document; its text, whose lines the column line counts, is sources/<source>.txt in the data folder that holds editions/.`,
    version,
    status,
    ...(created ? { created } : {}),
    licenses: [DATA_LICENCE],
    sources: sources.map((s) => ({ title: s.title })),
    resources: [{
      name: 'observations',
      path: 'observations.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: csv.length,
      hash: sha256(csv),
      dialect: dialectOf(csv),
      schema: observationsSchema(),
    }],
  };
}

/** The JSON text of a descriptor, as committed: two-space indent and a final newline. */
export function serialise(descriptor: DataPackage): string {
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/**
 * Checks an edition's descriptor against its CSV and the sources of its edition. `text` is the
 * descriptor as written; problems point at the line of the property that is wrong.
 */
export function checkDatapackage(options: {
  file: string;
  text: string;
  edition: string;
  sources: readonly Source[];
  csv: Buffer | undefined;
  csvHeader: readonly string[] | undefined;
}): { problems: Problem[]; descriptor?: DataPackage | undefined; declared?: Declared | undefined } {
  const { file, text, edition, sources, csv, csvHeader } = options;
  const problems: Problem[] = [];
  const regenerate = `run \`npm run datapackage -- ${edition}\` to write it again from the CSV`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPosition(text, error);
    return { problems: [{ file, ...at, message: `this is not valid JSON: ${(error as Error).message}`, hint: regenerate }] };
  }
  const where = (key: string) => ({ file, ...locate(text, key) });
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { problems: [{ file, line: 1, column: 1, message: 'the descriptor must be a JSON object', hint: regenerate }] };
  }
  const d = parsed as Partial<DataPackage>;

  if (d.name !== packageName(edition)) {
    problems.push({ ...where('name'), message: `name is ${show(String(d.name))}, not ${show(packageName(edition))}`, hint: `the name follows the folder: ${packageName(edition)}` });
  }
  if (typeof d.version !== 'string' || !SEMVER.test(d.version)) {
    problems.push({ ...where('version'), message: `version ${show(String(d.version))} is not a version number like 1.0.0`, hint: 'a published edition starts at 1.0.0; a correction raises it (1.0.1), a draft is 0.x.y' });
  }
  if (!PACKAGE_STATUSES.includes(d.status as PackageStatus)) {
    problems.push({ ...where('status'), message: `status ${show(String(d.status))} is not "draft" or "published"`, hint: 'write "draft" while the edition is being prepared, "published" once it is public' });
  } else if (d.status === 'published' && typeof d.version === 'string' && d.version.startsWith('0.')) {
    problems.push({ ...where('version'), message: `a published edition has version ${d.version}`, hint: 'a published edition starts at 1.0.0' });
  }
  if (d.status === 'published' && (typeof d.created !== 'string' || Number.isNaN(Date.parse(d.created)) || !/^\d{4}-\d{2}-\d{2}T/.test(d.created))) {
    problems.push({ ...where(d.created === undefined ? 'status' : 'created'), message: `a published edition needs "created", the date and time it was first published (found ${show(String(d.created))})`, hint: '`npm run publish-edition` records it; for an edition published by hand, give the time as 2026-03-31T09:00:00Z' });
  }
  if (!Array.isArray(d.licenses) || d.licenses.length === 0 || typeof d.licenses[0]?.name !== 'string') {
    problems.push({ ...where('licenses'), message: 'the descriptor names no licence', hint: `give licenses: [{"name": "${DATA_LICENCE.name}", ...}]; ${regenerate}` });
  }
  const expectedSources = sources.map((s) => s.title).sort();
  const givenSources = Array.isArray(d.sources) ? d.sources.map((s) => s?.title).sort() : [];
  // A draft's document title is still being written in sources.csv; publishing describes it again.
  if (d.status !== 'draft' && JSON.stringify(givenSources) !== JSON.stringify(expectedSources)) {
    problems.push({ ...where('sources'), message: `sources list ${show(givenSources.join(', ') || 'nothing')}, but this edition's documents in data/sources.csv are ${show(expectedSources.join(', ') || 'none')}`, hint: regenerate });
  }

  const resources = Array.isArray(d.resources) ? d.resources : [];
  const resource = resources.find((r) => r?.path === 'observations.csv');
  if (!resource) {
    problems.push({ ...where('resources'), message: 'no resource describes observations.csv', hint: regenerate });
  } else if (csv) {
    const fields = Array.isArray(resource.schema?.fields) ? resource.schema.fields : [];
    const names = fields.map((f) => f?.name);
    // A header with missing or unknown columns is the CSV's own problem, reported there.
    const sameColumns = csvHeader && JSON.stringify([...csvHeader].sort()) === JSON.stringify([...names].sort());
    if (sameColumns && JSON.stringify(names) !== JSON.stringify(csvHeader)) {
      problems.push({ ...where('fields'), message: `the schema's fields (${names.join(', ')}) are not the CSV's columns (${csvHeader.join(', ')})`, hint: regenerate });
    } else if (JSON.stringify(resource.schema) !== JSON.stringify(observationsSchema())) {
      problems.push({ ...where('schema'), message: "the table schema differs from the one the validator applies (the validator's schema has changed since, or the descriptor was edited by hand)", hint: regenerate });
    }
    const dialect = dialectOf(csv);
    const given = (resource.dialect ?? {}) as Partial<Record<keyof Dialect, unknown>>;
    const wrong = (Object.keys(dialect) as Array<keyof Dialect>).filter((k) => given[k] !== dialect[k]);
    if (d.status !== 'draft' && (wrong.length > 0 || Object.keys(given).length !== Object.keys(dialect).length)) {
      const says = wrong.map((k) => `${k} ${JSON.stringify(given[k] ?? null)}, not ${JSON.stringify(dialect[k])}`).join('; ');
      problems.push({ ...where(resource.dialect ? 'dialect' : 'resources'), message: `the dialect does not say how observations.csv is written: ${says || 'it has properties of its own'}`, hint: regenerate });
    }
    // A draft changes freely: `npm run publish-edition` records its hash when it is published.
    if (d.status !== 'draft' && (resource.bytes !== csv.length || resource.hash !== sha256(csv))) {
      problems.push({
        ...where('hash'),
        message: `observations.csv has changed since this descriptor recorded it (${resource.bytes} bytes then, ${csv.length} now)`,
        hint: d.status === 'published'
          ? `this edition is published: record each changed figure in data/revisions.csv, then ${regenerate}, which raises the version`
          : regenerate,
      });
    }
  }
  const declared = PACKAGE_STATUSES.includes(d.status as PackageStatus) && typeof d.version === 'string' && SEMVER.test(d.version)
    ? { status: d.status as PackageStatus, version: d.version }
    : undefined;
  return { problems, descriptor: problems.length === 0 ? (d as DataPackage) : undefined, declared };
}

/** The line and column of a property's first appearance, or the top of the file. */
function locate(text: string, key: string): { line: number; column: number } {
  const index = text.indexOf(`"${key}"`);
  if (index === -1) return { line: 1, column: 1 };
  return position(text, index);
}

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
  const match = /position (\d+)/.exec(String((error as Error).message));
  return match ? position(text, Number(match[1])) : { line: 1, column: 1 };
}
