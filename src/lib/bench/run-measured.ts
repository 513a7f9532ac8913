// Runs a script (the first argument) in this process and, when the process ends, prints how long it
// took and its peak memory on the last line: Node tells a child process's peak memory only to the
// child itself. Used by measure.ts.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MEASURE_PREFIX, type Measured } from './measure.ts';

const started = performance.now();
process.on('exit', (code) => {
  const measured: Measured = { seconds: (performance.now() - started) / 1000, peakMb: process.resourceUsage().maxRSS / 1024, exitCode: code };
  console.log(`${MEASURE_PREFIX}${JSON.stringify(measured)}`);
});
const [script, ...args] = process.argv.slice(2);
if (!script) throw new Error('usage: run-measured.ts <script> [args...]');
process.argv.splice(2, process.argv.length, ...args);
await import(pathToFileURL(path.resolve(script)).href);
