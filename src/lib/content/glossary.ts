// The glossary (`content/glossary.yaml`): the terms reports link to with <Term id="...">.
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ID_PATTERN } from '../data/schemas/fields.ts';
import type { Problem } from '../data/problems.ts';

export const glossaryEntry = z.object({
  id: z.string().regex(ID_PATTERN, { error: (i) => `id ${JSON.stringify(i.input)} must be lower-case letters, digits and single hyphens` })
    .describe('Used in links: /glossary/#<id>, and in <Term id="...">.'),
  term: z.string().trim().min(1, { error: 'term is empty' }).describe('The term as readers meet it.'),
  also: z.array(z.string().trim().min(1)).optional().describe('Other names or the abbreviation spelled out.'),
  definition: z.string().trim().min(1, { error: 'definition is empty' }).describe('Plain English, a sentence or three.'),
}).strict();
export type GlossaryEntry = z.output<typeof glossaryEntry>;

/** Reads and checks the glossary; problems are located at the entry or field that is wrong. */
export function readGlossary(file: string, shown: string): { entries: GlossaryEntry[]; problems: Problem[] } {
  if (!existsSync(file)) {
    return { entries: [], problems: [{ file: shown, line: 0, column: 0, message: 'the glossary is missing', hint: 'create it as a list of entries with id, term and definition' }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
  const at = (offset: number | undefined) => (offset === undefined ? { line: 0, column: 0 } : { line: lines.linePos(offset).line, column: lines.linePos(offset).col });
  const problems: Problem[] = doc.errors.map((e) => ({
    file: shown, ...at(e.pos[0]), message: `the YAML cannot be read: ${e.message.split('\n')[0]}`,
    hint: 'check the indentation and that each entry starts with "- id:"',
  }));
  if (problems.length > 0) return { entries: [], problems };
  if (!isSeq(doc.contents)) {
    return { entries: [], problems: [{ file: shown, line: 1, column: 1, message: 'the glossary must be a list of entries', hint: 'start each entry with "- id:"' }] };
  }
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  for (const item of doc.contents.items) {
    const where = at(isNode(item) ? item.range?.[0] : undefined);
    const parsed = glossaryEntry.safeParse(isNode(item) ? item.toJSON() : item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        const field = isMap(item) && typeof key === 'string' ? item.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
        const place = field && isNode(field.key) ? at(field.key.range?.[0]) : where;
        problems.push({ file: shown, ...place, message: issue.message, hint: 'each entry needs id, term and definition (and may have "also", a list)' });
      }
      continue;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({ file: shown, ...where, message: `the id ${JSON.stringify(parsed.data.id)} is used twice (first at line ${first})`, hint: 'give each term its own id' });
      continue;
    }
    seen.set(parsed.data.id, where.line);
    entries.push(parsed.data);
  }
  return { entries, problems };
}
