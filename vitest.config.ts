import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter.ts';

// A public build needs a public address (site.config.json or SITE_URL). The tests build for this
// one, at the root of a domain; tests/site/sub-path.test.ts builds for a sub-folder. Builds the
// tests start inherit it.
process.env.SITE_URL ??= 'https://example.org/';

export default defineConfig({
  test: {
    maxWorkers: 2,
    reporters: ['default', new SummaryReporter()],
    projects: [
      {
        // Some unit tests run the real validator on a copy of the project: 1 to 3 s alone, and
        // several times that while the site tests build beside them, past Vitest's 5 s default.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        // Builds the real site once, serves it, and checks it in Debian's Chromium.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          // The longest source page takes about a minute in axe alone; more when pages run side by side.
          testTimeout: 300_000,
          hookTimeout: 180_000,
          // Two files at a time: one browser or build alone leaves a 2-core machine half idle. Each
          // build works in its own copy of the project, with its own caches.
          fileParallelism: true,
          // Pages are checked a few at a time: each waits mostly on the browser.
          maxConcurrency: 4,
        },
      },
    ],
  },
});
