// Legend swatches: the same colour, dash and marker as the chart's line, as a tiny SVG.
import { symbol, symbolCircle, symbolCross, symbolDiamond2, symbolSquare, symbolStar, symbolTimes, symbolTriangle2, symbolWye } from 'd3-shape';
import type { LineStyle } from './chart.ts';

const SHAPES = {
  circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle2, diamond: symbolDiamond2,
  star: symbolStar, cross: symbolCross, wye: symbolWye, times: symbolTimes,
} as const;

export function swatch(style: LineStyle, hollow = false): string {
  const marker = symbol(SHAPES[style.symbol], 56)() ?? '';
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const fill = hollow ? 'var(--chart-bg, #ffffff)' : style.color;
  return `<svg class="swatch" viewBox="0 0 36 16" width="36" height="16" aria-hidden="true" focusable="false"><line x1="1" y1="8" x2="35" y2="8" stroke="${style.color}" stroke-width="2.5"${dash}/><path transform="translate(18,8)" d="${marker}" fill="${fill}" stroke="${style.color}" stroke-width="2"/></svg>`;
}
