import path from 'node:path';
import type { Dataset } from './dataset.ts';
import { layout } from './layout.ts';
import type { Problem } from './problems.ts';
import { isNamed, NOT_REPORTED } from './schemas/gap.ts';
import type { Located } from './validate-schema.ts';

/** What to type for a document's publication date: said the same way by validate, its draft summary and publish-edition. */
export const PUBLISHED_HINT = 'type the date the council published the document (or the date of the meeting it went to) as year-month-day, such as 2026-07-14 for 14 July 2026; if you know only the month, 2026-07';

/** Layer 2: every reference between files resolves, ids are unique, values fit their metric. */
export function validateIntegrity(data: Dataset, dataDirName: string): Problem[] {
  const problems: Problem[] = [];
  const rel = (p: string) => path.join(dataDirName, p);

  uniqueIds(data.sources, 'source', problems);
  uniqueIds(data.topics, 'topic', problems);
  uniqueIds(data.metrics, 'metric', problems);

  const topics = new Set(data.topics.map((t) => t.row.id));
  for (const m of data.metrics) {
    if (!topics.has(m.row.topic)) {
      problems.push({
        file: m.file, ...m.at.topic!,
        message: `unknown topic ${JSON.stringify(m.row.topic)}`,
        hint: `use a topic id from ${rel(layout.topics)}${suggest(m.row.topic, topics)}, or add the topic there`,
      });
    }
  }

  const editionsWithSources = new Set(data.sources.map((s) => s.row.edition));
  for (const s of data.sources) {
    if (!data.texts.has(s.row.id)) {
      problems.push({
        file: s.file, ...s.at.id!,
        message: `source ${JSON.stringify(s.row.id)} has no text file ${rel(layout.sourceText(s.row.id))}`,
        hint: 'add the document\'s text under that name, or correct the id',
      });
    }
  }
  for (const s of data.sources) {
    // A draft's date may still be unknown: the draft summary asks for it, and publishing refuses without it.
    if (s.row.published === undefined && data.editions.includes(s.row.edition) && !data.drafts.has(s.row.edition)) {
      problems.push({
        file: s.file, ...s.at.published!,
        message: `published is empty, but edition ${s.row.edition} is published: the site cannot tell how new the document is`,
        hint: PUBLISHED_HINT,
      });
    }
  }
  for (const edition of data.editions) {
    if (!editionsWithSources.has(edition)) {
      problems.push({
        file: rel(layout.observations(edition)), line: 0, column: 0,
        message: `edition ${JSON.stringify(edition)} has no source document in ${rel(layout.sources)}`,
        hint: `add a row for its source document with edition ${edition}, or rename the folder to an existing edition`,
      });
    }
  }

  const metrics = new Map(data.metrics.map((m) => [m.row.id, m.row]));
  const sources = new Map(data.sources.map((s) => [s.row.id, s.row]));
  for (const o of data.observations) {
    const { row } = o;
    const metric = metrics.get(row.metric);
    if (!metric) {
      problems.push({
        file: o.file, ...o.at.metric!,
        message: `unknown metric ${JSON.stringify(row.metric)}`,
        hint: `use a metric id from ${rel(layout.metrics)}${suggest(row.metric, new Set(metrics.keys()))}, or add the metric there`,
      });
    }
    const source = sources.get(row.source);
    if (!source) {
      problems.push({
        file: o.file, ...o.at.source!,
        message: `unknown source ${JSON.stringify(row.source)}`,
        hint: `use a source id from ${rel(layout.sources)}${suggest(row.source, new Set(sources.keys()))}`,
      });
    } else if (source.edition !== row.edition) {
      problems.push({
        file: o.file, ...o.at.source!,
        message: `source ${JSON.stringify(row.source)} belongs to edition ${JSON.stringify(source.edition)}, not to this edition ${JSON.stringify(row.edition)}`,
        hint: `move the row to ${rel(layout.observations(source.edition))}, or cite this edition's own source`,
      });
    }
    if (metric) problems.push(...valueFitsUnit(o, metric.unit), ...periodFitsKind(o, metric.kind));
  }

  for (const g of data.gaps) {
    const source = sources.get(g.row.source);
    if (!source) {
      problems.push({
        file: g.file, ...g.at.source!,
        message: `unknown source ${JSON.stringify(g.row.source)}`,
        hint: `use a source id from ${rel(layout.sources)}${suggest(g.row.source, new Set(sources.keys()))}`,
      });
    } else if (source.edition !== g.row.edition) {
      problems.push({
        file: g.file, ...g.at.edition!,
        message: `edition ${JSON.stringify(g.row.edition)} is not the edition of source ${JSON.stringify(g.row.source)}, which is ${JSON.stringify(source.edition)}`,
        hint: 'give the edition that the source document belongs to',
      });
    }
    if (g.row.metric !== undefined && !metrics.has(g.row.metric)) {
      problems.push({
        file: g.file, ...g.at.metric!,
        message: `unknown metric ${JSON.stringify(g.row.metric)}`,
        hint: `use a metric id from ${rel(layout.metrics)}${suggest(g.row.metric, new Set(metrics.keys()))}, or leave it empty`,
      });
    }
    if (!isNamed(g.row)) {
      const given = data.observations.filter((o) => o.row.edition === g.row.edition && o.row.metric === g.row.metric).length;
      if (given > 0) {
        problems.push({
          file: g.file, ...g.at.reason!,
          message: `metric ${JSON.stringify(g.row.metric)} is marked ${NOT_REPORTED} in edition ${g.row.edition}, but that edition gives ${given === 1 ? '1 figure' : `${given} figures`} for it`,
          hint: `delete this row of ${rel(layout.gaps)} if the report does give the measure; otherwise delete the figures from ${rel(layout.observations(g.row.edition))}`,
        });
      }
    }
  }
  for (const b of data.breaks) {
    if (!metrics.has(b.row.metric)) {
      problems.push({
        file: b.file, ...b.at.metric!,
        message: `unknown metric ${JSON.stringify(b.row.metric)}`,
        hint: `use a metric id from ${rel(layout.metrics)}${suggest(b.row.metric, new Set(metrics.keys()))}`,
      });
    }
  }
  return problems;
}

/** Units whose values may be negative: changes and differences. */
const SIGNED_UNITS = new Set(['percent-change', 'net-count', 'days-change']);

function valueFitsUnit(o: Located<Dataset['observations'][number]['row']>, unit: string): Problem[] {
  const v = o.row.value;
  const at = { file: o.file, ...o.at.value! };
  if (unit === 'net-count' && !Number.isInteger(v)) {
    return [{ ...at, message: `value ${v} is not a whole number, but metric ${JSON.stringify(o.row.metric)} is a difference of two counts`, hint: 'check the figure against the quote' }];
  }
  if (unit === 'count' && (!Number.isInteger(v) || v < 0)) {
    return [{ ...at, message: `value ${v} is not a count: metric ${JSON.stringify(o.row.metric)} counts whole things, so its values are whole numbers from 0 up`, hint: 'check the figure against the quote; if the source gives a share or an average, it belongs to a different metric' }];
  }
  if (unit === 'rank' && (!Number.isInteger(v) || v < 1)) {
    return [{ ...at, message: `value ${v} is not a rank: metric ${JSON.stringify(o.row.metric)} is a position (1 for first), so its values are whole numbers from 1 up`, hint: 'check the figure against the quote; "joint 1st" is 1, with "joint" in the note' }];
  }
  if (unit === 'percent' && (v < 0 || v > 100)) {
    return [{ ...at, message: `value ${v} is not a percentage between 0 and 100`, hint: 'a percentage is written without the % sign, e.g. 61.2; a change in percent belongs to a metric with unit percent-change' }];
  }
  if (!SIGNED_UNITS.has(unit) && v < 0) {
    return [{ ...at, message: `value ${v} is negative, but metric ${JSON.stringify(o.row.metric)} is measured in ${unit}`, hint: 'check the sign against the quote' }];
  }
  return [];
}

function periodFitsKind(o: Located<Dataset['observations'][number]['row']>, kind: string): Problem[] {
  const { period, note } = o.row;
  if (period === '') return [];
  const isInterval = period.includes('/');
  const at = { file: o.file, ...o.at.period! };
  // A year ("2025") or a month ("2024-12") is itself a span, so it can date a flow.
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(period);
  if (kind === 'flow' && isDay) {
    return [{ ...at, message: `period ${JSON.stringify(period)} is one date, but metric ${JSON.stringify(o.row.metric)} counts a flow over a period`, hint: 'write the period as start/end, e.g. 2018-04-01/2019-03-31 for 2018-19, or as the year or month it covers (2024, 2024-12)' }];
  }
  if (kind === 'stock' && isInterval && !note) {
    return [{ ...at, message: `period ${JSON.stringify(period)} is an interval, but metric ${JSON.stringify(o.row.metric)} is a level at a date`, hint: 'write the as-at date (e.g. 2025-03-31); if the source dates it only by a period, keep the interval and say so in the note' }];
  }
  return [];
}

function uniqueIds<T extends { id: string }>(rows: Located<T>[], what: string, problems: Problem[]) {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const first = seen.get(r.row.id);
    if (first !== undefined) {
      problems.push({
        file: r.file, ...r.at.id!,
        message: `${what} id ${JSON.stringify(r.row.id)} is used twice (first on line ${first})`,
        hint: `give each ${what} its own id`,
      });
    } else seen.set(r.row.id, r.line);
  }
}

/** ", did you mean "x"?" for the nearest known id, if one is close. */
function suggest(wrong: string, known: Set<string>): string {
  let best = '';
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(wrong, k);
    if (d < bestDistance) { best = k; bestDistance = d; }
  }
  return bestDistance <= Math.max(2, wrong.length / 4) ? ` (did you mean ${JSON.stringify(best)}?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
