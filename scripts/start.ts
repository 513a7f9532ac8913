// `npm start`: builds a preview of the site, draft editions included under a banner, into
// dist-preview/, and serves it at http://localhost:4321/ (`-- --port 4400` for another port).
// `npm run build` makes the public dist/. The build takes about a minute: its steps are shown.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { createProgress, PROGRESS_SINCE } from '../src/lib/progress/progress.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port takes a port number, such as 4321, not ${values.port}`);
  process.exit(1);
}
const root = path.resolve(import.meta.dirname, '..');
const progress = createProgress();
progress.note('Building the preview first: this takes about a minute, and each step is listed as it starts.');
const built = spawnSync(process.execPath, ['scripts/build.ts', '--preview'], {
  cwd: root, stdio: 'inherit', env: { ...process.env, [PROGRESS_SINCE]: String(progress.since) },
});
if (built.status !== 0) process.exit(built.status ?? 1);
progress.step('Starting the preview');
// Astro's own lines give the address to open, with the site's base path.
const server = await preview({ root, outDir: path.join(root, 'dist-preview'), server: { port }, logLevel: 'info' });
progress.note('Ready: open the address above in a browser. Press Ctrl+C to stop.');
process.on('SIGINT', () => void server.stop().then(() => process.exit(0)));
