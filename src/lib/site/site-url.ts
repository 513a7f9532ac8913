// The site's public address, base path included, in one place: `url` in site.config.json, or the
// SITE_URL environment variable, which wins. Every absolute URL (canonical, og:image, feed, sitemap,
// CSV source_url, chart credits, embed code) and every internal link is made from it, so the site
// can be served from the root of a domain or from a sub-path such as https://example.org/care/.
// `npm start` previews at PREVIEW_URL; a public build refuses a missing or local address.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where `npm start` serves the preview. */
export const PREVIEW_URL = 'http://localhost:4321/';

/** The committed setting, relative to the project root. */
export const SITE_CONFIG_FILE = 'site.config.json';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** `url` from site.config.json, or '' when the file or the setting is missing. */
export function configuredUrl(root = ROOT): string {
  try {
    const parsed = JSON.parse(readFileSync(path.join(root, SITE_CONFIG_FILE), 'utf8')) as { url?: unknown };
    return typeof parsed.url === 'string' ? parsed.url.trim() : '';
  } catch {
    return '';
  }
}

/** True for addresses only this machine or a private network can reach. */
export function isLocalAddress(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host === '0.0.0.0'
    || host === '::1' || /^127\./.test(host) || /^10\./.test(host) || /^192\.168\./.test(host)
    || /^172\.(1[6-9]|2\d|3[01])\./.test(host) || /^f[cd][0-9a-f]{2}:/.test(host) || !host.includes('.') && !host.includes(':');
}

export type AddressCheck = { ok: true; url: string } | { ok: false; problem: string };

/**
 * Checks an address for a public build and normalises it to end in `/`. The message says what is
 * wrong and where to set it: staff meet it when `npm run build` or `publish-edition` refuses.
 */
export function checkPublicAddress(raw: string, from: string): AddressCheck {
  const where = `Set the site's public address in ${SITE_CONFIG_FILE} ("url": "https://www.example.org/care/") or in the SITE_URL environment variable; see docs/deploying.md.`;
  if (raw === '') return { ok: false, problem: `The site has no public address, so its links, share images and feeds would point nowhere. ${where}` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: `The site's address "${raw}" (${from}) is not a web address: write it in full, starting with https://. ${where}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: `The site's address "${raw}" (${from}) must start with https://. ${where}` };
  if (url.search || url.hash || url.username || url.password) return { ok: false, problem: `The site's address "${raw}" (${from}) must not have a query (?), a fragment (#) or a user name: give only the address and its folder. ${where}` };
  if (isLocalAddress(url)) return { ok: false, problem: `The site's address "${raw}" (${from}) can only be reached from this computer or its network, so every shared link, share image and feed would break. \`npm start\` previews the site locally without it. ${where}` };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url: url.href };
}

/** The address in force and where it came from: SITE_URL, then site.config.json. */
export function requestedAddress(env: NodeJS.ProcessEnv = process.env, root = ROOT): { raw: string; from: string } {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) return { raw: fromEnv, from: 'the SITE_URL environment variable' };
  return { raw: configuredUrl(root), from: SITE_CONFIG_FILE };
}

function normalised(raw: string): string {
  try {
    const url = new URL(raw);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return PREVIEW_URL;
  }
}

/**
 * The site's address, ending in `/`. The build checks it before any page is made (scripts/build.ts
 * sets SITE_URL); read on its own (tests, the CLI), an unset address is the preview's.
 */
export const SITE_URL: string = normalised(requestedAddress().raw || PREVIEW_URL);

/** The base path the site is served from: `/`, or `/care/` for https://example.org/care/. */
export const BASE_PATH: string = new URL(SITE_URL).pathname;

/** A site-root path (`/trends/x/`) as served, under the base path: `/care/trends/x/`. */
export function sitePath(rootPath: string): string {
  if (!rootPath.startsWith('/')) throw new Error(`sitePath takes a path from the site's root, starting with "/": ${rootPath}`);
  return BASE_PATH + rootPath.slice(1);
}

/** A site-root path as a full address: `https://example.org/care/trends/x/`. */
export function siteUrl(rootPath: string): string {
  return new URL(sitePath(rootPath), SITE_URL).href;
}
