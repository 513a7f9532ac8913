// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { DATA_DIR, loadDataset } from './src/lib/data/index.ts';
import { movedMeasures } from './src/lib/site/moved.ts';
import { BASE_PATH, SITE_URL } from './src/lib/site/site-url.ts';

// The old addresses of measures whose figures all moved to others (merges) only send readers on.
// Read from the data, not the built pages: the build writes to a staging folder first.
const { dataset } = loadDataset(DATA_DIR);
const moved = movedMeasures(dataset.revisions.map((r) => r.row), new Set(dataset.observations.map((o) => o.row.metric)));
const oldAddresses = new Set([...moved.keys()].map((id) => `/trends/${id}/`));

// A page's path from the site's root, without the base path: what published-urls.txt lists.
/** @param {string} page */
const rootPath = (page) => `/${new URL(page).pathname.slice(BASE_PATH.length)}`;
/** @param {string} page */
const isEmbed = (page) => rootPath(page).startsWith('/embed/');

export default defineConfig({
  // The public address and its base path, from site.config.json or SITE_URL (see docs/deploying.md).
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Embeds are for iframes, not for search engines; nor is a moved measure's old address.
  integrations: [mdx(), sitemap({ filter: (page) => !isEmbed(page) && !oldAddresses.has(rootPath(page)) })],
  devToolbar: { enabled: false },
  // Caches stay in the project's own folder, not in node_modules, which copies of the project (the
  // tests' and the benchmark's) share: builds of two copies at once must not write one cache.
  cacheDir: './.astro/cache',
  // Scripts are files, never inlined: they cache across pages, and a strict Content-Security-Policy
  // needs no 'unsafe-inline'.
  vite: {
    cacheDir: './.astro/vite',
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX output trips this bundler warning (withastro/astro#18087): harmless, and
        // noise in the output that editors read for real problems.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
