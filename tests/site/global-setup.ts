// Builds the real site once (through `npm run build`'s own script) and serves dist/ for the
// browser tests, the way `npm start` does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.TEST_PORT ?? 4329);

export default async function setup(project: TestProject) {
  // REUSE_DIST=1 skips the build while working on a test; CI and `npm test` always build.
  const build = process.env.REUSE_DIST === '1' ? { status: 0, stdout: '', stderr: '' } : spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
  const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port: PORT } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => server.stop();
}
