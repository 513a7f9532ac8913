import { QUALIFIERS, TRAILING_QUALIFIERS, type Qualifier } from './schemas/observation.ts';

/** A number as a text states it: "over 1,800", "£1.5m", "61.2%", "seven", "1000+". */
export interface NumberMention {
  /** The words as printed, qualifier included (before or after the number). */
  printed: string;
  value: number;
  qualifier?: Qualifier;
  /** Offset of the number (after any qualifier) in the text. */
  index: number;
}

const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1000 };
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

const DIGITS = /£?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(%|per ?cent)|\s?(k|m|bn)\b|\s(million|billion|thousand)\b)?/giy;
const WORD = new RegExp(`\\b(${[...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS)].join('|')})\\b`, 'gi');
const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, thousand: 1e3, million: 1e6, billion: 1e9 };
const LEADING_QUALIFIERS = QUALIFIERS.filter((q) => !TRAILING_QUALIFIERS.includes(q));
// "1000+" and "40 plus" (but not "129.7 +8.7", "5 plus 3" or "54 plus an extra 11");
// "10 seconds approx." (one word may come between the number and its hedge).
const OR_MORE_AFTER = /^(?:\+(?!\d)|\s+plus\b(?!\s*(?:[£\d]|an?\s|the\s)))/i;
const APPROXIMATELY_AFTER = /^(?:\s+[a-z]+)?\s+approx(?:\.|imately\b)/i;

/** Finds every number a text states, with the hedge printed just before (or after) it. */
export function numbersInText(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const taken: [number, number][] = [];
  for (const match of text.matchAll(/£?\d[\d,]*(?:\.\d+)?/g)) {
    const start = match.index;
    if (start > 0 && /[A-Za-z\d.]/.test(text[start - 1]!) && text[start] !== '£') continue;
    DIGITS.lastIndex = start;
    const m = DIGITS.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    // "2024-25" and "2024/25" name a year, and "22 September" is a date: neither is a figure.
    if (/^(?:19|20)\d\d$/.test(m[1]!) && /^[-/–]\d\d\b/.test(text.slice(end))) continue;
    if (/^[-/–]$/.test(text[start - 1] ?? '') && /(?:19|20)\d\d$/.test(text.slice(0, start - 1))) continue;
    if (new RegExp(`^\\s(?:${MONTHS})\\b`, 'i').test(text.slice(end)) && !m[3] && !m[4] && !m[5]) continue;
    // A minus sign counts only where it cannot be a range's dash ("16-25", "2024-25").
    const negative = /(?:^|[\s(])[-−]$/.test(text.slice(Math.max(0, start - 2), start));
    let value = (negative ? -1 : 1) * Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    const multiplier = m[4] ?? m[5];
    if (multiplier) value = roundDecimal(value * MULTIPLIERS[multiplier.toLowerCase()]!);
    const from = negative ? start - 1 : start;
    mentions.push(withQualifier(text, from, text.slice(from, end).trimEnd(), value, end));
    taken.push([start, end]);
  }
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (taken.some(([a, b]) => start >= a && start < b)) continue;
    const phrase = readNumberWords(text, start);
    if (!phrase) continue;
    mentions.push(withQualifier(text, start, phrase.printed, phrase.value, start + phrase.printed.length));
    taken.push([start, start + phrase.printed.length]);
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** Reads "twenty-one", "two hundred and fifty", "seven" from `start`. */
function readNumberWords(text: string, start: number): { printed: string; value: number } | null {
  const tokens = /([A-Za-z]+)([\s-]+(?:and\s+)?)?/y;
  tokens.lastIndex = start;
  let total = 0;
  let current = 0;
  let end = start;
  let seen = false;
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    const word = m[1]!.toLowerCase();
    if (word in UNITS_WORDS || word in TENS_WORDS) {
      const n = UNITS_WORDS[word] ?? TENS_WORDS[word]!;
      if (current % 10 !== 0 || (current > 0 && current < 20) || (current >= 20 && n >= 10 && current % 100 !== 0)) break;
      current += n;
    } else if (word in SCALE_WORDS && seen) {
      current = Math.max(current, 1) * SCALE_WORDS[word]!;
      if (word === 'thousand') { total += current; current = 0; }
    } else break;
    seen = true;
    end = m.index + m[1]!.length;
  }
  if (!seen) return null;
  return { printed: text.slice(start, end), value: total + current };
}

/** The mention of the number printed from `index` to `end`, with the hedge printed before or after it. */
function withQualifier(text: string, index: number, printed: string, value: number, end: number): NumberMention {
  const before = text.slice(Math.max(0, index - 20), index).toLowerCase();
  const qualifier = LEADING_QUALIFIERS.find((q) => new RegExp(`(?:^|[^a-z])${q}\\s+$`).test(before));
  if (qualifier) {
    const lead = before.match(new RegExp(`${qualifier}\\s+$`))![0].length;
    return { printed: text.slice(index - lead, index) + printed, value, qualifier, index };
  }
  const after = text.slice(end);
  const orMore = OR_MORE_AFTER.exec(after);
  if (orMore) return { printed: printed + orMore[0], value, qualifier: 'or more', index };
  const approximately = APPROXIMATELY_AFTER.exec(after);
  if (approximately) return { printed: printed + approximately[0], value, qualifier: 'approximately', index };
  return { printed, value, index };
}

function roundDecimal(n: number): number {
  return Number(n.toPrecision(12));
}

/** True when two figures are the same number, allowing for floating-point noise. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
