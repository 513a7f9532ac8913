// The URL promise: every address the site has ever published keeps working. `published-urls.txt`
// lists them; each build must still serve every one (a redirect page counts), and a new address
// joins the list with `npm run urls`, which only ever adds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const URL_LIST = path.resolve(import.meta.dirname, '../../../published-urls.txt');

/** Build files that are not addresses people link to: hashed assets change with every release. */
const NOT_PROMISED = [/^\/_astro\//, /^\/pagefind\//, /^\/_headers$/, /^\/404\.html$/, /^\/sitemap-\d+\.xml$/];

/** The addresses a built site serves: a folder with an index.html as "/folder/", other files as themselves. */
export function servedUrls(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) { walk(full); continue; }
      const rel = `/${path.relative(dist, full).split(path.sep).join('/')}`;
      const url = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      if (!NOT_PROMISED.some((p) => p.test(url))) out.push(url);
    }
  };
  walk(dist);
  return out.sort();
}

/** Whether a built site still serves an address. */
export function serves(dist: string, url: string): boolean {
  const file = url.endsWith('/') ? path.join(dist, url, 'index.html') : path.join(dist, url);
  return existsSync(file);
}

export function readUrlList(file = URL_LIST): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

export const URL_LIST_HEADER = [
  '# Every address this site has published, one per line, relative to the site.',
  '# A build must keep serving each one (a redirect page counts). Never remove a line:',
  '# when a page moves, leave a redirect at its old address. `npm run urls` adds new ones.',
];
