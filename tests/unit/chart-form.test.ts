// The chart grammar on the real measures: which form each panel gets, the gaps a line shows,
// the axes, the notes, and that every drawing keeps its text at the chart's font size.
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadDataset } from '../../src/lib/data/index.ts';
import type { Figure } from '../../src/lib/site/site-data.ts';
import { chartForm, MAX_BARS, MAX_LINES } from '../../src/lib/trends/chart-form.ts';
import { panelNotes } from '../../src/lib/trends/chart-notes.ts';
import { CHART_WIDTHS, FONT, panelTitle, renderPanel, renderStandalone, timeAxis, valueAxis, wrap } from '../../src/lib/trends/chart.ts';
import { buildTrend, type Panel } from '../../src/lib/trends/trend.ts';

const { dataset } = loadDataset(DATA_DIR);
const figures = dataset.observations.map((o) => o.row as Figure);
const order = dataset.sources.map((s) => s.row.edition);
const trendOf = (id: string) => buildTrend(dataset.metrics.find((m) => m.row.id === id)!.row, figures, dataset.breaks.map((b) => b.row), order);
const panelOf = (id: string, breakdown?: string) => trendOf(id).panels.find((p) => p.breakdown === breakdown)!;
const labels = { titles: new Map(dataset.sources.map((s) => [s.row.id, s.row.title])) };
const allTrends = dataset.metrics.map((m) => trendOf(m.row.id));

describe('chartForm on the real measures', () => {
  it('draws children in care as a line of Kent\'s figures', () => {
    const form = chartForm(panelOf('children-in-care'));
    expect(form.kind).toBe('lines');
  });

  it('shows a single figure as the figure, with no chart', () => {
    const form = chartForm(panelOf('scorecard-indicators-red'));
    expect(form.kind).toBe('figure');
    expect(renderPanel(trendOf('scorecard-indicators-red'), panelOf('scorecard-indicators-red'), labels, 560)).toBeUndefined();
  });

  it('draws 21 Coram findings as sorted bars, not 21 one-point lines behind a legend', () => {
    const form = chartForm(panelOf('coram-feedback-percent', 'finding'));
    expect(form.kind).toBe('bars');
    if (form.kind !== 'bars') return;
    expect(form.bars).toHaveLength(21);
    const values = form.bars.map((b) => b.point.figure.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // Their periods differ, so each bar says its own.
    expect(form.period).toBeUndefined();
    expect(form.bars[0]!.label).toMatch(/, .*\d{4}$/);
  });

  it('draws the parts of one period as bars named by their parts', () => {
    const form = chartForm(panelOf('children-in-care', 'gender'));
    expect(form.kind).toBe('bars');
    if (form.kind !== 'bars') return;
    expect(form.period).toBe('2017-03-31');
    expect(form.bars.map((b) => b.label)).toEqual(form.bars.map((b) => b.line.name));
  });

  it('never puts more than six lines on one chart, nor more than MAX_BARS bars', () => {
    for (const trend of allTrends) {
      for (const panel of trend.panels) {
        const form = chartForm(panel);
        if (form.kind === 'lines') expect(form.lines.length, trend.metric.id).toBeLessThanOrEqual(MAX_LINES);
        if (form.kind === 'bars') expect(form.bars.length + form.omitted, trend.metric.id).toBe(panel.lines.length);
        if (form.kind === 'bars') expect(form.bars.length).toBeLessThanOrEqual(MAX_BARS);
        if (form.kind === 'multiples') expect(panel.lines.length).toBeGreaterThan(MAX_LINES);
        // A chart over time always has a line of two figures or more: never dots alone on a time axis.
        if (form.kind === 'lines' || form.kind === 'multiples') expect(panel.lines.some((l) => l.points.length > 1), trend.metric.id).toBe(true);
      }
    }
    expect(chartForm(panelOf('adoption-learning-development-attendees', 'learning-event')).kind).toBe('multiples');
  });
});

describe('gaps in a line', () => {
  it('shows the months with no figures between August 2019 and April 2020', () => {
    const line = panelOf('placement-searches').lines[0]!;
    expect(line.gaps.map((g) => [g.from.figure.period, g.to.figure.period])).toEqual([['2019-08', '2020-04']]);
  });

  it('does not join 2016-17 to 2018-19 as if the year between were measured', () => {
    const line = panelOf('adoption-placement-to-order-days').lines[0]!;
    expect(line.gaps.map((g) => [g.from.figure.period, g.to.figure.period])).toEqual([['2016-04-01/2017-03-31', '2018-04-01/2019-03-31']]);
  });

  it('does not join the figures of documents that count a measure differently at all', () => {
    // placement-orders-granted: Kent's own service to 2016-17, the regional adoption agency in 2025.
    const line = panelOf('placement-orders-granted').lines.find((l) => l.series === 'kent')!;
    expect(line.runs.map((r) => new Set(r.map((p) => p.figure.source)))).toEqual([
      new Set(['corporate-parenting-panel-2017']), new Set(['corporate-parenting-annual-report-2025']),
    ]);
    // Nor dotted across: a gap is only ever between figures that compare.
    expect(line.gaps.every((g) => g.from.figure.source === g.to.figure.source)).toBe(true);
  });

  it('joins consecutive financial years', () => {
    expect(panelOf('adoption-orders-granted').lines[0]!.gaps).toEqual([]);
  });

  it('names the gap under the chart, and the hollow marker only where a figure is hedged', () => {
    const placements = panelNotes(trendOf('placement-searches'), panelOf('placement-searches'), chartForm(panelOf('placement-searches'))).map((n) => n.text);
    expect(placements.join(' ')).toContain('No figures were published between August 2019 and April 2020');
    expect(placements.join(' ')).not.toContain('hollow marker');
    const inCare = panelNotes(trendOf('children-in-care'), panelOf('children-in-care'), chartForm(panelOf('children-in-care'))).map((n) => n.text);
    expect(inCare.join(' ')).toContain('hollow marker');
  });
});

describe('axes', () => {
  it('gives counts whole-number ticks, even for a small range', () => {
    const { ticks } = valueAxis([1, 3], 'count', 6);
    expect(ticks.every(Number.isInteger)).toBe(true);
    expect(ticks).toContain(3);
  });

  it('runs percentages from 0 to 100, unless that would flatten the change', () => {
    expect(valueAxis([40, 75], 'percent', 5).domain).toEqual([0, 100]);
    expect(valueAxis([8, 21], 'percent', 5).domain[1]).toBeLessThanOrEqual(30);
    const close = valueAxis([81, 83], 'percent', 5).domain;
    expect(close[0]).toBeGreaterThan(50);
  });

  it('labels years on a long axis and months on a short one, no more than fit', () => {
    const year = 365.25 * 86_400_000;
    const long = timeAxis(Date.UTC(2013, 0), Date.UTC(2026, 0), 260);
    expect(long.format(long.ticks[0]!)).toMatch(/^\d{4}$/);
    expect(long.ticks.length).toBeLessThanOrEqual(Math.floor(260 / 64));
    const short = timeAxis(Date.UTC(2019, 0), Date.UTC(2019, 0) + 2 * year, 260);
    expect(short.format(short.ticks[0]!)).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
  });
});

describe('drawings', () => {
  const drawn = (panel: Panel) => chartForm(panel).kind === 'lines' || chartForm(panel).kind === 'bars';

  it('draw every text of every chart at the chart font size, at every width', () => {
    for (const trend of allTrends) {
      for (const panel of trend.panels.filter(drawn)) {
        for (const width of CHART_WIDTHS) {
          const svg = renderPanel(trend, panel, labels, width)!;
          const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
          expect(new Set(sizes), trend.metric.id).toEqual(new Set([FONT]));
          expect(svg, trend.metric.id).toContain('data-point');
          // SVG 1.1 has no font-variant attribute; the W3C checker refuses Plot's.
          expect(svg, trend.metric.id).not.toContain('font-variant=');
        }
      }
    }
  });

  it('give a standalone chart a title that wraps inside its width, and a credit', () => {
    const trend = trendOf('children-in-care');
    const svg = renderStandalone(trend, trend.panels[0], labels, { title: 'A very long title '.repeat(6), subtitle: 'Latest', credit: 'Source: x' }, 600);
    expect(svg.match(/font-size="20"/g)!.length).toBeGreaterThan(1);
    expect(svg).toContain('Source: x');
    expect(svg).not.toContain('var(--');
    for (const line of wrap('A very long title '.repeat(6), 568, 20)) expect(line.length).toBeLessThan(50);
  });

  it('title a breakdown by its name, keeping abbreviations', () => {
    expect(panelTitle(panelOf('children-in-care', 'uasc-status'))).toBe('By UASC status');
    expect(panelTitle(panelOf('children-in-care', 'gender'))).toBe('By gender');
  });
});
