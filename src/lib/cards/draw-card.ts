// A share card (the link preview image: og:image) drawn as a 1200 by 630 SVG, which resvg turns
// into the PNG. Social sites crop it to 1.91:1 or a square's middle and round its corners, so
// every text and chart stays inside SAFE, 60 px from each edge; only the background, the top bar
// and the footer band (in the "decor" group) reach the edges. Text that would not fit is wrapped,
// then shortened with an ellipsis: the page's title and the image's alt text keep it whole.
import { escapeXml } from '../site/format.ts';
import type { Figure } from '../site/site-data.ts';
import { SITE_NAME } from '../site/page-title.ts';
import { leftOverhang, textWidth, wrapText } from './text-width.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** What platforms may crop or round away. */
export const CARD_MARGIN = 60;
export const SAFE = { left: CARD_MARGIN, top: CARD_MARGIN, right: CARD_WIDTH - CARD_MARGIN, bottom: CARD_HEIGHT - CARD_MARGIN } as const;

const INK = '#1b1b1b';
const MUTED = '#4a4a4a';
const ACCENT = '#1d4f91';
const PANEL = '#f3f5f8';
/** Where the body starts, below the site's name. */
const BODY_TOP = 128;

export interface CardFigure {
  /** "1,966", "61.2%": formatted from the data. */
  value: string;
  /** What the figure counts, where the title does not say it. */
  label?: string;
  /** Its date (and part), as the page gives it: "31 March 2025". */
  when: string;
}

export interface CardChart {
  /** The chart drawn into a box of this size (SVG units), ready to place. */
  draw: (width: number, height: number) => string;
  /** Keys for the lines, where they need one; none for Kent's line alone. */
  legend: { name: string; color: string; dash: string }[];
  /** What the chart shows, for the image's alt text: "Kent's figures from 2017 to 2025". */
  description: string;
}

/** A card's chart with the figure it leads to, where the chart's form picks one (the largest bar). */
export interface LeadingChart extends CardChart {
  lead?: Figure;
}

interface CardBase {
  /** What kind of page: "Trend", "Report", "Topic"... shown beside the site name. */
  kicker: string;
  title: string;
  /** "Source: <document>, line 51", or the documents a page draws on. */
  source: string;
}

export type Card = CardBase & (
  | { layout: 'chart'; figure: CardFigure; chart: CardChart }
  | { layout: 'figures'; caption?: string; figures: CardFigure[] }
  | { layout: 'plain'; tagline: string }
);

/** Text as lines no wider than `width` at `size`, at most `max` of them, the last shortened with "…" if need be. */
export function fitLines(text: string, width: number, size: number, max: number, bold = false): string[] {
  const lines = wrapText(text, width, size, bold);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  // Shortened at a word where one fits, so that no word is cut.
  const words = `${kept[max - 1]} ${lines[max]}`.split(' ');
  while (words.length > 1 && textWidth(`${words.join(' ')}…`, size, bold) > width) words.pop();
  let last = words.join(' ');
  while (last.length > 1 && textWidth(`${last}…`, size, bold) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.replace(/[\s,;:.(–-]+$/, '')}…`;
  return kept;
}

/** The largest size from `sizes` at which `text` stays on one line of `width`. */
function sizeToFit(text: string, width: number, sizes: readonly number[], bold = false): number {
  return sizes.find((s) => textWidth(text, s, bold) <= width) ?? sizes.at(-1)!;
}

interface TextBlock { lines: string[]; size: number; leading: number; weight?: 700; fill?: string }

/** Lines set from a top edge; returns the SVG and the bottom of the last line's descenders. */
function setText(block: TextBlock, x: number, top: number, anchor: 'start' | 'end' = 'start'): { svg: string; bottom: number } {
  const { lines, size, leading } = block;
  // A line starting with a glyph that reaches left ("just over") is set in by that much.
  const parts = lines.map((line, i) => `<text x="${anchor === 'end' ? x : round(x + leftOverhang(line, size, block.weight === 700))}" y="${round(top + size * 0.8 + i * leading)}" font-size="${size}"${block.weight ? ` font-weight="${block.weight}"` : ''}${block.fill ? ` fill="${block.fill}"` : ''}${anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeXml(line)}</text>`);
  return { svg: parts.join(''), bottom: top + (lines.length - 1) * leading + size * 1.05 };
}

const round = (n: number) => Math.round(n * 10) / 10;

function header(kicker: string): string {
  const mark = `<g transform="translate(${SAFE.left},${SAFE.top})"><rect width="40" height="40" rx="7" fill="${ACCENT}"/><path transform="scale(1.25)" d="M8 22V10h3v5l5-5h4l-6 6 6 6h-4l-5-5v5z" fill="#ffffff"/></g>`;
  const name = `<text x="${SAFE.left + 54}" y="${SAFE.top + 30}" font-size="28" font-weight="700">${escapeXml(SITE_NAME)}</text>`;
  const room = SAFE.right - (SAFE.left + 54 + textWidth(SITE_NAME, 28, true) + 40);
  const tag = `<text x="${SAFE.right}" y="${SAFE.top + 30}" font-size="24" fill="${MUTED}" text-anchor="end">${escapeXml(fitLines(kicker, room, 24, 1)[0] ?? '')}</text>`;
  return mark + name + tag;
}

/** The source, at the foot of the safe area, on a band that starts `top`. */
function footer(source: string): { svg: string; top: number } {
  const lines = fitLines(source, SAFE.right - SAFE.left, 24, 2);
  const leading = 30;
  const top = SAFE.bottom - (lines.length - 1) * leading - 24 * 1.05;
  return { svg: setText({ lines, size: 24, leading, fill: MUTED }, SAFE.left, top).svg, top: Math.floor(top - 24) };
}

/** A figure's value, label and date in a column; returns its SVG and bottom. */
function figureBlock(figure: CardFigure, x: number, top: number, width: number, sizes: readonly number[], lines = 2, labelLines = 0, whenLines = lines): { svg: string; bottom: number } {
  const parts: string[] = [];
  let y = top;
  if (figure.label) {
    const label = setText({ lines: fitLines(figure.label, width, 26, lines, true), size: 26, leading: 32, weight: 700 }, x, y);
    parts.push(label.svg);
    // Values side by side start level, however many lines their labels take.
    y = Math.max(label.bottom, y + (labelLines - 1) * 32 + 26 * 1.05) + 6;
  }
  const size = sizeToFit(figure.value, width, sizes, true);
  const value = setText({ lines: fitLines(figure.value, width, size, 1, true), size, leading: size, weight: 700, fill: ACCENT }, x, y);
  parts.push(value.svg);
  const when = setText({ lines: fitLines(figure.when, width, 24, whenLines), size: 24, leading: 30, fill: MUTED }, x, value.bottom + 4);
  parts.push(when.svg);
  return { svg: parts.join(''), bottom: when.bottom };
}

/** A chart scaled by this much from its drawing: its 15-unit text becomes 22.5 px. */
const CHART_SCALE = 1.5;

function chartLayout(card: Extract<Card, { layout: 'chart' }>, bottom: number): string {
  const column = { left: SAFE.left, width: 430 };
  const box = { left: 540, top: BODY_TOP + 4, right: SAFE.right, bottom };
  // The whole title if it fits, smaller if need be, with the figure below it; else shortened.
  const tries = [
    { size: 46, lines: 3, values: [104, 92, 84, 72, 60] }, { size: 40, lines: 4, values: [84, 72, 60] },
    { size: 40, lines: 5, values: [60, 52] }, { size: 40, lines: 3, values: [84, 72, 60, 52] },
  ];
  let title = { svg: '', bottom: 0 };
  let figure = { svg: '', bottom: Infinity };
  for (const [i, t] of tries.entries()) {
    const whole = wrapText(card.title, column.width, t.size, true).length <= t.lines;
    if (!whole && i < tries.length - 1) continue;
    title = setText({ lines: fitLines(card.title, column.width, t.size, t.lines, true), size: t.size, leading: Math.round(t.size * 1.17), weight: 700 }, column.left, BODY_TOP);
    figure = figureBlock(card.figure, column.left, title.bottom + 20, column.width, t.values, 2, 0, 3);
    if (figure.bottom <= bottom) break;
  }
  // The legend under the chart, in rows that fit the box.
  const legend: string[] = [];
  let x = 0;
  let rows = card.chart.legend.length > 0 ? 1 : 0;
  const boxWidth = box.right - box.left;
  const items = card.chart.legend;
  const placed: { name: string; color: string; dash: string; x: number; row: number }[] = [];
  for (const item of items) {
    const name = fitLines(item.name, boxWidth - 50, 22, 1)[0]!;
    const w = 46 + textWidth(name, 22);
    if (x > 0 && x + w > boxWidth) { x = 0; rows += 1; }
    placed.push({ ...item, name, x, row: rows });
    x += w + 20;
  }
  const legendHeight = rows * 32;
  for (const p of placed) {
    const y = box.bottom - legendHeight + (p.row - 1) * 32 + 24;
    legend.push(`<g transform="translate(${round(box.left + p.x)},${y})"><line x1="0" x2="38" y1="-7" y2="-7" stroke="${p.color}" stroke-width="4"${p.dash ? ` stroke-dasharray="${p.dash}"` : ''}/><text x="46" y="0" font-size="22">${escapeXml(p.name)}</text></g>`);
  }
  const drawWidth = boxWidth / CHART_SCALE;
  const drawHeight = (box.bottom - box.top - legendHeight - (legendHeight > 0 ? 8 : 0)) / CHART_SCALE;
  const chart = card.chart.draw(round(drawWidth), round(drawHeight));
  return title.svg + figure.svg + `<g class="chart" transform="translate(${box.left},${box.top}) scale(${CHART_SCALE})">${chart}</g>` + legend.join('');
}

function figuresLayout(card: Extract<Card, { layout: 'figures' }>, bottom: number): string {
  const width = SAFE.right - SAFE.left;
  const n = card.figures.length;
  const gap = 48;
  const column = (width - (n - 1) * gap) / n;
  const largest = n === 1 ? [120, 104, 96, 84, 72, 60] : [84, 72, 60, 52, 44];
  // The whole title if the figures fit below it (smaller if need be), else the title shortened;
  // then smaller values, then one line of label and date, until the figures fit above the source.
  const titles = [{ size: 52, lines: 3 }, { size: 44, lines: 4 }, { size: 52, lines: 2 }];
  const values = [...largest.map((_, i) => ({ sizes: largest.slice(i), lines: 2 })), { sizes: largest.slice(-1), lines: 1 }];
  let drawn = '';
  for (const [i, t] of titles.entries()) {
    const last = i === titles.length - 1;
    if (!last && wrapText(card.title, width, t.size, true).length > t.lines) continue;
    const title = setText({ lines: fitLines(card.title, width, t.size, t.lines, true), size: t.size, leading: Math.round(t.size * 1.15), weight: 700 }, SAFE.left, BODY_TOP);
    const parts = [title.svg];
    let top = title.bottom + 18;
    if (card.caption) {
      const caption = setText({ lines: fitLines(card.caption, width, 26, 1), size: 26, leading: 32, fill: MUTED }, SAFE.left, top);
      parts.push(caption.svg);
      top = caption.bottom + 14;
    }
    // A shortened title is a last resort: bigger values come first only when the title is whole.
    for (const v of last ? values : values.slice(0, 3)) {
      const labelLines = Math.max(...card.figures.map((f) => (f.label ? Math.min(v.lines, wrapText(f.label, column, 26, true).length) : 0)));
      const blocks = card.figures.map((f, k) => figureBlock(f, round(SAFE.left + k * (column + gap)), top, column, v.sizes, v.lines, labelLines));
      drawn = parts.join('') + blocks.map((b) => b.svg).join('');
      if (Math.max(...blocks.map((b) => b.bottom)) <= bottom) return drawn;
    }
  }
  return drawn;
}

function plainLayout(card: Extract<Card, { layout: 'plain' }>): string {
  const width = SAFE.right - SAFE.left;
  const title = setText({ lines: fitLines(card.title, width, 64, 3, true), size: 64, leading: 74, weight: 700 }, SAFE.left, BODY_TOP + 8);
  const tagline = setText({ lines: fitLines(card.tagline, width, 30, 2), size: 30, leading: 40, fill: MUTED }, SAFE.left, title.bottom + 24);
  return title.svg + tagline.svg;
}

/**
 * The card as an SVG of CARD_WIDTH by CARD_HEIGHT, in the site's font. Only the "decor" group
 * (background, top bar, footer band) may reach the edges: the tests check everything else
 * against SAFE, drawn by resvg with the real font.
 */
export function drawCard(card: Card): string {
  const foot = footer(card.source);
  const decor = `<g class="decor"><rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/><rect width="${CARD_WIDTH}" height="12" fill="${ACCENT}"/><rect y="${foot.top}" width="${CARD_WIDTH}" height="${CARD_HEIGHT - foot.top}" fill="${PANEL}"/></g>`;
  const bottom = foot.top - 16;
  const body = card.layout === 'chart' ? chartLayout(card, bottom) : card.layout === 'figures' ? figuresLayout(card, bottom) : plainLayout(card);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Atkinson Hyperlegible, sans-serif" fill="${INK}">${decor}${header(card.kicker)}<g class="body">${body}</g><g class="source">${foot.svg}</g></svg>`;
}

/** The image's alt text: everything the card says, in full. */
export function cardAlt(card: Card): string {
  const figure = (f: CardFigure) => `${f.label ? `${f.label}: ` : ''}${f.value}, ${f.when}`;
  const body = card.layout === 'chart' ? `${figure(card.figure)}. ${card.chart.description}.`
    : card.layout === 'figures' ? `${card.caption ? `${card.caption}: ` : ''}${card.figures.map(figure).join('; ')}.`
    : `${card.tagline}`;
  return `${card.title}. ${body} ${card.source}`.replace(/\.\./g, '.');
}
