// `npm run bench -- --scale 5`: builds a project k times as big as this one (see
// src/lib/bench/synthetic-project.ts) in a temporary folder and prints what the build cost: time,
// pages, time per page, peak memory, the size of dist/, and per page type the HTML, CSS and
// JavaScript a reader downloads. Give several scales (`--scale 1 --scale 5 --scale 20`) to compare
// them in one run, on one machine, as ratios. The results are recorded in docs/benchmarks.md.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runMeasured } from '../src/lib/bench/measure.ts';
import { copyProject } from '../src/lib/bench/project-copy.ts';
import { multiplyProject } from '../src/lib/bench/synthetic-project.ts';
import { loadDataset } from '../src/lib/data/index.ts';
import { budgetRows } from '../src/lib/site/page-budgets.ts';
import { builtPages, kb, weighByType } from '../src/lib/site/page-weight.ts';
import { configuredUrl } from '../src/lib/site/site-url.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', multiple: true, default: ['1'] }, keep: { type: 'boolean', default: false } } });
const scales = values.scale.map(Number);
if (scales.some((s) => !Number.isInteger(s) || s < 1)) {
  console.error(`--scale takes whole numbers of at least 1, not ${values.scale.join(', ')}`);
  process.exit(1);
}
const root = path.resolve(import.meta.dirname, '..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'kent-bench-'));

interface Result { scale: number; editions: number; metrics: number; observations: number; pages: number; validate: number; build: number; peakMb: number; distMb: number; files: number; overBudget?: string[] }
const results: Result[] = [];

console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${new Date().toISOString().slice(0, 10)}`);
try {
  for (const scale of scales) {
    const copy = copyProject(root, temp);
    multiplyProject(copy, scale);
    const { dataset } = loadDataset(path.join(copy, 'data'));
    // A first build: no chart PNG kept from an earlier one (src/lib/trends/png-cache.ts).
    process.env.CHART_PNG_CACHE = path.join(copy, '.chart-png-cache');
    // A public build needs an address; the project's own, when set, else a stand-in.
    process.env.SITE_URL ||= configuredUrl() || 'https://example.org/';
    const validate = runMeasured(copy, 'scripts/validate.ts');
    const build = runMeasured(copy, 'scripts/build.ts');
    if (build.exitCode !== 0) throw new Error(`the build at scale ${scale} failed:\n${build.output.slice(-3000)}`);
    const dist = path.join(copy, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dist, f)).filter((f) => statSync(f).isFile());
    const result: Result = {
      scale, editions: dataset.editions.length, metrics: dataset.metrics.length, observations: dataset.observations.length,
      pages: builtPages(dist).length, validate: validate.seconds, build: build.seconds, peakMb: build.peakMb,
      distMb: files.reduce((sum, f) => sum + statSync(f).size, 0) / 2 ** 20, files: files.length,
    };
    results.push(result);
    console.log(`\nScale ${scale}: ${result.editions} editions, ${result.metrics} metrics, ${result.observations} figures; validation ${result.validate.toFixed(1)} s (peak ${validate.peakMb.toFixed(0)} MB); build ${result.build.toFixed(1)} s for ${result.pages} pages (${(1000 * result.build / result.pages).toFixed(1)} ms a page), peak ${result.peakMb.toFixed(0)} MB; dist/ ${result.distMb.toFixed(1)} MB in ${result.files} files.`);
    console.log(['page type', 'pages', 'HTML median', 'HTML gzip median (max)', 'CSS gzip', 'JS median', 'JS gzip median (max)'].join('\t'));
    const types = weighByType(dist);
    for (const t of types) {
      console.log([t.type, t.pages, kb(t.median.html), `${kb(t.median.htmlGz)} (${kb(t.max.htmlGz)})`, kb(t.max.cssGz), kb(t.median.js), `${kb(t.median.jsGz)} (${kb(t.max.jsGz)})`].join('\t'));
    }
    // Each type's heaviest page against its budget: a type that grows with the project shows here.
    const rows = budgetRows(dist, types);
    console.log('');
    for (const row of rows) console.log(row.join('\t'));
    result.overBudget = rows.slice(1).filter((r) => r[6] !== '0').map((r) => `${r[0]} (${r[6]} pages)`);
    if (!values.keep) rmSync(copy, { recursive: true, force: true });
  }
} finally {
  if (!values.keep) rmSync(temp, { recursive: true, force: true });
  else console.log(`\nThe projects are kept in ${temp}.`);
}

// Growth against the smallest scale: build time should grow no faster than the figures do.
if (results.length > 1) {
  const base = results[0]!;
  console.log('\nscale\tfigures ×\tpages ×\tbuild time ×\tbuild time ÷ figures ×\tpeak memory ×\tdist/ ×');
  for (const r of results) {
    const figures = r.observations / base.observations;
    const x = (n: number) => `${n.toFixed(2)}`;
    console.log([r.scale, x(figures), x(r.pages / base.pages), x(r.build / base.build), x(r.build / base.build / figures), x(r.peakMb / base.peakMb), x(r.distMb / base.distMb)].join('\t'));
  }
}
for (const r of results) console.log(`\nScale ${r.scale}: ${r.overBudget?.length ? `page types over budget: ${r.overBudget.join(', ')}` : 'every page within its budget'}.`);
