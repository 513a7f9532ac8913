// The chart a share card carries: the trend page's first panel in the form chart-form.ts chose,
// drawn into the card's chart box. Bars keep only the largest that fit, and many lines only the
// one the card's figure belongs to; the card says so.
import { chartForm } from '../trends/chart-form.ts';
import { forOutsideThePage, lineStyles, renderPanel, type Labels } from '../trends/chart.ts';
import type { Panel } from '../trends/trend.ts';
import type { TrendEntry } from '../trends/trends.ts';
import { formatPeriod } from '../site/format.ts';
import type { LeadingChart } from './draw-card.ts';

/** `var(--series-0, #1d5fa8)` as the colour a file can use. */
const plainColour = (css: string) => /#[0-9a-f]{3,8}/i.exec(css)?.[0] ?? css;

/** The years a panel's points span, as its time axis marks them: "2017 to 2025". */
function span(panel: Panel): string {
  const years = panel.lines.flatMap((l) => l.points.map((p) => p.x.getUTCFullYear()));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? String(first) : `${first} to ${last}`;
}

/** The card's chart, or undefined where the page shows a single figure and no chart. */
export function cardChart(entry: TrendEntry, labels: Labels): LeadingChart | undefined {
  const { trend, latest } = entry;
  const panel = trend.panels[0];
  if (!panel) return undefined;
  const form = chartForm(panel);
  if (form.kind === 'figure') return undefined;
  if (form.kind === 'bars') {
    return {
      // Bars show the largest parts: the card leads with the largest, which is always drawn.
      lead: form.bars[0]!.point.figure,
      legend: [],
      description: `Bar chart of ${form.bars.length + form.omitted} parts, ${form.period ? formatPeriod(form.period) : span(panel)}, largest first`,
      draw: (width, height) => {
        // As many bars as the box holds, largest first; the note names how many there are.
        for (let k = form.bars.length; k >= 1; k--) {
          const shown: Panel = { ...panel, lines: form.bars.slice(0, k).map((b) => b.line) };
          const svg = renderPanel(trend, shown, labels, width)!;
          const drawn = Number(/height="([\d.]+)"/.exec(svg)![1]);
          const total = form.bars.length + form.omitted;
          if (drawn <= height - (k < total ? 24 : 0)) {
            const note = k < total ? `<text x="2" y="${height - 6}" font-size="15" fill="#4a4a4a">The largest ${k} of ${total}; all are on the page.</text>` : '';
            return forOutsideThePage(svg) + note;
          }
        }
        return '';
      },
    };
  }
  // More lines than a card can tell apart: the one the card's figure belongs to, or the first.
  const lines = form.kind === 'multiples'
    ? [panel.lines.find((l) => l.points.some((p) => p.figure === latest)) ?? panel.lines[0]!]
    : panel.lines;
  const shown: Panel = { ...panel, lines };
  const styles = lineStyles(shown);
  const names = lines.map((l) => l.name);
  return {
    // A single line needs no key, unless it is one part of many.
    legend: lines.length === 1 && form.kind === 'lines' ? [] : lines.map((l, i) => ({ name: l.name, color: plainColour(styles[i]!.color), dash: styles[i]!.dash })),
    description: `Line chart of ${names.length > 1 ? names.join(', ') : `${names[0]}'s figures`}, ${span(shown)}${form.kind === 'multiples' ? ` (one of ${panel.lines.length} lines on the page)` : ''}`,
    draw: (width, height) => forOutsideThePage(renderPanel(trend, shown, labels, width, height)!),
  };
}
