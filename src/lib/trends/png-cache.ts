// Drawing a chart's PNG takes about 45 ms, a build draws one per measure (over 300), and a build
// is often run again on the same charts (a preview, then the public build; the tests build copies
// of the project). So each PNG is kept under the hash of everything that makes it, in
// node_modules/.cache, which copies of the project share through their link to node_modules. A
// file is written under a temporary name and then renamed: a build running beside another never
// reads half a file, and the same inputs always give the same bytes.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The benchmark points CHART_PNG_CACHE at an empty folder, to measure a first build.
const DIR = process.env.CHART_PNG_CACHE ?? path.resolve('node_modules', '.cache', 'chart-png');

/** The PNG drawn from `inputs` (the SVG and what else changes the drawing), drawn only when new. */
export function cachedPng(inputs: readonly string[], draw: () => Buffer): Buffer {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  const file = path.join(DIR, `${hash.digest('hex')}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = draw();
    mkdirSync(DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
    return png;
  }
}
