// Dates and numbers as a UK spreadsheet shows them ("31/03/2026", "2,104", "61.2%", "£1.5m"), and
// the exact text the data files want instead. These only suggest: a cell is never rewritten, so
// that no figure changes without a person typing it.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A suggested ISO date or period, with how it reads, for the person to check ("31 March 2026"). */
export interface DateSuggestion {
  write: string;
  reads: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function realDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = lower.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(lower) || (lower === 'sept' && m === 'september')) : -1;
  return index === -1 ? undefined : index + 1;
}

/** One day as a spreadsheet shows it: 31/03/2026, 31.03.26, 31-Mar-2026, 31 March 2026, 2026/03/31. */
function day(text: string): DateSuggestion | undefined {
  let year: number | undefined, month: number | undefined, d: number | undefined;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (m) {
    [d, month, year] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
    // A UK spreadsheet writes the day first; a day-first reading that cannot be a date, but a month-first one can, is American.
    if (!realDay(year, month, d) && realDay(year, d, month)) [d, month] = [month, d];
  } else if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text))) {
    [year, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?[\s-]+(\d{4}|\d{2})$/i.exec(text))) {
    [d, month, year] = [Number(m[1]), monthNumber(m[2]!), fullYear(m[3]!)];
  }
  if (year === undefined || month === undefined || d === undefined || !realDay(year, month, d)) return undefined;
  return { write: `${year}-${pad(month)}-${pad(d)}`, reads: `${d} ${MONTHS[month - 1]![0]!.toUpperCase()}${MONTHS[month - 1]!.slice(1)} ${year}` };
}

/** A month as a spreadsheet shows it: 03/2026, Mar-26, March 2026. */
function month(text: string): DateSuggestion | undefined {
  let year: number | undefined, month: number | undefined;
  let m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) [month, year] = [Number(m[1]), Number(m[2])];
  else if ((m = /^([a-z]+)\.?[\s-]+(\d{4}|\d{2})$/i.exec(text))) [month, year] = [monthNumber(m[1]!), fullYear(m[2]!)];
  if (year === undefined || month === undefined || month < 1 || month > 12) return undefined;
  return { write: `${year}-${pad(month)}`, reads: `${MONTHS[month - 1]![0]!.toUpperCase()}${MONTHS[month - 1]!.slice(1)} ${year}` };
}

/**
 * The ISO 8601 date or period to write for a date or period typed as a spreadsheet shows it, or
 * undefined when the text is not one (or is already ISO). Day-first, as in the UK.
 */
export function suggestIsoPeriod(typed: string): DateSuggestion | undefined {
  const text = typed.trim();
  const one = day(text) ?? month(text);
  if (one) return one;
  // A period from one day to another: "01/04/2025 - 31/03/2026", "1/4/2025 to 31/3/2026".
  const halves = /^(.+?)\s*(?:\s-\s|–|—|\bto\b|(?<=\d{4})-(?=\d))\s*(.+)$/i.exec(text);
  if (halves) {
    const [from, to] = [day(halves[1]!.trim()), day(halves[2]!.trim())];
    if (from && to && from.write <= to.write) return { write: `${from.write}/${to.write}`, reads: `${from.reads} to ${to.reads}` };
  }
  // A financial year as printed, "2025-26" or "2025/26": the council's year runs April to March.
  const fy = /^(\d{4})[-/–](\d{2})$/.exec(text);
  if (fy && (Number(fy[1]) + 1) % 100 === Number(fy[2])) {
    const start = Number(fy[1]);
    return { write: `${start}-04-01/${start + 1}-03-31`, reads: `the financial year 1 April ${start} to 31 March ${start + 1}` };
  }
  return undefined;
}

/** What a number cell needs taken out, and the plain number left. */
export interface NumberSuggestion {
  write: string;
  /** The slips found, in words: "a thousands separator", "a % sign", "a £ sign", "\"m\" for million"... */
  slips: string[];
  /** The unit the sign stood for, if any: it belongs to the metric, not to the value. */
  unit?: 'percent' | 'gbp';
}

const MULTIPLIERS: Record<string, { zeros: number; word: string }> = {
  k: { zeros: 3, word: 'thousand' },
  m: { zeros: 6, word: 'million' },
  bn: { zeros: 9, word: 'billion' },
};

/** Multiplies a plain decimal by a power of ten in its digits, so that 1.5 million is exactly 1500000. */
function shift(decimal: string, zeros: number): string {
  const [whole, fraction = ''] = decimal.split('.');
  const digits = (whole! + fraction.padEnd(zeros, '0')).replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(zeros);
  return rest === '' ? digits : `${digits}.${rest}`;
}

/**
 * The plain number to write for a number typed as a UK spreadsheet shows it ("2,104 ", "61.2%",
 * "£1.5m"), or undefined when the text is not such a number (or is already plain).
 */
export function suggestPlainNumber(typed: string): NumberSuggestion | undefined {
  const slips: string[] = [];
  const lead = typed.length - typed.trimStart().length;
  const trail = typed.length - typed.trimEnd().length;
  let text = typed.trim();
  let unit: NumberSuggestion['unit'];
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  if (text.startsWith('£')) {
    unit = 'gbp';
    slips.push('a £ sign');
    text = text.slice(1).trim();
  }
  const multiplier = /^(.*\d)\s*(k|m|bn)$/i.exec(text);
  if (multiplier && unit === 'gbp') {
    const { zeros, word } = MULTIPLIERS[multiplier[2]!.toLowerCase()]!;
    slips.push(`"${multiplier[2]}" for ${word}`);
    text = multiplier[1]!;
    if (!/^\d+(\.\d+)?$/.test(text.replace(/,/g, ''))) return undefined;
    text = shift(text.replace(/,/g, ''), zeros);
  }
  if (text.endsWith('%')) {
    if (unit) return undefined;
    unit = 'percent';
    slips.push('a % sign');
    text = text.slice(0, -1).trim();
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    slips.push('a thousands separator');
    text = text.replace(/,/g, '');
  } else if (/^\d{1,3}( \d{3})+(\.\d+)?$/.test(text)) {
    slips.push('spaces between its thousands');
    text = text.replace(/ /g, '');
  }
  if (lead > 0) slips.push('a space at its start');
  if (trail > 0) slips.push('a space at its end');
  if (slips.length === 0 || !/^\d+(\.\d+)?$/.test(text)) return undefined;
  return { write: `${negative ? '-' : ''}${text}`, slips, ...(unit ? { unit } : {}) };
}
