import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROME_PATH), for the browser tests and the audit; no browser is ever downloaded. */
export function findChromium(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
}

/** Flags for Chromium run by the tests and the audit: as root, in a container, with nothing fetched in the background. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';
