import type { Dataset, EditionObservation } from './dataset.ts';
import { sameNumber } from './numbers-in-text.ts';
import type { Problem } from './problems.ts';
import type { Located } from './validate-schema.ts';

type Row = Located<EditionObservation>;

/** What identifies one figure: the same key must never carry two values. */
export function figureKey(o: EditionObservation): string {
  // An undated figure can only be compared with figures of its own edition.
  const when = o.period === '' ? `undated@${o.edition}` : o.period;
  return [o.metric, o.series, o.breakdown ?? '', o.category ?? '', when].join('|');
}

/**
 * Layer 4: no figure is given twice in one edition; no figure carries two values unless a note
 * names the other row; and where a metric's breakdown is complete, the parts add up to the total
 * unless the total's note says that the source's figures do not add up.
 */
export function validateConsistency(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, Row[]>();
  for (const o of data.observations) {
    const key = figureKey(o.row);
    byKey.set(key, [...(byKey.get(key) ?? []), o]);
  }
  for (const rows of byKey.values()) {
    rows.forEach((later, i) => {
      for (const earlier of rows.slice(0, i)) {
        const where = `line ${earlier.line}${earlier.file === later.file ? '' : ` of ${earlier.file}`}`;
        if (sameNumber(earlier.row.value, later.row.value)) {
          if (earlier.row.edition !== later.row.edition) continue; // a later report restating a figure
          problems.push({
            file: later.file, line: later.line, column: 1,
            message: `duplicate row: the same metric, series, breakdown and period as ${where}`,
            hint: 'keep one row; if the source states the figure twice, mention the other line in its note',
          });
        } else if (!names(later, earlier) && !names(earlier, later)) {
          problems.push({
            file: later.file, ...later.at.value!,
            message: `two values for the same figure: ${later.row.value} here and ${earlier.row.value} on ${where} (metric ${later.row.metric}, series ${later.row.series}, period ${later.row.period || 'not stated'})`,
            hint: `check both against their quotes; if the sources really differ, keep both and say so in a note that names the other row: "Differs from ${earlier.row.source} line ${earlier.row.line}"`,
          });
        }
      }
    });
  }

  const metrics = new Map(data.metrics.map((m) => [m.row.id, m.row]));
  const parts = new Map<string, { total?: Row; parts: Row[] }>();
  for (const o of data.observations) {
    const metric = metrics.get(o.row.metric);
    if (!metric) continue;
    if (o.row.breakdown !== undefined && !metric.complete_breakdowns.includes(o.row.breakdown)) continue;
    const base = [o.row.edition, o.row.metric, o.row.series, o.row.period].join('|');
    const breakdowns = o.row.breakdown ? [o.row.breakdown] : metric.complete_breakdowns;
    for (const breakdown of breakdowns) {
      const group = parts.get(`${base}|${breakdown}`) ?? { parts: [] };
      if (o.row.breakdown) group.parts.push(o);
      else group.total = o;
      parts.set(`${base}|${breakdown}`, group);
    }
  }
  for (const { total, parts: rows } of parts.values()) {
    if (!total || rows.length < 2) continue;
    const sum = rows.reduce((s, r) => s + r.row.value, 0);
    if (sameNumber(sum, total.row.value) || /\bdoe?s? not add up\b/i.test(total.row.note ?? '')) continue;
    problems.push({
      file: total.file, ...total.at.value!,
      message: `the parts (${rows.map((r) => `${r.row.category} ${r.row.value} on line ${r.line}`).join(', ')}) add up to ${Number(sum.toPrecision(12))}, not to this total ${total.row.value}`,
      hint: 'check each figure against its quote; if the source itself does not add up, keep its figures and say in this row\'s note that they "do not add up"',
    });
  }
  return problems;
}

/** Whether `row`'s note names `other` by line (and by source, when it is another source). */
function names(row: Row, other: Row): boolean {
  const note = row.row.note ?? '';
  const line = new RegExp(`\\blines? ${other.row.line}\\b`);
  return line.test(note) && (other.row.source === row.row.source || note.includes(other.row.source));
}
