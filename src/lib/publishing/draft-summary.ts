// What a draft edition changes against the edition before it, for a person to sanity-check before
// publishing: rows still to fill in, measures new and dropped, and the largest changes.
import type { Dataset, EditionObservation, Metric, Unwritten } from '../data/index.ts';
import { changesBetween } from '../reports/compare.ts';
import { formatFigure, formatPeriod } from '../site/format.ts';

export interface DraftSummary {
  edition: string;
  version: string;
  /** The published edition compared with: the one before it that shares most measures. */
  previous: string | undefined;
  filled: number;
  toFill: Dataset['toFill'];
  /** Places in its data and report still marked TO WRITE. */
  unwritten: Unwritten[];
  added: Metric[];
  dropped: Metric[];
  /** Kent's latest totals in both, largest relative change first. */
  largest: { metric: Metric; before: EditionObservation; after: EditionObservation; change: string; ratio: number }[];
}

/** The draft editions. */
export function draftEditions(data: Dataset): string[] {
  return data.editions.filter((e) => data.drafts.has(e));
}

/** The published edition listed before `edition` in sources.csv that shares most of its measures. */
export function previousEdition(data: Dataset, edition: string, metricsOf: (e: string) => Set<string>): string | undefined {
  const ordered = [...new Set(data.sources.map((s) => s.row.edition))];
  const before = ordered.slice(0, Math.max(0, ordered.indexOf(edition))).filter((e) => data.editions.includes(e) && !data.drafts.has(e));
  const mine = metricsOf(edition);
  let best: string | undefined;
  let bestShared = -1;
  for (const e of before) {
    const shared = [...metricsOf(e)].filter((m) => mine.has(m)).length;
    if (shared >= bestShared) [best, bestShared] = [e, shared];
  }
  return best;
}

export function summariseDraft(data: Dataset, edition: string, unwritten: readonly Unwritten[]): DraftSummary {
  const metrics = new Map(data.metrics.map((m) => [m.row.id, m.row]));
  const figuresOf = (e: string) => data.observations.filter((o) => o.row.edition === e).map((o) => o.row);
  const toFill = data.toFill.filter((t) => t.edition === edition);
  // A measure still to fill in is neither new nor dropped: it is pending.
  const metricsOf = (e: string) => new Set([...figuresOf(e).map((f) => f.metric), ...data.toFill.filter((t) => t.edition === e).map((t) => t.metric)]);
  const previous = previousEdition(data, edition, metricsOf);
  const mine = metricsOf(edition);
  const theirs = previous ? metricsOf(previous) : new Set<string>();
  const known = (ids: Iterable<string>) => [...ids].map((id) => metrics.get(id)).filter((m): m is Metric => m !== undefined);
  const largest = previous
    ? changesBetween(figuresOf(previous), figuresOf(edition), metrics, data.breaks.map((b) => b.row))
      .filter((c) => c.direction !== 'unknown' && c.before.value !== 0)
      .map((c) => ({ ...c, ratio: (c.after.value - c.before.value) / Math.abs(c.before.value) }))
      .sort((a, b) => Math.abs(b.ratio) - Math.abs(a.ratio))
    : [];
  return {
    edition,
    version: data.packages.get(edition)?.version ?? '?',
    previous,
    filled: figuresOf(edition).length,
    toFill,
    unwritten: unwritten.filter((u) => u.edition === edition),
    added: known([...mine].filter((m) => !theirs.has(m))),
    dropped: known([...theirs].filter((m) => !mine.has(m))),
    largest,
  };
}

/** The summary as `npm run validate` prints it. */
export function formatDraftSummary(s: DraftSummary, data: Dataset, limit = 10): string {
  const metrics = new Map(data.metrics.map((m) => [m.row.id, m.row]));
  const list = <T>(items: readonly T[], line: (item: T) => string) => [
    ...items.slice(0, limit).map((item) => `    ${line(item)}`),
    ...(items.length > limit ? [`    … and ${items.length - limit} more`] : []),
  ];
  const lastTime = (t: Dataset['toFill'][number]) => {
    const was = s.previous === undefined ? undefined : data.observations.find((o) =>
      o.row.edition === s.previous && o.row.metric === t.metric && o.row.series === t.series &&
      (o.row.breakdown ?? '') === t.breakdown && (o.row.category ?? '') === t.category);
    const unit = metrics.get(t.metric)?.unit;
    return was && unit ? `; in ${s.previous}: ${formatFigure(was.row, unit)} (${formatPeriod(was.row.period)}, line ${was.row.line})` : '';
  };
  const name = (t: { metric: string; series: string; breakdown: string; category: string }) =>
    [t.metric, t.series === 'kent' ? '' : t.series, t.category].filter(Boolean).join(', ');
  const out = [
    `Draft edition ${s.edition} (version ${s.version})${s.previous ? `, compared with edition ${s.previous}` : ''}:`,
    `  ${s.filled} figures filled in; ${s.toFill.length} rows still to fill in${s.toFill.length > 0 ? ' (fill in value, line and quote, or delete the row and record the figure in data/gaps.csv if the report does not give it):' : '.'}`,
    ...list(s.toFill, (t) => `line ${t.line}: ${name(t)}${lastTime(t)}`),
  ];
  if (s.previous) {
    out.push(`  Measures new in this edition: ${s.added.length}${s.added.length > 0 ? ':' : '.'}`, ...list(s.added, (m) => `${m.id}: ${m.label}`));
    out.push(`  Measures of ${s.previous} not in this edition: ${s.dropped.length}${s.dropped.length > 0 ? ' (look for them in the report, or record them in data/gaps.csv):' : '.'}`, ...list(s.dropped, (m) => `${m.id}: ${m.label}`));
    out.push(`  Largest changes in Kent's totals since ${s.previous}${s.largest.length > 0 ? ' (check any surprising one against the report):' : ': none to compare yet.'}`,
      ...list(s.largest.slice(0, 5), (c) => `${c.metric.label}: ${formatFigure(c.before, c.metric.unit)} → ${formatFigure(c.after, c.metric.unit)} (${c.ratio > 0 ? '+' : ''}${(c.ratio * 100).toFixed(1)}%)`));
  }
  for (const [file, marks] of Map.groupBy(s.unwritten, (u) => u.file)) {
    out.push(`  Still marked TO WRITE in ${file}: ${marks.map((u) => `line ${u.line}${u.where === 'report' ? '' : ` (${u.where})`}`).join(', ')}.`);
  }
  return out.join('\n');
}
