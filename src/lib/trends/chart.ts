// Charts drawn at build time, in the form chart-form.ts chooses, for a given width: lines with
// Observable Plot on a server-side document, bars as plain SVG. Every text is drawn at FONT units
// and kept inside the drawing; each figure is a labelled target a small script can focus.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { parseHTML } from 'linkedom';
import type { Metric } from '../data/index.ts';
import { escapeXml, formatFigure, formatPeriod, formatTick } from '../site/format.ts';
import { chartForm, type ChartForm } from './chart-form.ts';
import { breakdownLabel, segments, type Line, type Panel, type Point, type Trend } from './trend.ts';
import { wrapLines } from './wrap-lines.ts';

/** Line colours: an Okabe-Ito-based set, each with its dark-mode twin in site.css. */
export const PALETTE = ['#1d5fa8', '#b34a00', '#00734d', '#8f3f97', '#6b5b00', '#a3264a', '#005f73', '#4d4d4d'] as const;
const DASHES = ['', '6,4', '2,3', '8,3,2,3', '4,2', '1,3'] as const;
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'times'] as const;
const SERIES_STYLE: Record<Line['series'], number> = { kent: 0, target: 1, england: 2, 'south-east': 3, 'statistical-neighbours': 4, forecast: 5 };

/**
 * The widths a chart is drawn at; the page shows the one that suits its column (site.css) and
 * scales it to fit. Each is used only for columns from 82% of its width up (FONT at 15 units
 * renders at 12.3 px or more, 12.7 px on a 320 px phone), so chart text is legible from a 320 px phone to a desktop.
 */
export const CHART_WIDTHS = [340, 560, 900] as const;
/** Small multiples are drawn at this width and never scaled down below it. */
export const MULTIPLE_WIDTH = 280;
/** Every text in a chart, in SVG units. */
export const FONT = 15;
/** A point's target, in SVG units: 24 px or more wherever a width is shown (WCAG 2.2 target size). */
const TARGET_RADIUS = 15;
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

export interface LineStyle { color: string; dash: string; symbol: (typeof SYMBOLS)[number] }

/** How each line of a panel is told apart: colour, dash pattern and marker shape together. */
export function lineStyles(panel: Panel): LineStyle[] {
  return panel.lines.map((line, i) => {
    const n = panel.breakdown === undefined ? SERIES_STYLE[line.series] : i;
    return { color: `var(--series-${n % PALETTE.length}, ${PALETTE[n % PALETTE.length]})`, dash: DASHES[n % DASHES.length]!, symbol: SYMBOLS[n % SYMBOLS.length]! };
  });
}

/** Text read out for one point, and shown in its tooltip. */
export function pointLabel(line: Line, point: Point, metric: Metric, sourceTitle: string): string {
  const f = point.figure;
  return `${line.name}, ${formatPeriod(f.period)}: ${formatFigure(f, metric.unit)}. ${sourceTitle}, line ${f.line}.`;
}

const AXIS_LABEL: Partial<Record<Metric['unit'], string>> = {
  count: 'Number', 'net-count': 'Number', percent: 'Percent', 'percent-change': 'Change, percent', gbp: 'Pounds',
  days: 'Days', 'days-change': 'Difference, days', rank: 'Rank', seconds: 'Seconds', km: 'Kilometres', weeks: 'Weeks', months: 'Months',
  years: 'Years', hours: 'Hours', 'rate-per-10000': 'Per 10,000', score: 'Score',
};
/** Units that only come in whole numbers, so their axes have whole-number ticks. */
const WHOLE: ReadonlySet<Metric['unit']> = new Set(['count', 'net-count', 'rank']);

export interface Labels {
  /** Source titles by id, for each point's label. */
  titles: ReadonlyMap<string, string>;
}

export interface Standalone {
  title: string;
  subtitle: string;
  credit: string;
  /** For a single figure, which is not charted: the figure, large, and what to say beside it. */
  figure?: string;
  note?: string;
}

/** The y scale's domain and ticks: whole numbers for counts, 0-100 for percentages unless that hides the change. */
export function valueAxis(values: readonly number[], unit: Metric['unit'], count: number): { domain: [number, number]; ticks: number[] } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  // Percentages clustered high (81% to 83%) are zoomed, or the change would vanish; those
  // reaching past half run to 100%; the rest start at zero like counts.
  const clustered = unit === 'percent' && hi - lo < 10 && lo > 20;
  if (unit === 'percent' && !clustered && hi > 50 && hi <= 100 && lo >= 0) [lo, hi] = [0, 100];
  else if (!clustered) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const scale = scaleLinear().domain([lo, hi]).nice(count);
  let ticks = scale.ticks(count);
  if (WHOLE.has(unit)) ticks = ticks.filter(Number.isInteger);
  const [d0, d1] = scale.domain() as [number, number];
  return { domain: [d0, d1], ticks };
}

/** Time ticks that fit: years where the chart spans three years or more, else months. */
export function timeAxis(x0: number, x1: number, plotWidth: number): { ticks: Date[]; format: (d: Date) => string } {
  if (x1 - x0 >= 3 * YEAR) {
    const years = utcYear.range(new Date(x0), new Date(x1));
    const step = Math.max(1, Math.ceil(years.length / Math.max(2, Math.floor(plotWidth / 64))));
    return { ticks: years.filter((d) => d.getUTCFullYear() % step === 0), format: utcFormat('%Y') };
  }
  const months = utcMonth.range(new Date(x0), new Date(x1));
  const fit = Math.max(2, Math.floor(plotWidth / 96));
  const step = [1, 2, 3, 6, 12].find((k) => months.length / k <= fit) ?? 12;
  return { ticks: months.filter((d) => d.getUTCMonth() % step === 0), format: utcFormat('%b %Y') };
}

/** A generous estimate of a text's width at FONT, for margins: wide glyphs (%, capitals, £) count for more. */
function textWidth(text: string): number {
  let em = 0;
  for (const c of text) em += /[%WMm@]/.test(c) ? 0.95 : /[A-Z£]/.test(c) ? 0.72 : c === ' ' ? 0.3 : 0.62;
  return em * FONT;
}

interface Frame {
  /** Time domain, shared by small multiples. */
  x: [number, number];
  values: number[];
}

/** The time and value ranges a set of lines needs, padded so that no point sits on an edge. */
function frameOf(lines: readonly Line[]): Frame {
  const all = lines.flatMap((l) => l.points);
  let x0 = Math.min(...all.map((p) => p.start.getTime()));
  let x1 = Math.max(...all.map((p) => p.end.getTime()));
  if (x1 - x0 < 2 * YEAR) { const mid = (x0 + x1) / 2; x0 = mid - YEAR; x1 = mid + YEAR; }
  const pad = (x1 - x0) * 0.04;
  return { x: [x0 - pad, x1 + pad], values: all.map((p) => p.figure.value) };
}

interface LinesOptions {
  width: number;
  height: number;
  /** Draws only the lines at these indexes of the panel (small multiples draw one each). */
  only?: number[];
  frame: Frame;
}

function drawLines(trend: Trend, panel: Panel, styles: LineStyle[], document: Document, o: LinesOptions): SVGSVGElement {
  const metric = trend.metric;
  const marginTop = 30;
  const marginBottom = 34;
  const y = valueAxis(o.frame.values, metric.unit, Math.max(2, Math.floor((o.height - marginTop - marginBottom) / 50)));
  const tickText = (v: number) => formatTick(v, metric.unit);
  const marginLeft = Math.ceil(Math.max(...y.ticks.map((t) => textWidth(tickText(t))), textWidth('2025') / 2) + 14);
  const provisional = timeAxis(o.frame.x[0], o.frame.x[1], o.width - marginLeft - 40);
  const halfTick = Math.max(...provisional.ticks.map((t) => textWidth(provisional.format(t)) / 2), 0);
  const marginRight = Math.ceil(halfTick + 8);
  const x = timeAxis(o.frame.x[0], o.frame.x[1], o.width - marginLeft - marginRight);
  const xAt = scaleLinear().domain(o.frame.x).range([marginLeft, o.width - marginRight]);
  const indexes = o.only ?? panel.lines.map((_, i) => i);

  const marks: Plot.Markish[] = [
    Plot.text([AXIS_LABEL[metric.unit] ?? 'Value'], { frameAnchor: 'top-left', dx: -marginLeft + 2, dy: -marginTop + 4, lineAnchor: 'top', textAnchor: 'start', fill: 'currentColor' }),
  ];
  if (y.domain[0] < 0) marks.push(Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.6 }));
  const xs = indexes.flatMap((i) => panel.lines[i]!.points.map((p) => p.x.getTime()));
  for (const b of trend.breaks) {
    // A break between documents is not at a date: the lines simply stop (chart-notes.ts says why).
    if (b.date === undefined) continue;
    const at = new Date(`${b.date}T00:00:00Z`);
    // Only a break that falls between this chart's figures (chart-notes.ts says the same).
    if (at.getTime() <= Math.min(...xs) || at.getTime() > Math.max(...xs)) continue;
    // The label sits inside the frame, on whichever side of the rule has room for it.
    const room = o.width - marginRight - xAt(at.getTime()) > textWidth('Break') + 8;
    marks.push(Plot.ruleX([at], { stroke: 'currentColor', strokeDasharray: '3,3', strokeOpacity: 0.8 }));
    marks.push(Plot.text([at], { x: (d: Date) => d, frameAnchor: 'top', text: () => 'Break', dy: 4, dx: room ? 4 : -4, lineAnchor: 'top', textAnchor: room ? 'start' : 'end', fill: 'currentColor' }));
  }
  for (const i of indexes) {
    const line = panel.lines[i]!;
    const s = styles[i]!;
    const cls = `series-${i}`;
    const value = (p: Point) => p.figure.value;
    // Periods longer than a day are drawn as spans behind their middle points.
    const spans = line.points.filter((p) => p.end.getTime() - p.start.getTime() > DAY);
    if (spans.length > 0) marks.push(Plot.ruleY(spans, { x1: 'start', x2: 'end', y: value, stroke: s.color, strokeOpacity: 0.3, strokeWidth: 8, className: cls }));
    for (const run of line.runs) {
      for (const piece of segments(line, run)) {
        if (piece.length > 1) marks.push(Plot.line(piece, { x: 'x', y: value, stroke: s.color, strokeWidth: 2.5, ...(s.dash ? { strokeDasharray: s.dash } : {}), className: cls }));
      }
    }
    // Across a gap in the figures, a faint dotted line: the two ends belong together, but
    // nothing was measured between them (the notes name the gap).
    for (const gap of line.gaps) {
      marks.push(Plot.line([gap.from, gap.to], { x: 'x', y: value, stroke: s.color, strokeWidth: 2, strokeDasharray: '1,5', strokeLinecap: 'round', className: `${cls} gap` }));
    }
    marks.push(Plot.dot(line.points, {
      x: 'x', y: value, symbol: s.symbol, r: 5, stroke: s.color, strokeWidth: 2,
      fill: (p: Point) => (p.approximate ? 'var(--chart-bg, #ffffff)' : s.color), className: cls,
    }));
    // The targets a reader points at, taps or tabs to: larger than the marker, transparent.
    marks.push(Plot.dot(line.points, { x: 'x', y: value, r: TARGET_RADIUS, fill: 'transparent', stroke: 'none', className: `points points-${i} ${cls}` }));
  }
  return Plot.plot({
    document, width: o.width, height: o.height, className: 'trend-chart',
    marginLeft, marginRight, marginTop, marginBottom,
    x: { type: 'utc', domain: o.frame.x.map((t) => new Date(t)), label: null, ticks: x.ticks, tickFormat: x.format, tickSize: 5 },
    y: { domain: y.domain, ticks: y.ticks, grid: true, label: null, tickFormat: tickText, tickSize: 0 },
    marks,
  }) as unknown as SVGSVGElement;
}

/** Splits text into lines no wider than `width` at font size `size`, at spaces (a longer word is cut). */
export function wrap(text: string, width: number, size = FONT): string[] {
  return wrapLines(text, (t: string) => (textWidth(t) * size) / FONT <= width);
}

const attrs = (a: Record<string, string | number>) => Object.entries(a).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join('');
const LINE_HEIGHT = 19;
const BAR = 24;

/**
 * Bars, largest first, each with its part's name above it (wrapped, never cut) and its value at
 * its end: a layout that reads the same on a phone as on a desktop, with no legend.
 */
function drawBars(form: Extract<ChartForm, { kind: 'bars' }>, panel: Panel, metric: Metric, labels: Labels, width: number): string {
  const styles = lineStyles(panel);
  const values = form.bars.map((b) => b.point.figure.value);
  const valueText = form.bars.map((b) => formatFigure(b.point.figure, metric.unit));
  const room = Math.max(...valueText.map(textWidth)) + 10;
  const x = scaleLinear().domain([Math.min(0, ...values), Math.max(0, ...values)]).range([2, Math.max(40, width - 2 - room)]);
  let top = 0;
  const rows: string[] = [];
  for (const [k, bar] of form.bars.entries()) {
    const names = wrap(bar.label, width - 4);
    const height = names.length * LINE_HEIGHT + BAR + 14;
    const barTop = top + names.length * LINE_HEIGHT + 6;
    const v = bar.point.figure.value;
    const [x0, x1] = [x(Math.min(0, v)), x(Math.max(0, v))];
    const color = panel.breakdown === undefined ? styles[bar.index]!.color : styles[0]!.color;
    const fill = bar.point.approximate ? ` fill-opacity="0.35"` : '';
    const label = pointLabel(bar.line, bar.point, metric, labels.titles.get(bar.point.figure.source) ?? bar.point.figure.source);
    rows.push(`<g class="series-${bar.index}">`
      + names.map((n, i) => `<text${attrs({ x: 2, y: top + (i + 1) * LINE_HEIGHT - 4 })}>${escapeXml(n)}</text>`).join('')
      + `<rect${attrs({ x: x0, y: barTop, width: Math.max(1, x1 - x0), height: BAR, fill: color, stroke: color })}${fill}/>`
      + `<text${attrs({ x: x1 + 6, y: barTop + BAR / 2, dy: '0.32em' })}>${escapeXml(valueText[k]!)}</text>`
      + `<rect class="points" data-point="" data-series="0" role="img"${attrs({ 'aria-label': label, x: 0, y: top, width, height, fill: 'transparent' })}/>`
      + '</g>');
    top += height;
  }
  const zero = Math.min(0, ...values) < 0 ? `<line${attrs({ x1: x(0), x2: x(0), y1: 0, y2: top, stroke: 'currentColor' })}/>` : '';
  return `<svg class="trend-chart" width="${width}" height="${top}" viewBox="0 0 ${width} ${top}" font-size="${FONT}" fill="currentColor">${zero}${rows.join('')}</svg>`;
}

/**
 * Plot labels its groups with aria-label, which axe rejects on a <g> without a role: the chart's
 * meaning is in the labelled points, the description and the table, so the rest is hidden.
 */
function makeAccessible(svg: SVGSVGElement, panel: Panel, metric: Metric, labels: Labels, only?: number[]): void {
  for (const g of svg.querySelectorAll('g')) {
    g.removeAttribute('aria-label');
    if (!g.classList.contains('points')) g.setAttribute('aria-hidden', 'true');
  }
  svg.removeAttribute('aria-label');
  svg.setAttribute('font-size', String(FONT));
  // Plot writes font-variant as an attribute, which SVG 1.1 lacks (the Nu checker refuses it);
  // site.css gives chart text tabular figures instead.
  for (const el of svg.querySelectorAll('[font-variant]')) el.removeAttribute('font-variant');
  for (const i of only ?? panel.lines.map((_, k) => k)) {
    const line = panel.lines[i]!;
    const marks = svg.querySelectorAll(`g.points-${i} > *`);
    line.points.forEach((point, j) => {
      const el = marks[j];
      if (!el) return;
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', pointLabel(line, point, metric, labels.titles.get(point.figure.source) ?? point.figure.source));
      el.setAttribute('data-point', '');
      el.setAttribute('data-series', String(i));
    });
  }
}

/**
 * linkedom writes attribute values with only `"` escaped, leaving `&`, `<` and `>` as they are, which
 * XML (the SVG download, and resvg drawing the PNG) rejects: a label holding "<" would break both.
 * So the values are escaped here, once, just before the SVG is written out.
 */
function serialise(svg: SVGSVGElement): string {
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const { name, value } of [...element.attributes]) {
      const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      if (escaped !== value) element.setAttribute(name, escaped);
    }
  }
  return svg.outerHTML as string;
}

const newDocument = () => parseHTML('<!doctype html><html><body></body></html>').document;

/** The height a line chart gets at a width: taller on a desktop, never squat on a phone. */
export function lineHeight(width: number): number {
  return width <= 400 ? 280 : width <= 600 ? 320 : 400;
}

/**
 * One panel drawn at one width, as an SVG string; undefined for a single figure, which is not
 * charted. Lines take the height that suits the width, or `height` (a share card's chart box).
 */
export function renderPanel(trend: Trend, panel: Panel, labels: Labels, width: number, height = lineHeight(width)): string | undefined {
  const form = chartForm(panel);
  if (form.kind === 'figure') return undefined;
  if (form.kind === 'bars') return drawBars(form, panel, trend.metric, labels, width);
  if (form.kind === 'multiples') throw new Error('Small multiples are drawn one line at a time: use renderMultiple().');
  const document = newDocument();
  const svg = drawLines(trend, panel, lineStyles(panel), document, { width, height, frame: frameOf(panel.lines) });
  makeAccessible(svg, panel, trend.metric, labels);
  return serialise(svg);
}

/** One line of a panel of small multiples, on the scales all of them share. */
export function renderMultiple(trend: Trend, panel: Panel, index: number, labels: Labels): string {
  const document = newDocument();
  // Each small chart holds one line, so all share the first colour: the title names the line.
  const first = lineStyles(panel)[0]!;
  const styles = panel.lines.map(() => first);
  const svg = drawLines(trend, panel, styles, document, { width: MULTIPLE_WIDTH, height: 190, only: [index], frame: frameOf(panel.lines) });
  makeAccessible(svg, panel, trend.metric, labels, [index]);
  return serialise(svg);
}

/** A chart for outside the page (SVG and PNG downloads, link previews): title, legend, chart, credit. */
export function renderStandalone(trend: Trend, panel: Panel | undefined, labels: Labels, text: Standalone, width: number): string {
  const form = panel ? chartForm(panel) : undefined;
  const pad = 16;
  const titleLines = wrap(text.title, width - 2 * pad, 20);
  const subtitleLines = wrap(text.subtitle, width - 2 * pad, 16);
  const creditLines = wrap(text.credit, width - 2 * pad, 12);
  const parts: string[] = [];
  let y = pad;
  for (const l of titleLines) { y += 26; parts.push(`<text x="${pad}" y="${y}" font-size="20" font-weight="700">${escapeXml(l)}</text>`); }
  for (const l of subtitleLines) { y += 22; parts.push(`<text x="${pad}" y="${y}" font-size="16">${escapeXml(l)}</text>`); }
  y += 14;
  const inner = width - 2 * pad;
  if (panel && form && form.kind !== 'figure') {
    if (form.kind === 'lines' && panel.lines.length > 1) {
      // The page's legend is HTML; outside the page, the chart carries its own.
      const styles = lineStyles(panel);
      let x = 0;
      let row = y + 18;
      for (const [i, line] of panel.lines.entries()) {
        const w = 40 + textWidth(line.name);
        if (x > 0 && x + w > inner) { x = 0; row += 24; }
        const s = styles[i]!;
        parts.push(`<g transform="translate(${pad + x},${row})"><line x1="0" x2="30" y1="-5" y2="-5" stroke="${s.color}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/><text x="36" y="0" font-size="${FONT}">${escapeXml(line.name)}</text></g>`);
        x += w + 12;
      }
      y = row + 12;
    }
    let chart: string;
    if (form.kind === 'multiples') {
      const cols = Math.max(1, Math.floor(inner / MULTIPLE_WIDTH));
      const cells = form.lines.map((line, i) => {
        const cx = (i % cols) * MULTIPLE_WIDTH;
        const cy = Math.floor(i / cols) * 214;
        return `<text x="${cx}" y="${cy + 16}" font-size="${FONT}" font-weight="700">${escapeXml(wrap(line.name, MULTIPLE_WIDTH)[0]!)}</text>`
          + renderMultiple(trend, panel, i, labels).replace('<svg', `<svg x="${cx}" y="${cy + 22}"`);
      });
      const h = Math.ceil(form.lines.length / cols) * 214;
      chart = `<svg width="${inner}" height="${h}" viewBox="0 0 ${inner} ${h}">${cells.join('')}</svg>`;
    } else {
      chart = renderPanel(trend, panel, labels, inner)!;
    }
    const h = Number(/height="([\d.]+)"/.exec(chart)![1]);
    parts.push(`<g transform="translate(${pad},${y})">${chart}</g>`);
    y += h + 10;
  } else {
    y += 6;
    for (const l of wrap(text.figure ?? '', inner, 48)) { y += 52; parts.push(`<text x="${pad}" y="${y}" font-size="48" font-weight="700">${escapeXml(l)}</text>`); }
    y += 12;
    for (const l of wrap(text.note ?? '', inner, 16)) { y += 22; parts.push(`<text x="${pad}" y="${y}" font-size="16">${escapeXml(l)}</text>`); }
    y += 10;
  }
  for (const l of creditLines) { y += 17; parts.push(`<text x="${pad}" y="${y}" font-size="12">${escapeXml(l)}</text>`); }
  y += pad;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="Atkinson Hyperlegible, sans-serif" fill="#1a1a1a"><rect width="${width}" height="${y}" fill="#ffffff"/>${parts.join('')}</svg>`;
  return forOutsideThePage(svg);
}

/**
 * A chart for a file rather than the page: with no stylesheet, colours become their light-mode
 * values, and the attributes only the page's script and screen readers use are dropped.
 */
export function forOutsideThePage(svg: string, ink = '#1a1a1a'): string {
  return svg.replace(/var\(--[\w-]+, (#[0-9a-f]{3,8})\)/g, '$1').replace(/currentColor/g, ink).replace(/ (role|data-point|data-series|aria-label|aria-hidden|tabindex)="[^"]*"/g, '');
}

/** The heading of a panel: "Kent and comparators", or "By UASC status". */
export function panelTitle(panel: Panel): string {
  if (panel.breakdown === undefined) return panel.lines.length > 1 ? 'Kent and comparators' : 'Kent';
  const label = breakdownLabel(panel.breakdown);
  // Lower-case the first word unless it is an abbreviation ("By UASC status", "By age band").
  const first = label.split(' ')[0]!;
  return `By ${first === first.toUpperCase() ? label : `${label.charAt(0).toLowerCase()}${label.slice(1)}`}`;
}
