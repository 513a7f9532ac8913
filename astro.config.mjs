// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/lib/site/site-url.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Embeds are for iframes, not for search engines.
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') })],
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
