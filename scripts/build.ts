// `npm run build`: validates the data and the prose, then builds the site into a staging folder and only then
// swaps it into dist/, with its search index. Any error leaves no dist/ at all, so bad data can never be published.
// Draft editions are validated but left out. It refuses a missing or local public address (site.config.json or SITE_URL). With --preview (what `npm start` runs), the site is
// built with its drafts, under a banner, into dist-preview/ instead, which is never published.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { progressIntegration } from '../src/lib/progress/astro-progress.ts';
import { createProgress, formatSeconds } from '../src/lib/progress/progress.ts';
import { writeSearchIndex } from '../src/lib/site/search-index.ts';
import { headersFile } from '../src/lib/site/security.ts';
import { checkPublicAddress, PREVIEW_URL, requestedAddress } from '../src/lib/site/site-url.ts';

const { values } = parseArgs({ options: { preview: { type: 'boolean', default: false } } });
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, values.preview ? 'dist-preview' : 'dist');
const staging = path.join(root, values.preview ? '.dist-preview-staging' : '.dist-staging');
// The public site's address goes into every link, share image and feed: a public build needs a real
// one. The preview is served at localhost, at the root.
if (values.preview) process.env.SITE_URL = PREVIEW_URL;
else {
  const { raw, from } = requestedAddress();
  const address = checkPublicAddress(raw, from);
  if (!address.ok) fail(`${address.problem}\nTo look at the site on this computer instead, run npm start.`);
  process.env.SITE_URL = address.url;
  console.log(`The site's address: ${address.url}`);
}

// The steps, on standard error, as they start: the build is quiet for a minute otherwise. The
// first is shown before the checks and Astro are loaded, which takes seconds of its own.
const progress = createProgress();
progress.step('Checking the data and the reports');
const { validateProject } = await import('../src/lib/content/index.ts');
const { DATA_DIR, formatReport, PREVIEW_DRAFTS_ENV } = await import('../src/lib/data/index.ts');

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  console.error(message);
  console.error(`Build stopped: nothing was published (${path.basename(dist)}/ removed).`);
  process.exit(1);
}

const validated = validateProject(DATA_DIR, root);
const { problems, summary } = validated;
if (problems.length > 0) fail(formatReport(problems, summary));
console.log(formatReport(problems, summary));
const drafts = [...validated.dataset.drafts];
if (values.preview) process.env[PREVIEW_DRAFTS_ENV] = '1';
else delete process.env[PREVIEW_DRAFTS_ENV];
if (drafts.length > 0) console.log(values.preview ? `Preview: draft editions ${drafts.join(', ')} are shown, under a banner.` : `Draft editions ${drafts.join(', ')} are left out.`);

rmSync(staging, { recursive: true, force: true });
progress.step(`Building the site into ${path.basename(dist)}/ (about a minute)`);
const { build } = await import('astro');
try {
  await build({ root, outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn', integrations: [progressIntegration(progress)] });
} catch (error) {
  fail(`The site failed to build: ${error instanceof Error ? error.message : String(error)}`);
}
if (!existsSync(path.join(staging, 'index.html'))) fail('The site build produced no index.html.');
progress.step('Writing the search index');
try {
  const pages = await writeSearchIndex(staging);
  if (pages === 0) fail('The search index holds no pages: no page is marked data-pagefind-body.');
} catch (error) {
  fail(`The search index failed: ${error instanceof Error ? error.message : String(error)}`);
}
// For static hosts that read it: the security headers the pages also carry in meta tags.
writeFileSync(path.join(staging, '_headers'), headersFile(new URL(process.env.SITE_URL!).pathname));
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
progress.note(`Done: ${path.basename(dist)}/ built.`);
console.log(`Built ${path.basename(dist)}/ in ${formatSeconds(progress.seconds())}.`);
