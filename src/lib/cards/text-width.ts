// How wide a text is drawn in the site's font, from the font file's own advance widths (its cmap
// and hmtx tables), so that a card wraps its title where resvg will really need it to. Kerning is
// left out: it only ever narrows a line of this font, so a measured line always fits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { wrapLines } from '../trends/wrap-lines.ts';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@expo-google-fonts/atkinson-hyperlegible/package.json'));
export const FONT_FILES = {
  regular: path.join(fontDir, '400Regular/AtkinsonHyperlegible_400Regular.ttf'),
  bold: path.join(fontDir, '700Bold/AtkinsonHyperlegible_700Bold.ttf'),
} as const;

interface Metrics {
  unitsPerEm: number;
  advance: (codePoint: number) => number;
  /** The glyph's left side bearing: negative where it reaches left of where it is set ("j"). */
  bearing: (codePoint: number) => number;
}

/** Reads a TrueType font's advance widths: `head`, `hhea`, `hmtx` and a format 4 `cmap` subtable. */
function readMetrics(file: string): Metrics {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  for (let i = 0, n = font.readUInt16BE(4); i < n; i++) {
    const at = 12 + i * 16;
    tables.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
  }
  const table = (tag: string) => { const at = tables.get(tag); if (at === undefined) throw new Error(`${file} has no ${tag} table`); return at; };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metricsCount = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0, n = font.readUInt16BE(cmap + 2); i < n; i++) {
    const at = cmap + 4 + i * 8;
    const offset = cmap + font.readUInt32BE(at + 4);
    if (font.readUInt16BE(offset) === 4 && font.readUInt16BE(at) !== 1) { sub = offset; break; }
  }
  if (sub < 0) throw new Error(`${file} has no Unicode cmap of format 4`);
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const glyphOf = (c: number): number => {
    for (let s = 0; s < segments; s++) {
      if (c > font.readUInt16BE(ends + s * 2)) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (c < start) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (c + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const widths = new Map<number, number>();
  const advance = (c: number) => {
    if (!widths.has(c)) widths.set(c, font.readUInt16BE(hmtx + Math.min(glyphOf(c), metricsCount - 1) * 4));
    return widths.get(c)!;
  };
  const bearing = (c: number) => {
    const glyph = glyphOf(c);
    return glyph < metricsCount ? font.readInt16BE(hmtx + glyph * 4 + 2) : font.readInt16BE(hmtx + metricsCount * 4 + (glyph - metricsCount) * 2);
  };
  return { unitsPerEm, advance, bearing };
}

const fonts = new Map<string, Metrics>();

function metricsOf(bold: boolean): Metrics {
  const file = bold ? FONT_FILES.bold : FONT_FILES.regular;
  if (!fonts.has(file)) fonts.set(file, readMetrics(file));
  return fonts.get(file)!;
}

/** How far `text` reaches left of where it is set, in pixels: 0 for most, more for "j". */
export function leftOverhang(text: string, size: number, bold = false): number {
  const metrics = metricsOf(bold);
  const first = text.codePointAt(0);
  const units = first === undefined ? 0 : Math.max(0, -metrics.bearing(first));
  // A pixel more, for antialiasing at the glyph's edge.
  return units === 0 ? 0 : Math.ceil((units / metrics.unitsPerEm) * size) + 1;
}

/** The width in pixels of `text` set at `size` px, regular or bold. */
export function textWidth(text: string, size: number, bold = false): number {
  const metrics = metricsOf(bold);
  let units = 0;
  for (const c of text) units += metrics.advance(c.codePointAt(0)!);
  return (units / metrics.unitsPerEm) * size;
}

/** Splits text into lines no wider than `width`, at spaces; a word longer than a line is cut. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  return wrapLines(text, (t: string) => textWidth(t, size, bold) <= width);
}
