// `npm run publish-edition -- <edition>`: publishes a finished draft (version 1.0.0), builds the
// site, and adds the new addresses to published-urls.txt. See docs/publishing.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../src/lib/data/index.ts';
import { createProgress, PROGRESS_SINCE } from '../src/lib/progress/progress.ts';
import { publishEdition } from '../src/lib/publishing/publish.ts';
import { checkPublicAddress, requestedAddress } from '../src/lib/site/site-url.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } });
const [edition] = positionals;
if (!edition) {
  console.error('Give the edition to publish: npm run publish-edition -- 2026');
  process.exit(1);
}
// Publishing builds the public site, which needs its public address: refuse before marking the
// edition published, not after, so nothing is left half done.
if (!values['no-build']) {
  const { raw, from } = requestedAddress();
  const address = checkPublicAddress(raw, from);
  if (!address.ok) {
    console.error(`Edition ${edition} was not published:\n  - ${address.problem}`);
    process.exit(1);
  }
}
const progress = createProgress();
const result = publishEdition({ dataDir: values.data ? path.resolve(values.data) : DATA_DIR, edition });
if (!result.ok) {
  console.error(`Edition ${edition} was not published:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
console.log(`Edition ${edition} is published, at version 1.0.0. Written:\n${result.files.map((f) => `  ${f}`).join('\n')}`);
if (values['no-build']) process.exit(0);

const root = path.resolve(import.meta.dirname, '..');
for (const script of ['scripts/build.ts', 'scripts/urls.ts']) {
  progress.step(script === 'scripts/build.ts' ? 'Building the public site' : 'Adding the new addresses to published-urls.txt');
  // The build's own steps continue this command's clock.
  const run = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit', env: { ...process.env, [PROGRESS_SINCE]: String(progress.since) } });
  if (run.status !== 0) {
    console.error(`\n${script} failed: the edition is marked published, but the site was not rebuilt. Fix what it reports, then run npm run build and npm run urls.`);
    process.exit(1);
  }
}
console.log(`\nDone. Commit everything that changed (git status lists it): the edition's files, its report, data/sources.csv and published-urls.txt.`);
