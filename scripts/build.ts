// `npm run build`: validates the data and the prose, then builds the site into a staging folder and only then
// swaps it into dist/. Any error leaves no dist/ at all, so bad data can never be published.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { validateProject } from '../src/lib/content/index.ts';
import { DATA_DIR, formatReport } from '../src/lib/data/index.ts';
import { headersFile } from '../src/lib/site/security.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const staging = path.join(root, '.dist-staging');
const started = performance.now();

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  console.error(message);
  console.error('Build stopped: nothing was published (dist/ removed).');
  process.exit(1);
}

const { problems, summary } = validateProject(DATA_DIR, root);
if (problems.length > 0) fail(formatReport(problems, summary));
console.log(formatReport(problems, summary));

rmSync(staging, { recursive: true, force: true });
try {
  await build({ root, outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
} catch (error) {
  fail(`The site failed to build: ${error instanceof Error ? error.message : String(error)}`);
}
if (!existsSync(path.join(staging, 'index.html'))) fail('The site build produced no index.html.');
// For static hosts that read it: the security headers the pages also carry in meta tags.
writeFileSync(path.join(staging, '_headers'), headersFile());
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
