import { readFileSync } from 'node:fs';
import path from 'node:path';
import { layout } from './layout.ts';

/** A source document's text, split into lines so that line numbers can be cited. */
export interface SourceText {
  id: string;
  lines: string[];
}

export function splitLines(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.split(/\r?\n/);
}

/** Reads `data/sources/<id>.txt` from a data directory. */
export function readSourceText(dataDir: string, id: string): SourceText {
  return { id, lines: splitLines(readFileSync(path.join(dataDir, layout.sourceText(id)), 'utf8')) };
}

/** Runs of white space as one space, trimmed: how quotes are compared with the text. */
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** How many following lines a quote may run on to (PDF text breaks lines mid-sentence). */
const CONTINUATION_LINES = 3;

/**
 * Whether `quote` starts on `line` (1-based) of the text, allowing it to run on over line
 * breaks: lines are joined with one space and runs of white space count as one.
 */
export function quoteStartsOnLine(source: SourceText, line: number, quote: string): boolean {
  const first = collapse(source.lines[line - 1] ?? '');
  const window = collapse(source.lines.slice(line - 1, line + CONTINUATION_LINES).join(' '));
  const wanted = collapse(quote);
  for (let i = window.indexOf(wanted); i !== -1; i = window.indexOf(wanted, i + 1)) {
    if (i < first.length) return true;
  }
  return false;
}

/** Lines on which the quote does start, to suggest the right one. */
export function linesWithQuote(source: SourceText, quote: string): number[] {
  const found: number[] = [];
  for (let line = 1; line <= source.lines.length; line++) {
    if (quoteStartsOnLine(source, line, quote)) found.push(line);
  }
  return found;
}
