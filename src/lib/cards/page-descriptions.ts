// What a trend page's description (meta, og:description) says: the figures once each, from the
// generated account of the trend, and the latest figure named if that account leaves it out.
import { formatFigure } from '../site/format.ts';
import { chartTitle } from '../trends/exports.ts';
import { kentTotals } from '../trends/trend.ts';
import type { TrendEntry } from '../trends/trends.ts';

export function trendDescription(entry: TrendEntry): string {
  const { description, latest, metric, trend } = entry;
  // Kent's line opens with its first and latest figures; without it, the parts or comparators
  // take two sentences to say what there is.
  const said = description.slice(0, kentTotals(trend) ? 1 : 2).join(' ');
  const lead = said.includes(formatFigure(latest, metric.unit)) ? said : `${chartTitle(entry)}. ${said}`.trim();
  return `${lead} Every figure linked to the sentence it came from.`;
}
