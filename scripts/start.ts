// `npm start`: builds a preview of the site, draft editions included under a banner, into
// dist-preview/, and serves it at http://localhost:4321/. `npm run build` makes the public dist/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { preview } from 'astro';

const root = path.resolve(import.meta.dirname, '..');
const built = spawnSync(process.execPath, ['scripts/build.ts', '--preview'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const server = await preview({ root, outDir: path.join(root, 'dist-preview'), server: { port: 4321 }, logLevel: 'info' });
console.log('Press Ctrl+C to stop.');
process.on('SIGINT', () => void server.stop().then(() => process.exit(0)));
