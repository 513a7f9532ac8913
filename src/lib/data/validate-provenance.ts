import type { Dataset } from './dataset.ts';
import { numbersInText, sameNumber } from './numbers-in-text.ts';
import type { Problem } from './problems.ts';
import { show } from './problems.ts';
import { linesWithQuote, quoteStartsOnLine } from './source-text.ts';

/**
 * Layer 3: each quote is on its line of the source text, and states the value as printed,
 * with the same hedge ("over 1,800" has qualifier "over").
 */
export function validateProvenance(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  for (const o of data.observations) {
    const { row } = o;
    const text = data.texts.get(row.source);
    if (!text) continue; // an unknown source is reported by the integrity layer
    if (row.line > text.lines.length) {
      problems.push({
        file: o.file, ...o.at.line!,
        message: `line ${row.line} is past the end of source ${JSON.stringify(row.source)}, which has ${text.lines.length} lines`,
        hint: 'give the line of the source text where the quote starts',
      });
      continue;
    }
    if (!quoteStartsOnLine(text, row.line, row.quote)) {
      const elsewhere = linesWithQuote(text, row.quote);
      problems.push({
        file: o.file, ...o.at.quote!,
        message: `the quote ${show(row.quote)} is not on line ${row.line} of source ${JSON.stringify(row.source)}`,
        hint: elsewhere.length > 0
          ? `it starts on line ${elsewhere.slice(0, 5).join(', ')}: correct the line`
          : 'copy the exact words of the source, character for character; where the quote runs over a line break, write one space there',
      });
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
        hint: 'the qualifier is the hedge the source prints right before the number ("over", "about", "just under"), or empty when there is none',
      });
    }
  }
  return problems;
}
