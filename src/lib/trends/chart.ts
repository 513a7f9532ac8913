// Charts drawn at build time with Observable Plot on a server-side document, then made
// accessible: decorative groups hidden, each point a labelled image that a small script can focus.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Metric } from '../data/index.ts';
import { formatFigure, formatPeriod, formatValue } from '../site/format.ts';
import { breakdownLabel, type Line, type Panel, type Point, type Trend } from './trend.ts';

/** Line colours: an Okabe-Ito-based set, each with its dark-mode twin in site.css. */
export const PALETTE = ['#1d5fa8', '#b34a00', '#00734d', '#8f3f97', '#6b5b00', '#a3264a', '#005f73', '#4d4d4d'] as const;
const DASHES = ['', '6,4', '2,3', '8,3,2,3', '4,2', '1,3'] as const;
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'times'] as const;
const SERIES_STYLE: Record<Line['series'], number> = { kent: 0, target: 1, england: 2, 'south-east': 3, 'statistical-neighbours': 4, forecast: 5 };

export interface LineStyle { color: string; dash: string; symbol: (typeof SYMBOLS)[number] }

/** How each line of a panel is told apart: colour, dash pattern and marker shape together. */
export function lineStyles(panel: Panel): LineStyle[] {
  return panel.lines.map((line, i) => {
    const n = panel.breakdown === undefined ? SERIES_STYLE[line.series] : i;
    return { color: `var(--series-${n % PALETTE.length}, ${PALETTE[n % PALETTE.length]})`, dash: DASHES[n % DASHES.length]!, symbol: SYMBOLS[n % SYMBOLS.length]! };
  });
}

/** A bar chart reads better than a line when every part is given for one period only. */
export function isSnapshot(panel: Panel): boolean {
  if (panel.breakdown === undefined || panel.lines.length < 2) return false;
  const periods = new Set(panel.lines.flatMap((l) => l.points.map((p) => p.figure.period)));
  return periods.size === 1 && panel.lines.every((l) => l.points.length === 1);
}

export interface ChartOptions {
  width?: number;
  /** Adds the sources and title as text, for a chart that leaves the page (SVG and PNG downloads). */
  standalone?: { title: string; subtitle: string; credit: string };
}

/** Text read out for one point, and shown in its tooltip. */
export function pointLabel(line: Line, point: Point, metric: Metric, sourceTitle: string): string {
  const f = point.figure;
  return `${line.name}, ${formatPeriod(f.period)}: ${formatFigure(f, metric.unit)}. ${sourceTitle}, line ${f.line}.`;
}

const yLabel = (metric: Metric) => ({
  count: 'Number', 'net-count': 'Number', percent: 'Percent', 'percent-change': 'Change, percent', gbp: 'Pounds',
  days: 'Days', 'days-change': 'Difference, days', rank: 'Rank', seconds: 'Seconds', km: 'Kilometres', weeks: 'Weeks', months: 'Months', years: 'Years', hours: 'Hours', 'rate-per-10000': 'Per 10,000', score: 'Score',
} as Record<string, string>)[metric.unit] ?? 'Value';

/**
 * Renders one panel of a trend to an SVG string. Points carry `data-point`, `data-series` and an
 * `aria-label`; lines and labels carry the class `series-<n>` so toggles can hide a series.
 */
export function renderPanel(trend: Trend, panel: Panel, sourceTitles: ReadonlyMap<string, string>, options: ChartOptions = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const width = options.width ?? 560;
  const styles = lineStyles(panel);
  const metric = trend.metric;
  const snapshot = isSnapshot(panel);
  const tick = (v: number) => formatValue(v, metric.unit);

  const svg = snapshot
    ? renderBars(trend, panel, styles, width, document, tick)
    : renderLines(trend, panel, styles, width, document, tick);

  // Plot labels its groups with aria-label, which axe rejects on a <g> without a role: the chart's
  // meaning is in the labelled points, the description and the table, so the rest is hidden.
  for (const g of svg.querySelectorAll('g')) {
    g.removeAttribute('aria-label');
    if (!g.classList.contains('points')) g.setAttribute('aria-hidden', 'true');
  }
  svg.removeAttribute('aria-label');
  svg.setAttribute('font-size', '15');
  svg.setAttribute('role', 'group');

  panel.lines.forEach((line, i) => {
    const marks = svg.querySelectorAll(`g.points-${i} > *`);
    line.points.forEach((point, j) => {
      const el = marks[j];
      if (!el) return;
      const title = sourceTitles.get(point.figure.source) ?? point.figure.source;
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', pointLabel(line, point, metric, title));
      el.setAttribute('data-point', '');
      el.setAttribute('data-series', snapshot ? '0' : String(i));
    });
  });
  if (options.standalone) addTitle(svg, document, options.standalone, width);
  escapeAttributes(svg);
  let text = svg.outerHTML as string;
  if (options.standalone) text = text.replace(/var\(--[\w-]+, (#[0-9a-f]{3,8})\)/g, '$1').replace(/currentColor/g, '#1a1a1a');
  return text;
}

/**
 * linkedom writes attribute values with only `"` escaped, leaving `&`, `<` and `>` as they are, which
 * XML (the SVG download, and resvg drawing the PNG) rejects: a label holding "<" would break both.
 * So the values are escaped here, once, just before the SVG is written out.
 */
function escapeAttributes(svg: SVGSVGElement): void {
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const { name, value } of [...element.attributes]) {
      const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      if (escaped !== value) element.setAttribute(name, escaped);
    }
  }
}

function renderLines(trend: Trend, panel: Panel, styles: LineStyle[], width: number, document: Document, tick: (v: number) => string): SVGSVGElement {
  const all = panel.lines.flatMap((l) => l.points);
  const values = all.map((p) => p.figure.value);
  const starts = all.map((p) => p.start.getTime());
  const ends = all.map((p) => p.end.getTime());
  const YEAR = 365.25 * 86_400_000;
  let x0 = Math.min(...starts);
  let x1 = Math.max(...ends);
  if (x1 - x0 < 2 * YEAR) { const mid = (x0 + x1) / 2; x0 = mid - YEAR; x1 = mid + YEAR; }
  const pad = (x1 - x0) * 0.04;
  const labelled = panel.lines.length <= 6;
  const marks: Plot.Markish[] = [];
  if (Math.min(...values) < 0) marks.push(Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.5 }));
  for (const b of trend.breaks) {
    const at = new Date(`${b.date}T00:00:00Z`);
    marks.push(Plot.ruleX([at], { stroke: 'currentColor', strokeDasharray: '3,3', strokeOpacity: 0.7 }));
    marks.push(Plot.text([at], { x: (d: Date) => d, frameAnchor: 'top', text: () => 'Break in series', dy: -4, textAnchor: 'middle', fontSize: 12 }));
  }
  panel.lines.forEach((line, i) => {
    const s = styles[i]!;
    const cls = `series-${i}`;
    // Periods longer than a day are drawn as spans behind their middle points.
    marks.push(Plot.ruleY(line.points.filter((p) => p.end.getTime() - p.start.getTime() > 86_400_000), {
      x1: 'start', x2: 'end', y: (p: Point) => p.figure.value, stroke: s.color, strokeOpacity: 0.35, strokeWidth: 6, className: cls,
    }));
    for (const run of line.runs) {
      if (run.length < 2) continue;
      marks.push(Plot.line(run, { x: 'x', y: (p: Point) => p.figure.value, stroke: s.color, strokeWidth: 2.5, ...(s.dash ? { strokeDasharray: s.dash } : {}), className: cls }));
    }
    marks.push(Plot.dot(line.points, {
      x: 'x', y: (p: Point) => p.figure.value, symbol: s.symbol, r: 5.5, stroke: s.color, strokeWidth: 2,
      fill: (p: Point) => (p.approximate ? 'var(--chart-bg, #ffffff)' : s.color),
      className: `points points-${i} ${cls}`,
    }));
    if (labelled) {
      marks.push(Plot.text([line.points.at(-1)!], {
        x: 'x', y: (p: Point) => p.figure.value, text: () => shorten(line.name), dx: 10, textAnchor: 'start',
        fill: 'currentColor', fontSize: 15, className: cls,
      }));
    }
  });
  return Plot.plot({
    document, width, height: 320, className: 'trend-chart',
    marginLeft: 64, marginRight: labelled ? 150 : 24, marginTop: 28, marginBottom: 36,
    x: { type: 'utc', domain: [new Date(x0 - pad), new Date(x1 + pad)], label: null, ticks: 6 },
    y: { grid: true, label: yLabel(trend.metric), labelArrow: 'none', zero: Math.min(...values) >= 0, nice: true, tickFormat: tick },
    marks,
  }) as unknown as SVGSVGElement;
}

function renderBars(trend: Trend, panel: Panel, styles: LineStyle[], width: number, document: Document, tick: (v: number) => string): SVGSVGElement {
  const rows = panel.lines.map((line) => line.points[0]!);
  const names = panel.lines.map((l) => shorten(l.name, 30));
  const marks: Plot.Markish[] = [];
  rows.forEach((p, i) => {
    marks.push(Plot.barX([p], {
      y: () => names[i], x: (d: Point) => d.figure.value, fill: styles[0]!.color,
      fillOpacity: p.approximate ? 0.35 : 1, stroke: styles[0]!.color, className: `points points-${i} series-${i}`,
    }));
    marks.push(Plot.text([p], {
      y: () => names[i], x: (d: Point) => d.figure.value, text: (d: Point) => formatFigure(d.figure, trend.metric.unit), dx: 6, textAnchor: 'start', fill: 'currentColor', fontSize: 15,
    }));
  });
  return Plot.plot({
    document, width, height: 40 + rows.length * 30, className: 'trend-chart',
    marginLeft: Math.min(260, 24 + 8 * Math.max(...names.map((n) => n.length))), marginRight: 90, marginTop: 8, marginBottom: 32,
    x: { grid: true, label: yLabel(trend.metric), labelArrow: 'none', tickFormat: tick, nice: true, zero: true },
    y: { domain: names, label: null },
    marks,
  }) as unknown as SVGSVGElement;
}

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function addTitle(svg: SVGSVGElement, document: Document, text: { title: string; subtitle: string; credit: string }, width: number) {
  const NS = 'http://www.w3.org/2000/svg';
  const height = Number(svg.getAttribute('height'));
  const titleLines = wrap(text.title, Math.floor(width / 11.5));
  const top = 30 + titleLines.length * 26 + 34;
  const bottom = 36;
  const g = document.createElementNS(NS, 'g');
  g.setAttribute('transform', `translate(0,${top})`);
  while (svg.firstChild) g.appendChild(svg.firstChild);
  const label = (y: number, size: number, weight: string, content: string) => {
    const t = document.createElementNS(NS, 'text');
    for (const [k, v] of Object.entries({ x: '16', y: String(y), 'font-size': String(size), 'font-weight': weight, 'text-anchor': 'start' })) t.setAttribute(k, v);
    t.textContent = content;
    return t;
  };
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', String(width)); bg.setAttribute('height', String(top + height + bottom)); bg.setAttribute('fill', '#ffffff');
  svg.append(bg, ...titleLines.map((l, i) => label(30 + i * 26, 20, '700', l)), label(30 + titleLines.length * 26 + 8, 17, '400', text.subtitle), g, label(top + height + 24, 12, '400', text.credit));
  svg.setAttribute('height', String(top + height + bottom));
  svg.setAttribute('viewBox', `0 0 ${width} ${top + height + bottom}`);
  svg.setAttribute('xmlns', NS);
  svg.setAttribute('font-family', 'Atkinson Hyperlegible, sans-serif');
}

function shorten(name: string, max = 20): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** The heading of a panel: "Kent and comparators", or "By UASC status". */
export function panelTitle(panel: Panel): string {
  if (panel.breakdown === undefined) return panel.lines.length > 1 ? 'Kent and comparators' : 'Kent';
  const label = breakdownLabel(panel.breakdown);
  return `By ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
