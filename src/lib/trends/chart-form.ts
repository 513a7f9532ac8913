// Which chart a panel gets, chosen from the shape of its data in one place: a single figure is
// shown as the figure, parts given once as sorted bars, change over time as lines, and many
// lines as small multiples. Pure: no drawing, no DOM, so it is tested on the real measures.
import { formatPeriod } from '../site/format.ts';
import type { Line, Panel, Point } from './trend.ts';

/** More lines than this on one chart cannot be told apart: they become small multiples. */
export const MAX_LINES = 6;
/** More bars than this make a phone scroll for a long time: the rest stay in the table. */
export const MAX_BARS = 24;

export interface Bar {
  line: Line;
  /** The line's index in its panel, which the page's series classes and toggles use. */
  index: number;
  point: Point;
  /** The part's name, with its period when the bars are not all of one period. */
  label: string;
}

export type ChartForm =
  /** One figure: no chart, the figure itself. */
  | { kind: 'figure'; line: Line; point: Point }
  /** Each part (or series) given once: bars, largest first. */
  | { kind: 'bars'; bars: Bar[]; omitted: number; period: string | undefined }
  /** One to six lines over time. */
  | { kind: 'lines'; lines: Line[] }
  /** More lines than one chart can hold: one small chart each, on shared scales. */
  | { kind: 'multiples'; lines: Line[] };

export function chartForm(panel: Panel): ChartForm {
  const points = panel.lines.flatMap((l) => l.points);
  if (points.length === 1) return { kind: 'figure', line: panel.lines[0]!, point: points[0]! };
  if (panel.lines.every((l) => l.points.length === 1)) {
    const periods = new Set(points.map((p) => p.figure.period));
    const one = periods.size === 1;
    const bars = panel.lines
      .map((line, index) => {
        const point = line.points[0]!;
        return { line, index, point, label: one ? line.name : `${line.name}, ${formatPeriod(point.figure.period)}` };
      })
      .sort((a, b) => b.point.figure.value - a.point.figure.value || a.index - b.index);
    return { kind: 'bars', bars: bars.slice(0, MAX_BARS), omitted: Math.max(0, bars.length - MAX_BARS), period: one ? [...periods][0] : undefined };
  }
  return panel.lines.length <= MAX_LINES ? { kind: 'lines', lines: panel.lines } : { kind: 'multiples', lines: panel.lines };
}
