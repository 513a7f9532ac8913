/**
 * Periods in ISO 8601: a date for a stock (`2025-03-31`, or reduced precision `2025-03`,
 * `2025`), an interval for a flow (`2024-04-01/2025-03-31`).
 */
export type Period =
  | { kind: 'date'; start: string; end: string }
  | { kind: 'interval'; start: string; end: string };

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last calendar days that a reduced-precision ISO date covers, or null. */
function dateRange(text: string): { first: string; last: string } | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (m[3] === undefined) return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${days}` };
  const day = Number(m[3]);
  if (day < 1 || day > days) return null;
  return { first: text, last: text };
}

/** Parses a period, or explains what is wrong with it. */
export function parsePeriod(text: string): Period | { error: string } {
  const parts = text.split('/');
  if (parts.length === 1) {
    const range = dateRange(text);
    if (!range) return { error: `${JSON.stringify(text)} is not a real date in the form YYYY-MM-DD, YYYY-MM or YYYY` };
    return { kind: 'date', start: range.first, end: range.last };
  }
  if (parts.length !== 2) return { error: `${JSON.stringify(text)} has more than one "/"` };
  const [from, to] = parts.map(dateRange);
  if (!from || !to) {
    return { error: `${JSON.stringify(text)} is not an interval of two real dates, start/end (YYYY-MM-DD/YYYY-MM-DD)` };
  }
  if (from.first > to.last) return { error: `${JSON.stringify(text)} ends before it starts` };
  return { kind: 'interval', start: from.first, end: to.last };
}

