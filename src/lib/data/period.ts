import { suggestIsoPeriod } from './spreadsheet-values.ts';

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

/** How to keep a spreadsheet from turning a typed ISO date back into its own format. */
export const TYPE_DATES_AS_TEXT = 'a spreadsheet turns a typed 2026-03-31 into its own date format (31/03/2026) when it saves: format the column as Text before typing, or type an apostrophe first (\'2026-03-31), which the spreadsheet does not save';

/**
 * Parses a period, or explains what is wrong with it; a date or period written as a UK spreadsheet
 * shows it gets the exact text to write instead (with `typedAs` set), never a silent reading.
 */
export function parsePeriod(text: string): Period | { error: string; typedAs?: 'spreadsheet' } {
  const parsed = parseIsoPeriod(text);
  if (!('error' in parsed)) return parsed;
  const suggestion = suggestIsoPeriod(text);
  if (!suggestion && /^\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})$/.test(text.trim())) {
    return { error: `${JSON.stringify(text)} is not a real date: check the day and month, and write the date as YYYY-MM-DD (2026-03-31 for 31 March 2026)`, typedAs: 'spreadsheet' };
  }
  if (!suggestion) return parsed;
  const what = suggestion.write.includes('/') ? 'a period' : 'a date';
  return { error: `${JSON.stringify(text)} is ${what} as a spreadsheet shows it: write ${suggestion.write} (${suggestion.reads})`, typedAs: 'spreadsheet' };
}

function parseIsoPeriod(text: string): Period | { error: string } {
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

