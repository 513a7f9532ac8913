// What a draft edition still needs and what it changes against the edition it follows, for a
// person to finish and sanity-check before publishing: its publication date, the rows still to fill
// in, the checklist of the previous edition's measures, the measures new in it, and the largest
// changes. `npm run validate` prints it; `publish-edition` refuses while anything in it is open.
import type { Dataset, EditionObservation, Metric, RowToFill, Unwritten } from '../data/index.ts';
import { carriedMeasures, kindLabel, previousOfKind, type CarriedMeasure } from '../data/editions.ts';
import { placeOf } from '../data/drafts.ts';
import { describeSheetPlace, type SheetPlace } from '../data/problems.ts';
import { NOT_REPORTED } from '../data/schemas/gap.ts';
import type { DocumentKind } from '../data/schemas/source.ts';
import { toCsvLine } from '../data/csv.ts';
import { PUBLISHED_HINT } from '../data/validate-integrity.ts';
import { changesBetween } from '../reports/compare.ts';
import { formatFigure, formatPeriod } from '../site/format.ts';

export interface DraftSummary {
  edition: string;
  version: string;
  kind: DocumentKind | undefined;
  /** The edition it follows: the one of the same kind before it in data/sources.csv. */
  previous: string | undefined;
  /** The document's id, and where its publication date goes when it has none yet. */
  source: string | undefined;
  missingDate: SheetPlace | undefined;
  filled: number;
  toFill: RowToFill[];
  /** Places in its data and report still marked TO WRITE. */
  unwritten: Unwritten[];
  /** Every measure of the previous edition, with what this one does with it (the checklist). */
  checklist: (CarriedMeasure & { label: string })[];
  added: Metric[];
  /** Kent's latest totals in both, largest relative change first. */
  largest: { metric: Metric; before: EditionObservation; after: EditionObservation; change: string; ratio: number }[];
}

/** The draft editions. */
export function draftEditions(data: Dataset): string[] {
  return data.editions.filter((e) => data.drafts.has(e));
}

export function summariseDraft(data: Dataset, edition: string, unwritten: readonly Unwritten[]): DraftSummary {
  const metrics = new Map(data.metrics.map((m) => [m.row.id, m.row]));
  const catalogue = [...metrics.keys()];
  const figuresOf = (e: string) => data.observations.filter((o) => o.row.edition === e).map((o) => o.row);
  const toFill = data.toFill.filter((t) => t.edition === edition);
  const sources = data.sources.map((s) => s.row);
  const document = data.sources.find((s) => s.row.edition === edition);
  const previous = previousOfKind(sources, edition);
  const given = new Set(figuresOf(edition).map((f) => f.metric));
  // A measure with a row still to fill in is neither new nor open for long: it is pending.
  const pending = new Set(toFill.map((t) => t.metric));
  const theirs = previous ? [...new Set(figuresOf(previous).map((f) => f.metric))].sort((a, b) => catalogue.indexOf(a) - catalogue.indexOf(b)) : [];
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
    kind: document?.row.kind,
    previous,
    source: document?.row.id,
    missingDate: document && document.row.published === undefined ? document.at.published?.sheet : undefined,
    filled: figuresOf(edition).length,
    toFill,
    unwritten: unwritten.filter((u) => u.edition === edition),
    checklist: carriedMeasures(theirs, given, data.gaps.map((g) => g.row), edition).map((c) => ({ ...c, label: metrics.get(c.metric)?.label ?? c.metric })),
    added: known([...new Set([...given, ...pending])].filter((m) => !theirs.includes(m))),
    largest,
  };
}

/** The measures of the previous edition this one neither gives nor records: publishing refuses them. */
export function openMeasures(s: DraftSummary): DraftSummary['checklist'] {
  return s.checklist.filter((c) => c.state === 'open');
}

/** The row of data/gaps.csv that marks a measure as not reported in the draft. */
export function notReportedRow(s: DraftSummary, metric: string): string {
  return toCsvLine([s.edition, s.source ?? '', '', metric, '', NOT_REPORTED, '']);
}

/** Where the document's publication date goes, and what to type there: the same words from validate and publish-edition. */
export function whereTheDateGoes(s: DraftSummary): string {
  return `in data/sources.csv, ${s.missingDate ? describeSheetPlace(s.missingDate) : 'column published'}, ${PUBLISHED_HINT}`;
}

/**
 * The summary as `npm run validate` prints it. Each list shows its first `limit` items and says
 * how to see the rest; `all` shows every item.
 */
export function formatDraftSummary(s: DraftSummary, data: Dataset, { all = false, limit = 10 } = {}): string {
  const metrics = new Map(data.metrics.map((m) => [m.row.id, m.row]));
  const shown = <T>(items: readonly T[]) => (all ? items : items.slice(0, limit));
  const more = (items: readonly unknown[], indent = '    ') => (items.length > shown(items).length
    ? [`${indent}… and ${items.length - shown(items).length} more: \`npm run validate -- --all\` lists every one`]
    : []);
  const list = <T>(items: readonly T[], line: (item: T) => string) => [...shown(items).map((item) => `    ${line(item)}`), ...more(items)];
  const lastTime = (t: RowToFill) => {
    const was = s.previous === undefined ? undefined : data.observations.find((o) =>
      o.row.edition === s.previous && o.row.metric === t.metric && o.row.series === t.series &&
      (o.row.breakdown ?? '') === t.breakdown && (o.row.category ?? '') === t.category);
    const unit = metrics.get(t.metric)?.unit;
    return was && unit ? `; in ${s.previous}: ${formatFigure(was.row, unit)} (${formatPeriod(was.row.period)}, line ${was.row.line} of its text)` : '';
  };
  const name = (t: { metric: string; series: string; breakdown: string; category: string }) =>
    [t.metric, t.series === 'kent' ? '' : t.series, t.category].filter(Boolean).join(', ');
  const kind = s.kind ? `, a ${kindLabel(s.kind)}` : '';
  const out = [
    s.previous
      ? `Draft edition ${s.edition} (version ${s.version})${kind}, compared with edition ${s.previous}, the one of its kind before it:`
      : `Draft edition ${s.edition} (version ${s.version})${kind}: the first of its kind on this site, so there is no earlier edition to check it against.`,
  ];
  if (s.missingDate) out.push(`  Publication date: none yet. I${whereTheDateGoes(s).slice(1)}. publish-edition refuses an edition without one.`);
  out.push(
    `  ${s.filled} figures filled in; ${s.toFill.length} rows still to fill in${s.toFill.length > 0 ? ' (fill in value, line and quote; or delete the row if the report does not give that figure):' : '.'}`,
    ...list(s.toFill, (t) => `row ${t.row}: ${name(t)}${lastTime(t)}`),
  );
  if (s.previous) {
    const count = (state: CarriedMeasure['state']) => s.checklist.filter((c) => c.state === state).length;
    const open = openMeasures(s);
    const pending = new Set(s.toFill.map((t) => t.metric));
    const unplaced = open.filter((c) => !pending.has(c.metric));
    out.push(`  Checklist of the ${s.checklist.length} measures of edition ${s.previous}: ${count('given')} given in this edition, ${count('named')} recorded in data/gaps.csv as named but not stated, ${count('not-reported')} marked not reported; ${open.length} still open${open.length > 0 ? ', and publishing refuses until none is' : ''}${open.length > unplaced.length ? ` (${open.length - unplaced.length} of them have rows still to fill in, above)` : ''}.`);
    if (unplaced.length > 0) {
      out.push(
        `  Measures of ${s.previous} not in this edition, and not yet recorded: ${unplaced.length}. Look for each in the report. If it gives the measure, add its figures; if it names the measure without stating it, add a row to data/gaps.csv with the line and quote (reason not-stated, chart-lost or table-lost); if it does not mention it, add its not-reported row, given here:`,
        ...list(unplaced, (c) => `${c.metric}: ${c.label}`),
        `  The not-reported rows, to paste at the end of data/gaps.csv (leave out any measure the report does give or name):`,
        '',
        ...shown(unplaced).map((c) => notReportedRow(s, c.metric)),
        '',
        ...more(unplaced, '  '),
      );
    }
    out.push(`  Measures new in this edition: ${s.added.length}${s.added.length > 0 ? ':' : '.'}`, ...list(s.added, (m) => `${m.id}: ${m.label}`));
    out.push(`  Largest changes in Kent's totals since ${s.previous}${s.largest.length > 0 ? ' (check any surprising one against the report):' : ': none to compare yet.'}`,
      ...list(s.largest.slice(0, 5), (c) => `${c.metric.label}: ${formatFigure(c.before, c.metric.unit)} → ${formatFigure(c.after, c.metric.unit)} (${c.ratio > 0 ? '+' : ''}${(c.ratio * 100).toFixed(1)}%)`));
  }
  for (const [file, marks] of Map.groupBy(s.unwritten, (u) => u.file)) {
    out.push(`  Still marked TO WRITE in ${file}: ${marks.map(placeOf).join(', ')}.`);
  }
  return out.join('\n');
}
