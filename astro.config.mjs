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
  vite: { build: { assetsInlineLimit: 0 } },
});
