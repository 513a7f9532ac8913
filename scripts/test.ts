// `npm test`: makes sure Debian's Chromium (for the browser tests) and a Java runtime (for the
// W3C's Nu HTML Checker) are there, installing what is missing when this machine can, then runs
// every test. The last line printed is `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_CHROMIUM } from '../src/lib/chromium.ts';
import { findJava, INSTALL_JAVA } from '../src/lib/java.ts';

const needs = [
  { name: 'Chromium', present: () => findChromium() !== undefined, install: INSTALL_CHROMIUM, instead: 'or set CHROME_PATH to a Chromium binary' },
  { name: 'Java 17 or later', present: () => findJava() !== undefined, install: INSTALL_JAVA, instead: 'or set JAVA_HOME to a Java 17 runtime' },
];

for (const need of needs.filter((n) => !n.present())) {
  const canInstall = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    console.error(`The tests need ${need.name}, which is missing. Install it with:\n  sudo sh -c '${need.install}'\n${need.instead}.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`${need.name} is missing; installing it from Debian's packages: ${need.install}`);
  const install = spawnSync('sh', ['-c', need.install], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (install.status !== 0 || !need.present()) {
    console.error(`Installing ${need.name} failed; see the output above.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(vitest.status ?? 1);
