// Numbers typed into prose by hand. Every figure on the site is bound to the data through a
// component; the only numerals prose may hold are those that name rather than count: years and
// dates, ages that define a group, legislation, school years and standards.

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const AGE = '\\d{1,2}';

/** What a typed numeral may be part of. Kept short on purpose: anything else needs a component. */
const ALLOWED: { why: string; pattern: RegExp }[] = [
  { why: 'a date', pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})\\b`, 'g') },
  // Only this century's years: "1966" alone is more likely a count typed without its comma.
  { why: 'a year', pattern: /\b20\d{2}(?:[/–-](?:20)?\d{2})?\b/g },
  { why: 'an Act of Parliament', pattern: /\bAct (?:19|20)\d{2}\b/g },
  // "over 25" alone could be a count, so "over" and "under" need "the age of" or a hyphen.
  { why: 'an age', pattern: new RegExp(`\\b(?:aged?|ages|turns?|turning|until|(?:over|under|up to|from|until|after|before) the age of) ${AGE}\\+?(?: (?:to|and|or) ${AGE}\\b)?`, 'g') },
  { why: 'an age', pattern: new RegExp(`\\b(?:under|over)-${AGE}s?\\b`, 'g') },
  { why: 'an age', pattern: new RegExp(`\\b${AGE}(?:(?: to |-|–)${AGE})?[- ]years?[- ]olds?\\b`, 'g') },
  { why: 'an age', pattern: new RegExp(`\\b${AGE}\\+`, 'g') },
  { why: 'legislation', pattern: /\b(?:[Ss]ection|[Pp]art|[Rr]egulation|[Ss]chedule) \d+[A-Z]?\b/g },
  { why: 'a school year or key stage', pattern: /\b(?:Year|Key Stage) \d{1,2}\b/g },
  { why: 'a standard or licence', pattern: /\b(?:WCAG|Attribution|CC BY) \d(?:\.\d)*\b/g },
  { why: 'a version number', pattern: /\b\d+\.\d+\.\d+\b/g },
  { why: 'a web address', pattern: /\bhttps?:\/\/\S+/g },
  { why: 'an accessibility threshold', pattern: /\bzoom(?:ed)? to \d{3}%|\b\d(?:\.\d)? to 1\b/g },
];

/** A numeral: digits with grouping commas and decimals, or a number within a word ("2nd"). */
const NUMERAL = /\d[\d,.]*/g;

export interface TypedNumeral {
  /** The numeral as typed. */
  text: string;
  /** Offset of the numeral in the text. */
  index: number;
}

/** Numerals in `text` that no allowed pattern covers. */
export function typedNumerals(text: string): TypedNumeral[] {
  const covered: [number, number][] = [];
  for (const { pattern } of ALLOWED) {
    for (const m of text.matchAll(pattern)) covered.push([m.index, m.index + m[0].length]);
  }
  const found: TypedNumeral[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const numeral = m[0].replace(/[,.]+$/, '');
    const start = m.index;
    const end = start + numeral.length;
    if (!covered.some(([a, b]) => a <= start && end <= b)) found.push({ text: numeral, index: start });
  }
  return found;
}
