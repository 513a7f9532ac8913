// Share cards keep every text and chart inside the safe area, drawn by resvg with the real font:
// long titles are wrapped, then shortened with an ellipsis, and nothing runs into the source line.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, drawCard, fitLines, SAFE, type Card } from '../../src/lib/cards/draw-card.ts';
import { FONT_FILES, textWidth } from '../../src/lib/cards/text-width.ts';

const FONT = { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: 'Atkinson Hyperlegible' };

/** The box resvg draws a part of the card in: the whole card without its "decor" group, or one named group. */
export function drawnBox(svg: string, only?: 'body' | 'source'): { left: number; top: number; right: number; bottom: number } {
  let part = svg.replace(/<g class="decor">.*?<\/g>/, '');
  if (only) {
    const [open, close] = only === 'body' ? ['<g class="body">', '</g><g class="source">'] : ['<g class="source">', '</g></svg>'];
    const inner = part.slice(part.indexOf(open) + open.length, part.indexOf(close));
    part = `${part.slice(0, part.indexOf('>') + 1)}${inner}</svg>`;
  }
  const box = new Resvg(part, { font: FONT }).innerBBox()!;
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

/** The top of the footer band, where the body must stop. */
const bandTop = (svg: string) => Number(/<rect y="([\d.]+)" width="1200"/.exec(svg)![1]);

const LONG = 'Care leavers aged nineteen to twenty-one in education, employment or training, of those the council is in touch with, as a percentage of all care leavers of that age';
const SOURCE_LONG = 'Source: Kent County Council, Corporate Parenting Panel agenda pack including the Independent Reviewing Officer annual report and the Adoption Service annual report, line 12,345';
const square = (w: number, h: number) => `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#1d5fa8"/></svg>`;

const cards: [string, Card][] = [
  ['a chart card with a long title and a wide value', {
    layout: 'chart', kicker: 'Trend · Care leavers and a very long topic name that goes on', title: LONG,
    figure: { value: '£1,505,680,123.47', label: 'Spending on placements with independent fostering agencies', when: 'Statistical neighbours, April 2024 to March 2025' },
    chart: { draw: square, legend: [{ name: 'Kent', color: '#1d5fa8', dash: '' }, { name: 'Statistical neighbours', color: '#b34a00', dash: '6,4' }, { name: 'England', color: '#00734d', dash: '2,3' }, { name: 'South East', color: '#8f3f97', dash: '' }], description: 'Line chart' },
    source: SOURCE_LONG,
  }],
  ['three figures with long labels', {
    layout: 'figures', kicker: 'Compare documents', title: LONG, caption: LONG,
    figures: [1, 2, 3].map(() => ({ value: '−1,234,567.89 days', label: LONG, when: 'April 2016 to March 2017, line 1,234' })),
    source: SOURCE_LONG,
  }],
  ['one figure', { layout: 'figures', kicker: 'Source document', title: LONG, figures: [{ value: '1,966', label: 'figures taken from it', when: 'Published 2025' }], source: 'Source: Kent County Council' }],
  ['a chart card whose value starts with a letter reaching left', {
    layout: 'chart', kicker: 'Trend', title: `just ${LONG}`, figure: { value: 'just over 69%', when: 'July 2020' },
    chart: { draw: square, legend: [], description: 'Bars' }, source: 'Source: Kent County Council, line 488',
  }],
  ['a plain card', { layout: 'plain', kicker: 'Children in care and care leavers', title: LONG, tagline: LONG, source: SOURCE_LONG }],
];

describe('a share card', () => {
  for (const [name, card] of cards) {
    it(`keeps ${name} inside the safe area, clear of the source`, () => {
      const svg = drawCard(card);
      expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
      const all = drawnBox(svg);
      expect(all.left).toBeGreaterThanOrEqual(SAFE.left);
      expect(all.top).toBeGreaterThanOrEqual(SAFE.top);
      expect(all.right).toBeLessThanOrEqual(SAFE.right);
      expect(all.bottom).toBeLessThanOrEqual(SAFE.bottom);
      expect(drawnBox(svg, 'body').bottom).toBeLessThanOrEqual(bandTop(svg));
      expect(drawnBox(svg, 'source').top).toBeGreaterThan(bandTop(svg));
    });
  }

  it('shortens what does not fit with an ellipsis, and keeps it whole in its alt text', () => {
    const svg = drawCard(cards[0]![1]);
    expect(svg).toContain('…');
    expect(svg).not.toContain(LONG);
    expect(cardAlt(cards[0]![1])).toContain(LONG);
    expect(cardAlt(cards[0]![1])).toContain(SOURCE_LONG);
  });

  it('measures text as resvg draws it', () => {
    for (const [text, size, bold] of [['Children in care', 46, true], ['£1,505,680.47', 84, true], ['Source: Kent County Council, line 51', 24, false]] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="200"><text x="0" y="150" font-size="${size}"${bold ? ' font-weight="700"' : ''}>${text}</text></svg>`;
      const box = new Resvg(svg, { font: FONT }).getBBox()!;
      expect(Math.abs(textWidth(text, size, bold) - (box.x + box.width))).toBeLessThan(size * 0.2);
    }
  });
});

describe('fitLines', () => {
  it('wraps at spaces, and shortens the last line at a word', () => {
    expect(fitLines('Children in care', 1000, 46, 2, true)).toEqual(['Children in care']);
    const lines = fitLines(LONG, 400, 46, 2, true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\S…$/);
    for (const l of lines) expect(textWidth(l, 46, true)).toBeLessThanOrEqual(400);
    expect(LONG.startsWith(`${lines[0]} ${lines[1]!.slice(0, -1)}`)).toBe(true);
  });
});
