// What leaves the page: the chart as a standalone SVG and PNG, and
// the metric's figures as CSV with spreadsheet formulas neutralised.
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES } from '../cards/text-width.ts';
import { formatFigure, formatPeriod } from '../site/format.ts';
import type { Figure } from '../site/site-data.ts';
import { renderStandalone } from './chart.ts';
import { partName } from './trend.ts';
import { cachedPng } from './png-cache.ts';
import type { TrendEntry } from './trends.ts';

export const PNG_WIDTH = 1200;
/** Drawn at half the PNG's width, so the PNG shows every text at twice its size. */
const SVG_WIDTH = 600;

/** The headline a shared chart carries: "Children in care: 1,966 (2025)". */
export function chartTitle(entry: TrendEntry): string {
  const { metric, latest } = entry;
  const when = latest.period === '' ? 'date not stated' : formatPeriod(latest.period);
  return `${metric.label}: ${formatFigure(latest, metric.unit)} (${when})`;
}

const rendered = new Map<string, string>();

/**
 * The first panel (Kent and comparators, or the first breakdown), titled and credited, or the
 * figure itself where there is only one. Drawn once per build: the SVG and the PNG both use it.
 */
export function standaloneSvg(entry: TrendEntry, titles: ReadonlyMap<string, string>, siteUrl: string): string {
  const key = `${entry.metric.id}|${siteUrl}`;
  if (!rendered.has(key)) rendered.set(key, drawStandalone(entry, titles, siteUrl));
  return rendered.get(key)!;
}

function drawStandalone(entry: TrendEntry, titles: ReadonlyMap<string, string>, siteUrl: string): string {
  const { metric, latest, trend } = entry;
  const panel = trend.panels[0];
  const credit = `Source: ${titles.get(latest.source) ?? latest.source}, line ${latest.line}. ${siteUrl}`;
  const when = latest.period === '' ? 'date not stated' : formatPeriod(latest.period);
  const part = partName(latest);
  const subtitle = `Latest: ${formatFigure(latest, metric.unit)}${part === 'Kent' ? '' : ` (${part})`}, ${when}`;
  const note = latest.period === '' ? 'The source gives no date for this figure.' : 'No other document gives a dated figure for this measure.';
  return renderStandalone(trend, panel, { titles }, { title: metric.label, subtitle, credit, figure: formatFigure(latest, metric.unit), note }, SVG_WIDTH);
}

const require = createRequire(import.meta.url);
const FONTS = [FONT_FILES.regular, FONT_FILES.bold];

const RESVG_OPTIONS = {
  fitTo: { mode: 'width', value: PNG_WIDTH },
  font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Atkinson Hyperlegible' },
} as const;
/** What, besides the SVG, decides a PNG's bytes: the renderer, its options and the fonts' versions. */
const RENDERING = JSON.stringify([
  require('@resvg/resvg-js/package.json').version,
  require('@expo-google-fonts/atkinson-hyperlegible/package.json').version,
  RESVG_OPTIONS,
]);

/** Rasterises a standalone SVG (a chart, a share card) offline, with the font from an npm package; drawn once per SVG. */
export function toPng(svg: string): Buffer {
  return cachedPng([svg, RENDERING], () => new Resvg(svg, RESVG_OPTIONS).render().asPng());
}


export const CSV_COLUMNS = ['metric', 'series', 'breakdown', 'category', 'period', 'period_label', 'value', 'qualifier', 'edition', 'source', 'line', 'quote', 'note', 'source_url'] as const;

/**
 * A metric's figures as CSV. Text cells that a spreadsheet would run as a formula (=, +, -, @)
 * are prefixed with an apostrophe; values stay numbers. It starts with a byte-order mark: without
 * one, Excel opened by double-click reads UTF-8 as Windows-1252 ("£" becomes "Â£").
 */
export function figuresCsv(figures: readonly Figure[], siteUrl: string): string {
  const rows = figures.map((f) => ({
    metric: f.metric, series: f.series, breakdown: f.breakdown ?? '', category: f.category ?? '', period: f.period,
    period_label: f.period_label, value: f.value, qualifier: f.qualifier ?? '', edition: f.edition, source: f.source,
    line: f.line, quote: f.quote, note: f.note ?? '', source_url: new URL(`sources/${f.source}/#L${f.line}`, siteUrl).href,
  }));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) }, { escapeFormulae: true, newline: '\n' })}\n`;
}
