import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const MEASURE_PREFIX = 'measured: ';
export interface Measured { seconds: number; peakMb: number; exitCode: number }

/** Runs `node <script> <args>` in `cwd`, with its wall time and peak memory. */
export function runMeasured(cwd: string, script: string, ...args: string[]): Measured & { output: string } {
  const child = spawnSync(process.execPath, [path.join(import.meta.dirname, 'run-measured.ts'), script, ...args], {
    cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  const output = child.stdout + child.stderr;
  const line = child.stdout.split('\n').find((l) => l.startsWith(MEASURE_PREFIX));
  if (!line) throw new Error(`${script} ended without its measurements (status ${child.status}):\n${output.slice(-2000)}`);
  return { ...(JSON.parse(line.slice(MEASURE_PREFIX.length)) as Measured), output };
}
