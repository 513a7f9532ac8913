// The notes printed under one chart: only those that apply to what that chart draws.
import { formatPeriod } from '../site/format.ts';
import type { ChartForm } from './chart-form.ts';
import type { Panel, Trend } from './trend.ts';

export interface ChartNote {
  text: string;
  /** Shows the hollow marker before the text. */
  swatch?: boolean;
}

const DAY = 86_400_000;

export function panelNotes(trend: Trend, panel: Panel, form: ChartForm): ChartNote[] {
  const notes: ChartNote[] = [];
  const points = panel.lines.flatMap((l) => l.points);
  const hedged = points.some((p) => p.approximate);
  if (form.kind === 'figure') {
    notes.push({ text: panel.breakdown === undefined ? 'No other document gives a dated figure for this measure.' : 'The documents give no other part of this breakdown, and no other date.' });
    if (hedged) notes.push({ text: 'The source hedges this figure (“over”, “about”): it is not an exact count.' });
    return notes;
  }
  if (form.kind === 'bars') {
    notes.push({ text: form.period ? `Each bar is one part, ${formatPeriod(form.period)}, largest first.` : 'Each bar is one figure, largest first; their periods differ, as each label says.' });
    if (form.omitted > 0) notes.push({ text: `${form.omitted === 1 ? 'The smallest part is' : `The ${form.omitted} smallest parts are`} not drawn; every figure is in the table below.` });
    if (hedged) notes.push({ text: 'Paler bars are figures the source hedges (“over”, “about”): not exact counts.' });
    return notes;
  }
  if (hedged) notes.push({ swatch: true, text: ' A hollow marker is a figure the source hedges (“over”, “about”): not an exact count.' });
  if (points.some((p) => p.end.getTime() - p.start.getTime() > DAY)) {
    notes.push({ text: 'A pale band behind a marker shows the whole period the figure covers; the marker sits at its middle.' });
  }
  const gaps = panel.lines.flatMap((l) => l.gaps.map((g) => ({ line: l, ...g })));
  if (gaps.length > 0) {
    const named = gaps.map((g) => `${panel.lines.length > 1 ? `${g.line.name}: ` : ''}between ${formatPeriod(g.from.figure.period)} and ${formatPeriod(g.to.figure.period)}`);
    notes.push({ text: `No figures were published ${named.join('; ')}. A dotted line joins the figures either side; it does not show what happened in between.` });
  }
  const xs = points.map((p) => p.x.getTime());
  for (const b of trend.breaks) {
    if (b.date === undefined) {
      if (new Set(points.map((p) => p.figure.source)).size > 1) notes.push({ text: `Figures from different documents are not joined: ${b.reason}` });
      continue;
    }
    const at = new Date(`${b.date}T00:00:00Z`).getTime();
    if (at > Math.min(...xs) && at <= Math.max(...xs)) notes.push({ text: `Break in series at ${formatPeriod(b.date)}: ${b.reason} The line is not drawn across it.` });
  }
  return notes;
}
