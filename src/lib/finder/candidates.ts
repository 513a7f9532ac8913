import { numbersInText, sameNumber, type NumberMention } from '../data/numbers-in-text.ts';
import type { Qualifier } from '../data/schemas/observation.ts';
import { collapse } from '../data/source-text.ts';
import { countedNoun } from './counted-noun.ts';

/** What a number counts, as its printing shows: a sign, or the word after it. */
export type FigureUnit = 'count' | 'percent' | 'gbp' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds' | 'km' | 'rate-per-10000';

/** Why a number is not a figure to record. */
export type NotAFigure = 'page number' | 'contents page' | 'date' | 'year' | 'section number' | 'age defining a group' | 'threshold defining a group';

/** One number a report prints, with the shortest words around it that state it. */
export interface Candidate {
  /** The line where the quote starts (1-based), as observations cite it. */
  line: number;
  /** The line where the number itself is printed. */
  numberLine: number;
  printed: string;
  value: number;
  qualifier?: Qualifier | undefined;
  unit: FigureUnit;
  /** The words that state the number: they start on `line` and may run on over two more lines. */
  quote: string;
  /** The sentence around the number, for matching it to a measure. */
  context: string;
  /** The noun printed after the number, naming what it counts ("children", "households"), in `nounKey` form. */
  counted?: string | undefined;
  notAFigure?: NotAFigure | undefined;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const UNIT_WORDS: [RegExp, FigureUnit][] = [
  [/^\s*per\s+10,?000\b/i, 'rate-per-10000'],
  [/^\s*(?:calendar\s+|working\s+)?days?\b/i, 'days'],
  [/^\s*weeks?\b/i, 'weeks'],
  [/^\s*months?\b/i, 'months'],
  [/^\s*(?:years?|yrs?)\b(?![\s-]*olds?\b)/i, 'years'],
  [/^\s*hours?\b|^\s*hrs\b/i, 'hours'],
  [/^\s*(?:minutes?|mins?)\b/i, 'minutes'],
  [/^\s*(?:seconds?|secs?)\b/i, 'seconds'],
  [/^\s*(?:km|kilomet(?:re|er)s?)\b/i, 'km'],
];

// Where a clause ends: a sentence stop (not a decimal point), a comma before a space, brackets,
// a colon or semicolon, tabs and the marks of headings, emphasis and bullets.
const CLAUSE_BREAK = /[.!?](?=\s|$)|,(?=\s)|[;:()[\]|•*#"“”]|\s[–—-]\s|^\s*[-–]\s/;
const SENTENCE_BREAK = /[.!?](?=\s|$)|[•*#]/;
const WORDS_BEFORE = 7;
const WORDS_AFTER = 8;
const CONTEXT_WORDS = 14;

/**
 * Finds every number in a report's lines. Lines are read in blocks (runs of lines with no blank
 * between them), so that a hedge or sentence broken over a line end still reads as one.
 */
export function findCandidates(lines: readonly string[], pages?: readonly number[]): Candidate[] {
  const candidates: Candidate[] = [];
  const contents = contentsLines(lines);
  const folios = pages ? pageNumberLines(lines, pages) : new Set<number>();
  for (let first = 0; first < lines.length; first++) {
    if (lines[first]!.trim() === '') continue;
    // A table row (cells split by tabs) is read on its own: nothing in it runs on to the next row.
    const row = (i: number) => lines[i]!.includes('\t');
    let last = first;
    while (!row(first) && last + 1 < lines.length && lines[last + 1]!.trim() !== '' && !row(last + 1)) last++;
    const block = lines.slice(first, last + 1);
    candidates.push(...blockCandidates(block, first + 1, contents, folios));
    first = last;
  }
  return candidates;
}

function blockCandidates(block: readonly string[], firstLine: number, contents: ReadonlySet<number>, folios: ReadonlySet<number>): Candidate[] {
  const text = block.join('\n');
  const starts = [0];
  for (const line of block.slice(0, -1)) starts.push(starts.at(-1)! + line.length + 1);
  const lineAt = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
    return i;
  };
  return numbersInText(text).map((mention) => {
    const start = text.lastIndexOf(mention.printed, mention.index);
    const end = start + mention.printed.length;
    const at = lineAt(mention.index);
    // The quote may start one line up and end one line down: three lines in all, within the
    // four (its own and three more) that a cited quote may run over.
    const from = starts[Math.max(0, at - 1)]!;
    const to = at + 2 < starts.length ? starts[at + 2]! - 1 : text.length;
    const lineText = block[at]!;
    // In a table row (cells split by tabs) the row's label names the figure: quote from the label.
    const [qs, qe] = lineText.includes('\t')
      ? fragment(text, start, end, starts[at]!, end, /$^/, Infinity, 0)
      : fragment(text, start, end, from, to, CLAUSE_BREAK, WORDS_BEFORE, WORDS_AFTER);
    const [cs, ce] = fragment(text, start, end, 0, text.length, SENTENCE_BREAK, CONTEXT_WORDS, CONTEXT_WORDS);
    const quote = collapse(text.slice(qs, qe));
    // Validation reads the quote with its line breaks made spaces: "more\nthan 13" is "more than
    // 13", and "25\nMay" a date. The row takes the number as the quote states it.
    const lead = text.slice(qs, start);
    const offset = collapse(lead).length + (/\S\s+$/.test(lead) ? 1 : 0);
    const stated = numbersInText(quote).filter((m) => sameNumber(m.value, mention.value))
      .sort((a, b) => Math.abs(a.index - offset) - Math.abs(b.index - offset))[0];
    const unit = unitOf(mention, text.slice(end));
    return {
      line: firstLine + lineAt(qs),
      numberLine: firstLine + at,
      printed: stated?.printed ?? mention.printed,
      value: mention.value,
      qualifier: stated ? stated.qualifier : mention.qualifier,
      unit,
      quote,
      context: collapse(text.slice(cs, ce)),
      counted: countedNoun(text.slice(end), unit === 'percent'),
      notAFigure: (folios.has(firstLine + at) ? 'page number' : undefined) ?? notAFigure(mention, text, start, end, lineText, contents.has(firstLine + at)) ?? (stated ? undefined : 'date'),
    };
  });
}

/**
 * The span around `start..end` up to the nearest break on each side (within `from..to`), at most
 * so many words either way, trimmed of marks a spreadsheet would read as a formula.
 */
function fragment(text: string, start: number, end: number, from: number, to: number, brk: RegExp, before: number, after: number): [number, number] {
  let s = from;
  for (const m of text.slice(from, start).matchAll(new RegExp(brk.source, 'gm'))) s = from + m.index + m[0].length;
  const next = new RegExp(brk.source, 'm').exec(text.slice(end, to));
  let e = next ? end + next.index : to;
  const left = [...text.slice(s, start).matchAll(/\S+/g)];
  if (left.length > before) s += left[left.length - before]!.index;
  const right = [...text.slice(end, e).matchAll(/\S+/g)];
  if (right.length > after) e = end + right[after - 1]!.index + right[after - 1]![0].length;
  while (s < start && /[\s=+@\-–—'‘’]/.test(text[s]!)) s++;
  while (e > end && /[\s,;:\-–—]/.test(text[e - 1]!)) e--;
  return [s, e];
}


function unitOf(mention: NumberMention, after: string): FigureUnit {
  if (/%|per ?cent/i.test(mention.printed)) return 'percent';
  if (mention.printed.includes('£')) return 'gbp';
  return UNIT_WORDS.find(([pattern]) => pattern.test(after))?.[1] ?? 'count';
}

/** Lines holding only a number that are the first or last words of their PDF page. */
function pageNumberLines(lines: readonly string[], pages: readonly number[]): Set<number> {
  const found = new Set<number>();
  const filled = lines.map((_, i) => i).filter((i) => lines[i]!.trim() !== '');
  filled.forEach((i, k) => {
    const alone = /^\s*(?:page\s+)?\d{1,4}\s*$/i.test(lines[i]!);
    const edge = pages[filled[k - 1]!] !== pages[i] || pages[filled[k + 1]!] !== pages[i];
    if (alone && edge) found.add(i + 1);
  });
  return found;
}

/** Lines of a contents page: under a "Contents" heading, each ending in a page number. */
function contentsLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!/^[#*\s]*(?:table of\s+)?contents\W*$/i.test(lines[i]!)) continue;
    let misses = 0;
    for (let j = i + 1; j < lines.length && misses < 3; j++) {
      if (lines[j]!.trim() === '') continue;
      if (ENDS_IN_PAGE.test(lines[j]!)) { found.add(j + 1); misses = 0; } else misses++;
    }
  }
  for (let i = 0; i < lines.length; i++) if (LEADERS.test(lines[i]!)) found.add(i + 1);
  return found;
}
const ENDS_IN_PAGE = /[A-Za-z].*?\s\d{1,3}\s*$/;
const LEADERS = /[A-Za-z].*(?:\.{4,}|…{2,})\s*\d{1,3}\s*$/;

/** Why the number printed at `start..end` is not a figure, if it is not. */
function notAFigure(mention: NumberMention, text: string, start: number, end: number, line: string, inContents: boolean): NotAFigure | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const bare = !mention.qualifier && /^\d+$/.test(mention.printed);
  const lineTrim = line.trim();
  if (bare && /^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i.test(lineTrim) && /^page\b/i.test(lineTrim)) return 'page number';
  if (bare && inContents && new RegExp(`${mention.printed}\\s*$`).test(line)) return 'contents page';
  if (bare && /^(?:19|20)\d\d$/.test(mention.printed)) return 'year';
  if (bare && mention.value >= 1 && mention.value <= 31) {
    if (new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`, 'i').test(after)) return 'date';
    if (new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i').test(before) && !/^\s*(?:st|nd|rd|th)?\s*(?:[a-z]|%)/i.test(after.replace(/^,?\s*(?:19|20)\d\d/, ''))) return 'date';
  }
  if (/\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b/.test(text.slice(Math.max(0, start - 6), end + 8)) && bare) return 'date';
  if (/^\d+(?:\.\d+)+$/.test(mention.printed.replace(/\.$/, '')) && /(?:^|\n)[\s#*]*$/.test(before) && /^\.?\s+[A-Z]/.test(after)) return 'section number';
  // A list's number starts its paragraph: "2. Placements" (not "target of\n200. Work").
  if (bare && mention.value < 100 && /(?:^|[.:;!?]\s*\n)[\s#*]*$/.test(text.slice(0, start)) && /^[.)]\s+[A-Z]/.test(after)) return 'section number';
  if ((bare || /^\d+(?:\.\d+)+$/.test(mention.printed)) && /\b(?:section|table|figure|fig\.|chart|graph|appendix|annex|paragraph|para|pillar|priority|phase|step|recommendation|page|pages|item|outcome|objective|stage|tier|level|version|part|chapter)\s+$/i.test(before)) return 'section number';
  if (isAge(mention, before, after)) return 'age defining a group';
  // "three or more placement moves", "2 or more working days": the bound of what a measure counts.
  if (!mention.qualifier && mention.value >= 0 && mention.value <= 10 && /^\s+(?:or|and)\s+(?:more|fewer|less|over|above|under|below)\b/i.test(after)) return 'threshold defining a group';
  return undefined;
}

function isAge(mention: NumberMention, before: string, after: string): boolean {
  if (mention.value > 25 || mention.value < 0) return false;
  if (/\b(?:aged?|ages(?:\s+of)?|age\s+of|year\s+olds?\s+(?:and|to))\s+(?:between\s+)?(?:up\s+to\s+|under\s+|over\s+)?$/i.test(before)) return true;
  if (/\b(?:aged?|ages(?:\s+of)?)\s+(?:between\s+)?\d{1,2}\s*(?:-|–|to|and|up\s+to)\s*$/i.test(before)) return true;
  if (/^(?:\s*[-–]?\s*(?:to|and|or|up\s+to)?\s*\d{1,2})?\s*-?\s*(?:and\s+over\s+)?(?:years?[\s-]+olds?|year\s+old|yrs?\s+old)\b/i.test(after)) return true;
  if (/^s\b/.test(after) || /^['’]s\b/.test(after)) return true;
  if (mention.qualifier === 'or more' && /^\+/.test(mention.printed.slice(-1)) && mention.value >= 10) return true;
  if (/^\s*(?:-|–|to)\s*\d{1,2}\s*(?:years?|yrs?)?\s*(?:olds?\b|service\b|care\b|team\b|year\b)/i.test(after) && mention.value >= 10) return true;
  if (/\b(?:aged?|ages)\s+\d{1,2}\s*(?:-|–|to)\s*$/i.test(before)) return true;
  return false;
}
