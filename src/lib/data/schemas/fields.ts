import { z } from 'zod';
import { parsePeriod, TYPE_DATES_AS_TEXT } from '../period.ts';

/** A kebab-case identifier, used in URLs: lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = (what: string) =>
  z.string().regex(ID_PATTERN, {
    error: (issue) =>
      `${what} id ${JSON.stringify(issue.input)} must be lower-case letters, digits and single hyphens (kebab-case)`,
  });

export const text = (what: string) =>
  z.string().refine((s) => s.trim() !== '', { error: `${what} is empty` }).transform((s) => s.trim());

/** An optional text cell: empty becomes `undefined`. */
export const optionalText = z.string().transform((s) => (s.trim() === '' ? undefined : s.trim()));

export const isoDate = (what: string) =>
  z.string().superRefine((s, ctx) => {
    const period = parsePeriod(s);
    if ('error' in period) ctx.addIssue({ code: 'custom', message: `${what}: ${period.error}`, ...(period.typedAs ? { params: { hint: TYPE_DATES_AS_TEXT } } : {}) });
    else if (period.kind !== 'date') ctx.addIssue({ code: 'custom', message: `${what} must be one date, not an interval` });
  });

export const optionalIsoDate = (what: string) =>
  z.union([z.literal('').transform(() => undefined), isoDate(what)], {
    // The date's own message, when the cell is not empty: it may say exactly what to write.
    error: (issue) => (issue.input === '' ? undefined : isoDate(what).safeParse(issue.input).error?.issues[0]?.message ?? `${what} must be empty or a date YYYY-MM-DD`),
  });

export const yesNo = (what: string) =>
  z.enum(['yes', 'no'], { error: (issue) => `${what} must be "yes" or "no", not ${JSON.stringify(issue.input)}` })
    .transform((s) => s === 'yes');

/** The columns of a schema, in the order new files write them. */
export function columnsOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}
