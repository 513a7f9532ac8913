// Every edition's datapackage.json against the official Data Package 2.0 profiles (kept in
// tests/profiles/, never fetched), and read by a Frictionless library as a stranger would read it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import datapackage from 'datapackage';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const profiles = path.join(root, 'tests/profiles/datapackage-2.0');
const editionsDir = path.join(root, 'data/editions');
const editions = readdirSync(editionsDir).sort();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'datapackage-profile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
// The profiles carry keywords of their own (propertyOrder, options, context) that strict mode refuses.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// "textarea" only tells form builders to offer several lines; any string is one.
ajv.addFormat('textarea', true);
const profile = (name: string) => ajv.compile(readJson(path.join(profiles, `${name}.json`)));
const checkPackage = profile('datapackage');
const checkResource = profile('dataresource');
const checkDialect = profile('tabledialect');
const checkSchema = profile('tableschema');

const errorsOf = (file: string, errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${path.relative(root, file)}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

interface Descriptor { sources: { title: string; path?: string }[]; resources: { path: string; dialect: object; schema: object }[] }

describe('the Data Package 2.0 profiles', () => {
  it('has all five editions to check', () => expect(editions).toHaveLength(5));

  it.each(editions)('accept the descriptor of edition %s, its resource, dialect and table schema', (edition) => {
    const file = path.join(editionsDir, edition, 'datapackage.json');
    const descriptor = readJson(file) as unknown as Descriptor;
    const errors = [...errorsOf(file, checkPackage(descriptor) ? [] : checkPackage.errors)];
    for (const resource of descriptor.resources) {
      if (!checkResource(resource)) errors.push(...errorsOf(file, checkResource.errors));
      if (!checkDialect(resource.dialect)) errors.push(...errorsOf(file, checkDialect.errors));
      if (!checkSchema(resource.schema)) errors.push(...errorsOf(file, checkSchema.errors));
    }
    expect(errors).toEqual([]);
    expect(descriptor.resources.every((r) => r.dialect)).toBe(true);
  });

  it('refuse a source path that climbs out of the package, as the descriptors once had', () => {
    const descriptor = readJson(path.join(editionsDir, editions[0]!, 'datapackage.json')) as unknown as Descriptor;
    descriptor.sources[0]!.path = '../../sources/a-document.txt';
    expect(checkPackage(descriptor)).toBe(false);
    expect(checkPackage.errors?.map((e) => e.instancePath)).toContain('/sources/0/path');
  });
});

describe('a Frictionless library (datapackage on npm)', () => {
  const { Package } = datapackage;

  it.each(editions)('loads edition %s and reads every row and cell of its CSV as written', async (edition) => {
    const dir = path.join(editionsDir, edition);
    const pkg = await Package.load(path.join(dir, 'datapackage.json'), { basePath: dir });
    expect(pkg.errors).toEqual([]);
    const resource = pkg.getResource('observations');
    const raw = (await resource.read({ cast: false })) as string[][];
    const expected = Papa.parse<string[]>(readFileSync(path.join(dir, 'observations.csv'), 'utf8'), { delimiter: ',', skipEmptyLines: true }).data.slice(1);
    expect(raw).toEqual(expected);
    // Cast by the table schema: its types and constraints hold for every row.
    const rows = (await resource.read({ keyed: true, cast: true })) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(expected.length);
    const valueColumn = (resource.schema.fieldNames as string[]).indexOf('value');
    expect(rows.map((r) => r.value)).toEqual(expected.map((r) => Number(r[valueColumn])));
  });

  it('guesses the delimiter wrongly without the dialect, on at least one edition (why it is stated)', async () => {
    const failures: string[] = [];
    for (const edition of editions) {
      const descriptor = readJson(path.join(editionsDir, edition, 'datapackage.json')) as unknown as Descriptor;
      for (const r of descriptor.resources) delete (r as { dialect?: object }).dialect;
      const dir = mkdtempSync(path.join(scratch, `${edition}-`));
      writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(descriptor));
      writeFileSync(path.join(dir, 'observations.csv'), readFileSync(path.join(editionsDir, edition, 'observations.csv')));
      const pkg = await Package.load(path.join(dir, 'datapackage.json'), { basePath: dir });
      await pkg.getResource('observations').read({ cast: false }).catch(() => failures.push(edition));
    }
    expect(failures.length).toBeGreaterThan(0);
  });
});
