import { formatLocale } from 'd3-format';
import { timeFormatLocale } from 'd3-time-format';
import { parsePeriod, TRAILING_QUALIFIERS, type Metric, type Observation } from '../data/index.ts';
import type { NamedGap } from '../data/schemas/gap.ts';

const number = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], minus: '−' });
const time = timeFormatLocale({
  dateTime: '%a %e %b %X %Y', date: '%d/%m/%Y', time: '%H:%M:%S', periods: ['AM', 'PM'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
});

// "," keeps every decimal the source printed: figures are never rounded for display.
const grouped = number.format(',');
// A difference shows its sign either way: "+8.7 days", "−25.8 days".
const signed = number.format('+,');
const day = time.utcFormat('%-d %B %Y');
const month = time.utcFormat('%B %Y');

const UNIT_SUFFIX: Partial<Record<Metric['unit'], string>> = {
  percent: '%', 'percent-change': '%', days: ' days', 'days-change': ' days', weeks: ' weeks', months: ' months',
  years: ' years', hours: ' hours', seconds: ' seconds', km: ' km', 'rate-per-10000': ' per 10,000',
};

/** "1st", "2nd", "3rd", "11th", "22nd": a rank as people write it. */
function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${grouped(n)}${suffix}`;
}

/** A value with its unit, as people read it: "1,966", "61.2%", "£1,505,680.47", "5.72 months", "−25.8 days", "6th". */
export function formatValue(value: number, unit: Metric['unit']): string {
  if (unit === 'gbp') return value < 0 ? `−£${grouped(-value)}` : `£${grouped(value)}`;
  if (unit === 'rank') return ordinal(value);
  const digits = unit === 'days-change' && value !== 0 ? signed(value) : grouped(value);
  const suffix = UNIT_SUFFIX[unit] ?? '';
  if (suffix.startsWith(' ') && Math.abs(value) === 1) return `${digits}${suffix.replace(/s$/, '')}`;
  return `${digits}${suffix}`;
}

/** An axis tick: short, with the unit only where it is a symbol ("60%", "£1.5m", "1,200"); the axis names the rest. */
export function formatTick(value: number, unit: Metric['unit']): string {
  if (unit === 'percent' || unit === 'percent-change') return `${grouped(value)}%`;
  if (unit === 'gbp') {
    const sign = value < 0 ? '−' : '';
    const abs = Math.abs(value);
    return abs >= 1e6 ? `${sign}£${grouped(abs / 1e6)}m` : `${sign}£${grouped(abs)}`;
  }
  if (unit === 'rank') return ordinal(value);
  return grouped(value);
}

/** A difference with its sign either way: "+72", "−£1,200", "+8.7 days". */
export function formatSigned(value: number, unit: Metric['unit']): string {
  const text = formatValue(value, unit);
  return value > 0 && !text.startsWith('+') ? `+${text}` : text;
}

/** The value with the source's hedge: "over 1,800", "1,000 or more". */
export function formatFigure(o: Pick<Observation, 'value' | 'qualifier'>, unit: Metric['unit']): string {
  const value = formatValue(o.value, unit);
  if (!o.qualifier) return value;
  return TRAILING_QUALIFIERS.includes(o.qualifier) ? `${value} ${o.qualifier}` : `${o.qualifier} ${value}`;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An ISO period in words: "31 March 2017", "March 2017", "2017", "April 2016 to March 2017". */
export function formatPeriod(period: string): string {
  if (period === '') return 'date not stated';
  const parsed = parsePeriod(period);
  if ('error' in parsed) return period;
  const one = (text: string) =>
    /^\d{4}$/.test(text) ? text : /^\d{4}-\d{2}$/.test(text) ? month(utc(`${text}-01`)) : day(utc(text));
  if (parsed.kind === 'date') return one(period);
  const [from, to] = period.split('/') as [string, string];
  const start = utc(parsed.start);
  const end = utc(parsed.end);
  const financialYear = start.getUTCMonth() === 3 && start.getUTCDate() === 1 && end.getUTCMonth() === 2 &&
    end.getUTCDate() === 31 && end.getUTCFullYear() === start.getUTCFullYear() + 1;
  if (financialYear) return `April ${start.getUTCFullYear()} to March ${end.getUTCFullYear()}`;
  return `${one(from)} to ${one(to)}`;
}

/** A period's date for `<time datetime>`: the ISO text itself is valid there for dates and intervals' starts. */
export function machinePeriod(period: string): string | undefined {
  return period === '' ? undefined : period.split('/')[0];
}

/** Why a figure a source names is not published, in words. */
export const GAP_REASON: Record<NamedGap['reason'], string> = {
  'chart-lost': 'a chart lost when the document was converted to text',
  'table-lost': 'a table lost when the document was converted to text',
  'not-stated': 'the document names it but does not state it',
};

/** Text safe inside XML (SVG, Atom): markup characters as entities. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "1 measure", "1,234 measures". */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
