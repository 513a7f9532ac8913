// `npm run datapackage -- [edition ...]`: writes each edition's datapackage.json from
// its CSV. A published edition whose figures changed moves to the version of its latest revision
// in data/revisions.csv, and is refused if no revision explains the change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR, layout, loadDataset } from '../src/lib/data/index.ts';
import { describeEdition, serialise, sha256, type DataPackage } from '../src/lib/data/datapackage.ts';
import { compareVersions, nextPatch } from '../src/lib/data/validate-versions.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { data: { type: 'string' } },
});
const dataDir = values.data ? path.resolve(values.data) : DATA_DIR;
const { dataset } = loadDataset(dataDir);
const editions = positionals.length > 0 ? positionals : dataset.editions;

let failed = false;
for (const edition of editions) {
  const result = writeDescriptor(edition);
  console.log(`${edition}: ${result}`);
}
process.exitCode = failed ? 1 : 0;

function writeDescriptor(edition: string): string {
  if (!dataset.editions.includes(edition)) return fail(`no folder ${path.join(dataDir, layout.editions, edition)}`);
  const csvFile = path.join(dataDir, layout.observations(edition));
  const file = path.join(dataDir, layout.datapackage(edition));
  const csv = readFileSync(csvFile);
  const old = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DataPackage) : undefined;

  let version = old?.version ?? '0.1.0';
  let status = old?.status ?? 'draft';
  const changed = old?.resources?.[0]?.hash !== sha256(csv);
  if (status === 'published' && changed) {
    const latest = dataset.revisions
      .filter((r) => r.row.edition === edition)
      .map((r) => r.row.version)
      .sort(compareVersions)
      .at(-1);
    if (!latest || compareVersions(latest, version) <= 0) {
      return fail(`its published figures have changed, but ${layout.revisions} has no revision for it after version ${version}. Add a row for each corrected figure with version ${nextPatch(version)}, then run this again.`);
    }
    version = latest;
  }
  const sources = dataset.sources.filter((s) => s.row.edition === edition).map((s) => s.row);
  const text = serialise(describeEdition({ edition, sources, csv, version, status, created: old?.created }));
  if (old && readFileSync(file, 'utf8') === text) return `unchanged (version ${version}, ${status})`;
  writeFileSync(file, text);
  return `wrote ${path.relative(process.cwd(), file)} (version ${version}, ${status})`;
}

function fail(message: string): string {
  failed = true;
  return `not written: ${message}`;
}
