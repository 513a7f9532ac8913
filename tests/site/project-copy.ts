// Copies of the project for tests that change its data or build it again, sharing node_modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { copyProject as copyWithoutBuilds } from '../../src/lib/bench/project-copy.ts';
import { root } from './browser.ts';

/** A folder for this test file's copies, removed when the file's tests end. */
export function scratchFolder(prefix: string): string {
  const temp = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  return temp;
}

/** A copy of the project without builds or caches, with an older build in dist/. */
export function copyProject(temp: string): string {
  const copy = copyWithoutBuilds(root, temp);
  mkdirSync(path.join(copy, 'dist'));
  writeFileSync(path.join(copy, 'dist', 'index.html'), 'an older build');
  return copy;
}

/** Runs a node script in a copy of the project: its exit status and everything it printed. */
export function run(copy: string, ...args: string[]): { status: number | null; output: string } {
  return runWith(process.env, copy, ...args);
}

/** `run`, with an environment of its own: to run a command as on a machine where a variable is unset. */
export function runWith(env: NodeJS.ProcessEnv, copy: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env });
  return { status: result.status, output: result.stdout + result.stderr };
}
