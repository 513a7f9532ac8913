// Link previews on the real build: every page (but the embeds and the redirects, which are not
// indexed) names a share card, which exists, is a 1200 by 630 PNG with nothing but background
// in its 60 px margins, and has its alt text; descriptions state each figure once.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_MARGIN, CARD_WIDTH } from '../../src/lib/cards/draw-card.ts';
import { BASE_PATH, SITE_URL } from '../../src/lib/site/site-url.ts';
import { dist } from './browser.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

const pages = htmlFiles(dist)
  .map((file) => ({ file, page: `/${path.relative(dist, file).split(path.sep).join('/')}`, html: readFileSync(file, 'utf8') }))
  // Embeds and the old addresses of moved measures are not indexed, and have no card.
  .filter((p) => !p.page.startsWith('/embed/') && (p.page === '/404.html' || !p.html.includes('<meta name="robots" content="noindex">')));

/** A PNG's size, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A PNG's RGBA pixels (8-bit RGBA, as resvg writes it), unfiltered row by row. */
function pixels(png: Buffer): { width: number; height: number; at: (x: number, y: number) => number } {
  const { width, height } = pngSize(png);
  expect([png[24], png[25], png[28]]).toEqual([8, 6, 0]); // 8 bits, RGBA, not interlaced
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const row = y * (stride + 1) + 1;
    for (let i = 0; i < stride; i++) {
      const a = i >= 4 ? out[y * stride + i - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const c = i >= 4 && y > 0 ? out[(y - 1) * stride + i - 4]! : 0;
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + i] = (raw[row + i]! + predicted) & 0xff;
    }
  }
  return { width, height, at: (x, y) => out.readUInt32BE(y * stride + x * 4) };
}

/**
 * Where a card draws anything but its background in its margins: each row's margins must be the
 * colour of that row's left edge (white, the top bar or the footer band, which reach the edges).
 */
function marginInk(png: Buffer): string[] {
  const { width, height, at } = pixels(png);
  const found: string[] = [];
  for (let y = 0; y < height; y++) {
    const background = at(0, y);
    const inMargin = y < CARD_MARGIN || y >= height - CARD_MARGIN;
    for (let x = 0; x < width; x++) {
      if (!inMargin && x >= CARD_MARGIN && x < width - CARD_MARGIN) continue;
      if (at(x, y) !== background) { found.push(`${x},${y}`); break; }
    }
  }
  return found;
}

/**
 * The figures a text states, each with the words after it up to the next comma, stop or "and"
 * (its date: "1,966 (2025)" and "1,966 in 2025" are one figure said twice; "54 in 2017" and
 * "54 in 2020" two). Years, days of a month, line numbers and years like 2016/17 are left out.
 */
export function figuresIn(text: string): string[] {
  const MONTH = /^ (January|February|March|April|May|June|July|August|September|October|November|December)/;
  return [...text.matchAll(/(?<![\w.,£−/-])(?:over |about |under )?[£−]?\d+(?:,\d{3})*(?:\.\d+)?%?/g)]
    .filter((m) => !/^(19|20)\d\d$/.test(m[0]) && !MONTH.test(text.slice(m.index + m[0].length)) && !/line $/.test(text.slice(0, m.index)))
    .map((m) => {
      const when = /^.*?(?=,|\. |\.$|;| and |$)/s.exec(text.slice(m.index + m[0].length))![0];
      return `${m[0]} ${when.replace(/^ ?\(?(in|at|over)? ?|\)$/g, '')}`.trim();
    });
}

const cards = new Map<string, Buffer>();
const cardOf = (url: string) => {
  expect(url.startsWith(SITE_URL), `${url} is under ${SITE_URL}`).toBe(true);
  const file = path.join(dist, new URL(url).pathname.slice(BASE_PATH.length));
  if (!cards.has(file)) cards.set(file, readFileSync(file));
  return cards.get(file)!;
};

describe('share cards', () => {
  it('every indexed page, and the 404 page, has the tags of a large link preview', () => {
    expect(pages.length).toBeGreaterThan(350);
    const missing: string[] = [];
    for (const { page, html } of pages) {
      for (const key of ['og:title', 'og:description', 'og:type', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image', 'twitter:image:alt']) {
        if (!meta(html, key)) missing.push(`${page}: ${key}`);
      }
      if (page !== '/404.html' && !meta(html, 'og:url')) missing.push(`${page}: og:url`);
      if (meta(html, 'og:image:width') !== String(CARD_WIDTH) || meta(html, 'og:image:height') !== String(CARD_HEIGHT)) missing.push(`${page}: og:image:width/height`);
      if (meta(html, 'twitter:card') !== 'summary_large_image') missing.push(`${page}: twitter:card`);
    }
    expect(missing).toEqual([]);
  });

  it('each card exists in the build, as a PNG of exactly 1200 by 630', () => {
    const wrong = pages.flatMap(({ page, html }) => {
      const size = pngSize(cardOf(meta(html, 'og:image')!));
      return size.width === CARD_WIDTH && size.height === CARD_HEIGHT ? [] : [`${page}: ${size.width}×${size.height}`];
    });
    expect(wrong).toEqual([]);
    const bytes = [...cards.values()].map((b) => b.length).sort((a, b) => a - b);
    console.log(`${cards.size} share cards; bytes: median ${bytes[bytes.length >> 1]}, max ${bytes.at(-1)}`);
  });

  it('draws nothing but background in any card\'s 60 px margins', () => {
    const images = [...new Set(pages.map((p) => meta(p.html, 'og:image')!))];
    expect(images.length).toBeGreaterThan(350);
    const inked = images.flatMap((url) => {
      const found = marginInk(cardOf(url));
      return found.length ? [`${url}: ${found.slice(0, 3).join(' ')}`] : [];
    });
    expect(inked).toEqual([]);
  }, 600_000);

  it('each page type has a card of its own, and the 404 page the home page\'s', () => {
    const image = (page: string) => meta(pages.find((p) => p.page === page)!.html, 'og:image');
    expect(image('/index.html')).toBe(`${SITE_URL}card.png`);
    expect(image('/404.html')).toBe(`${SITE_URL}card.png`);
    expect(image('/trends/children-in-care/index.html')).toBe(`${SITE_URL}trends/children-in-care/card.png`);
    expect(image('/reports/2025/index.html')).toBe(`${SITE_URL}reports/2025/card.png`);
    const all = new Set(pages.map((p) => meta(p.html, 'og:image')));
    expect(all.size).toBe(pages.length - 1);
  });

  it('descriptions state each figure once', () => {
    const repeated = pages.flatMap(({ page, html }) => {
      const figures = figuresIn(meta(html, 'og:description')!);
      const twice = figures.filter((f, i) => figures.indexOf(f) !== i);
      return twice.length ? [`${page}: ${twice.join(', ')}`] : [];
    });
    expect(repeated).toEqual([]);
  });

  it('finds a figure repeated, and leaves dates alone', () => {
    expect(figuresIn('Children in care: 1,966 (2025). Children in care: 1,894 at 31 March 2017, and 1,966 in 2025.'))
      .toEqual(['1,966 2025', '1,894 31 March 2017', '1,966 2025']);
    expect(figuresIn('61.2% in 2019 and over 1,800 at 31 March 2020, line 34; 54 in 2017, 54 in 2020, 2018-19 and 2016/17'))
      .toEqual(['61.2% 2019', 'over 1,800 31 March 2020', '54 2017', '54 2020']);
  });
});
