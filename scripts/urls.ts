// `npm run urls`: adds the addresses the current build serves to published-urls.txt. It never
// removes one: an address, once published, is a promise. Run it after `npm run build`.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readUrlList, servedUrls, serves, URL_LIST, URL_LIST_HEADER } from '../src/lib/site/published-urls.ts';

const dist = path.resolve(import.meta.dirname, '../dist');
if (!existsSync(dist)) {
  console.error('There is no dist/ to read the addresses from: run npm run build first.');
  process.exit(1);
}
const before = readUrlList();
const known = new Set(before);
const added = servedUrls(dist).filter((u) => !known.has(u));
const all = [...before, ...added].sort();
writeFileSync(URL_LIST, `${[...URL_LIST_HEADER, ...all].join('\n')}\n`);
const broken = all.filter((u) => !serves(dist, u));
console.log(`${added.length} new addresses added; ${all.length} in published-urls.txt.`);
if (broken.length > 0) {
  console.error(`${broken.length} published addresses are no longer served by dist/, for example ${broken.slice(0, 5).join(', ')}.\nPut the page back, or leave a redirect page at the old address.`);
  process.exitCode = 1;
}
