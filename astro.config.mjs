// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { existsSync, readFileSync } from 'node:fs';
import { SITE_URL } from './src/lib/site/site-url.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Embeds are for iframes, not for search engines; nor is a page marked noindex (a moved
  // measure's old address, which only sends readers on).
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') && !noindex(page) })],
  devToolbar: { enabled: false },
  // Scripts are files, never inlined: they cache across pages, and a strict Content-Security-Policy
  // needs no 'unsafe-inline'.
  vite: {
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

/**
 * Whether the built page asks search engines not to index it (the sitemap is written after the pages).
 * @param {string} page
 */
function noindex(page) {
  const file = new URL(`./dist${new URL(page).pathname}index.html`, import.meta.url);
  return existsSync(file) && readFileSync(file, 'utf8').includes('<meta name="robots" content="noindex">');
}
