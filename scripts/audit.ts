// `npm run audit`: Lighthouse, with its default mobile settings (a mid-range phone on a slow 4G
// connection, simulated), on the heaviest page of each type of the built site, served as `npm start` serves
// it. Prints the four scores of each page and every audit that cost a point. Run `npm run build`
// first; name pages to audit only those. Scores are not tested: they vary with the machine; the budgets that matter are in npm test.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium, INSTALL_CHROMIUM } from '../src/lib/chromium.ts';
import { weighByType } from '../src/lib/site/page-weight.ts';

const root = path.resolve(import.meta.dirname, '..');
const chromePath = findChromium();
if (!chromePath) {
  console.error(`Lighthouse needs Chromium, which is missing: install it with \`${INSTALL_CHROMIUM}\`, or set CHROME_PATH.`);
  process.exit(1);
}
if (!existsSync(path.join(root, 'dist', 'index.html'))) {
  console.error('There is no build to audit: run `npm run build` first.');
  process.exit(1);
}

/** The heaviest page of each type (the most HTML, gzipped), or the pages named (`npm run audit -- /search/`). */
const PAGES = process.argv.length > 2 ? process.argv.slice(2)
  : weighByType(path.join(root, 'dist')).map((t) => `/${t.heaviest.replace(/index\.html$/, '')}`);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port: Number(process.env.AUDIT_PORT ?? 4331) } });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const lost = new Map<string, { title: string; pages: string[] }>();
let worst = 100;
try {
  console.log(['page', ...CATEGORIES].join('\t'));
  for (const page of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${server.port}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
    const { lhr } = result;
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    worst = Math.min(worst, ...scores);
    console.log([page, ...scores].join('\t'));
    // Every weighted audit that fell short, with what Lighthouse measured.
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const entry = lost.get(`${c}:${ref.id}`) ?? { title: `${c}: ${audit.title}`, pages: [] };
        entry.pages.push(`${page}${audit.displayValue ? ` ${audit.displayValue}` : ''} (score ${audit.score.toFixed(2)})`);
        lost.set(`${c}:${ref.id}`, entry);
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
if (lost.size === 0) console.log('\nNo audit lost a point.');
else {
  console.log('\nAudits that cost points:');
  for (const { title, pages } of lost.values()) console.log(`- ${title}\n    ${pages.join('\n    ')}`);
}
console.log(`\nLowest score: ${worst}.`);
