// `npm run words`: for each built report, the words of its prose and the figures bound in it.
// Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

const dist = path.resolve(import.meta.dirname, '../dist');
const rows: string[][] = [['report', 'words (prose)', 'words (page)', 'bound figures', 'charts', 'quotes']];
for (const edition of readdirSync(path.join(dist, 'reports'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const file = path.join(dist, 'reports', edition, 'index.html');
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const words = (el: Element | null) => {
    const copy = el?.cloneNode(true) as Element | undefined;
    for (const hidden of copy?.querySelectorAll('svg, script, style, .chart, table') ?? []) hidden.remove();
    return (copy?.textContent ?? '').split(/\s+/).filter((w) => /\w/.test(w)).length;
  };
  const body = document.querySelector('.report__body');
  rows.push([
    edition,
    String(words(body)),
    String(words(document.querySelector('main'))),
    String(body?.querySelectorAll('a.stat').length ?? 0),
    String(body?.querySelectorAll('.prose-chart').length ?? 0),
    String(body?.querySelectorAll('.quote, q').length ?? 0),
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
