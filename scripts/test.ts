// `npm test`: makes sure Debian's Chromium is there for the browser tests (installing it when
// this machine can), then runs every test. The last line printed is `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_CHROMIUM as INSTALL } from '../src/lib/chromium.ts';

const chromiumPresent = () => findChromium() !== undefined;

if (!chromiumPresent()) {
  const canInstall = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    console.error(`The browser tests need Chromium, which is missing. Install it with:\n  sudo sh -c '${INSTALL}'\nor set CHROME_PATH to a Chromium binary.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`Chromium is missing; installing it from Debian's packages: ${INSTALL}`);
  const install = spawnSync('sh', ['-c', INSTALL], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (install.status !== 0 || !chromiumPresent()) {
    console.error('Installing Chromium failed; see the output above.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(vitest.status ?? 1);
