// Copies of the project, for the benchmark and for tests that change its data or build it again.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** What a project copy leaves out: builds, caches, dependencies (linked) and history. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.dist-staging', 'dist-preview', '.dist-preview-staging', '.astro', '.git']);

/** Copies a project into a new folder inside `parent`, sharing its node_modules. */
export function copyProject(root: string, parent: string): string {
  const copy = mkdtempSync(path.join(parent, 'project-'));
  cpSync(root, copy, { recursive: true, filter: (src) => path.dirname(src) !== root || !NOT_COPIED.has(path.basename(src)) });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

