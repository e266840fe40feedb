// Turning what the user typed into document values, with the schema's own messages. Nothing is
// coerced: text that is not a valid value stays on screen with the reason, and the design keeps
// its last valid value.
import type { z } from 'zod';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function firstIssue(error: z.ZodError): string {
  return friendly(error.issues[0]?.message ?? 'invalid value');
}

/** zod's generic messages in the words a user reads in a form. */
export function friendly(message: string): string {
  return message
    .replace(/^Too small: expected number to be >=?(\S+)$/, 'at least $1')
    .replace(/^Too small: expected number to be >(\S+)$/, 'more than $1')
    .replace(/^Too big: expected number to be <=?(\S+)$/, 'at most $1')
    .replace(/^Too big: expected string to have <=(\d+) characters$/, 'at most $1 characters')
    .replace(/^Invalid input: expected int, received number$/, 'a whole number');
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: firstIssue(result.error) };
}

/** A required number checked against `schema` (min, max, integer). */
export function parseNumber(text: string, schema: z.ZodType<number>): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'a value is required' };
  // Number('') is 0 and Number('1e3') is 1000: accept plain decimals only, as typed.
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return { ok: false, error: 'not a number' };
  return parseWith(schema, Number(trimmed));
}

/** An optional number: empty means "not set". */
export function parseOptionalNumber(text: string, schema: z.ZodType<number>): Parsed<number | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  return parseNumber(text, schema);
}

/** Optional text checked by `schema`; empty means "not set". */
export function parseOptionalText(text: string, schema: z.ZodType<string>): Parsed<string | undefined> {
  if (text === '') return { ok: true, value: undefined };
  return parseWith(schema, text);
}

/** A list typed one per line (commas and spaces also separate), each item checked by `schema`. */
export function parseList(text: string, schema: z.ZodType<string>): Parsed<string[]> {
  const items = text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const errors: string[] = [];
  for (const item of items) {
    const result = schema.safeParse(item);
    if (!result.success) errors.push(`${item}: ${firstIssue(result.error)}`);
  }
  if (errors.length > 0) return { ok: false, error: errors.join('\n') };
  const duplicates = items.filter((item, i) => items.indexOf(item) !== i);
  if (duplicates.length > 0) return { ok: false, error: `listed twice: ${[...new Set(duplicates)].join(', ')}` };
  return { ok: true, value: items };
}

export function formatList(items: readonly string[]): string {
  return items.join('\n');
}
