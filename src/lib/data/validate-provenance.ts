import type { Dataset } from './dataset.ts';
import { numbersInText, sameNumber } from './numbers-in-text.ts';
import type { Problem } from './problems.ts';
import { isNamed } from './schemas/gap.ts';
import { show } from './problems.ts';
import { linesWithQuote, quoteStartsOnLine, type SourceText } from './source-text.ts';
import type { Located } from './validate-schema.ts';

/**
 * Layer 3: each quote is on its line of the source text, and states the value as printed,
 * with the same hedge ("over 1,800" has qualifier "over", "1000+" has "or more"). A gap's quote must be on its line too.
 */
export function validateProvenance(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  for (const o of data.observations) {
    const { row } = o;
    const text = data.texts.get(row.source);
    if (!text) continue; // an unknown source is reported by the integrity layer
    const misplaced = quoteProblem(o, text);
    if (misplaced) {
      problems.push(misplaced);
      continue;
    }
    const mentions = numbersInText(row.quote);
    const same = mentions.filter((m) => sameNumber(m.value, row.value));
    if (same.length === 0) {
      const stated = mentions.map((m) => m.printed).join(', ') || 'no number';
      problems.push({
        file: o.file, ...o.at.value!,
        message: `the quote does not state the value ${row.value}: it states ${stated}`,
        hint: 'the value must be the number the quote prints (1,966 -> 1966; 61.2% -> 61.2; seven -> 7); correct the value, or quote the words that state it',
      });
      continue;
    }
    if (!same.some((m) => m.qualifier === row.qualifier)) {
      const printed = same[0]!;
      problems.push({
        file: o.file, ...o.at.qualifier!,
        message: printed.qualifier
          ? `the quote says ${show(printed.printed)} but qualifier is ${row.qualifier ? show(row.qualifier) : 'empty'}`
          : `qualifier is ${show(row.qualifier ?? '')} but the quote states ${show(printed.printed)} without it`,
        hint: 'the qualifier is the hedge the source prints right before the number ("over", "about", "just under"), or `or more` for a "+" or "plus" right after it ("1000+"), or empty when there is none',
      });
    }
  }
  for (const gap of data.gaps) {
    const text = data.texts.get(gap.row.source);
    const { row } = gap;
    // A measure not reported has no words in the document to find.
    if (!isNamed(row)) continue;
    const misplaced = text && quoteProblem({ ...gap, row }, text);
    if (misplaced) problems.push(misplaced);
  }
  return problems;
}

/** Whether a row's quote starts on its line of the source text; the problem if not. */
function quoteProblem(
  located: Located<{ source: string; line: number; quote: string }>,
  text: SourceText,
): Problem | undefined {
  const { row } = located;
  if (row.line > text.lines.length) {
    return {
      file: located.file, ...located.at.line!,
      message: `line ${row.line} is past the end of source ${JSON.stringify(row.source)}, which has ${text.lines.length} lines`,
      hint: 'give the line of the source text where the quote starts',
    };
  }
  if (quoteStartsOnLine(text, row.line, row.quote)) return undefined;
  const elsewhere = linesWithQuote(text, row.quote);
  return {
    file: located.file, ...located.at.quote!,
    message: `the quote ${show(row.quote)} is not on line ${row.line} of source ${JSON.stringify(row.source)}`,
    hint: elsewhere.length > 0
      ? `it starts on line ${elsewhere.slice(0, 5).join(', ')}: correct the line`
      : 'copy the exact words of the source, character for character; where the quote runs over a line break, write one space there',
  };
}
