// Column encodings for the node and link tables. Storing one field of every element together
// (all ids, then all positions, ...) puts similar text side by side, which DEFLATE compresses far
// better than interleaved objects; whole-number columns are stored as differences, so a grid
// layout or a run of ASNs becomes a few repeating small numbers.
import { type Json, PayloadError } from '../json';

const DELTA_MARK = 'd';

/** Numbers (null = field absent or not a number). Whole numbers are delta-coded when exact. */
export function encodeNumbers(values: readonly (number | null)[]): Json {
  const deltas: number[] = [];
  let previous = 0;
  for (const v of values) {
    if (v === null || !Number.isSafeInteger(v)) return [...values];
    const delta = v - previous;
    if (!Number.isSafeInteger(delta)) return [...values];
    deltas.push(delta);
    previous = v;
  }
  return [DELTA_MARK, ...deltas];
}

export function decodeNumbers(value: Json, count: number, where: string): (number | null)[] {
  if (!Array.isArray(value)) throw new PayloadError(where, 'expected a list of numbers');
  if (value[0] === DELTA_MARK) {
    const out: number[] = [];
    let previous = 0;
    for (const delta of value.slice(1)) {
      if (typeof delta !== 'number' || !Number.isSafeInteger(delta))
        throw new PayloadError(where, 'a difference is not a whole number');
      previous += delta;
      out.push(previous);
    }
    return expectCount(out, count, where);
  }
  for (const v of value) if (v !== null && typeof v !== 'number') throw new PayloadError(where, 'expected numbers');
  return expectCount(value as (number | null)[], count, where);
}

export function encodeStrings(values: readonly (string | null)[]): Json {
  return [...values];
}

export function decodeStrings(value: Json, count: number, where: string): (string | null)[] {
  if (!Array.isArray(value)) throw new PayloadError(where, 'expected a list of strings');
  for (const v of value) if (v !== null && typeof v !== 'string') throw new PayloadError(where, 'expected strings');
  return expectCount(value as (string | null)[], count, where);
}

/** A closed vocabulary, one character per value ("ssshc") when every value is known; otherwise a
 * plain list, so a value added to the schema later still encodes. `codes` is frozen per version. */
export function encodeCodes(values: readonly (string | null)[], codes: Readonly<Record<string, string>>): Json {
  let joined = '';
  for (const v of values) {
    const code = v === null ? undefined : codes[v];
    if (code === undefined) return [...values];
    joined += code;
  }
  return joined;
}

export function decodeCodes(
  value: Json,
  count: number,
  codes: Readonly<Record<string, string>>,
  where: string,
): (string | null)[] {
  if (typeof value !== 'string') return decodeStrings(value, count, where);
  const byCode = new Map(Object.entries(codes).map(([long, code]) => [code, long]));
  const out = [...value].map((code) => {
    const long = byCode.get(code);
    if (long === undefined) throw new PayloadError(where, `unknown code ${JSON.stringify(code)}`);
    return long;
  });
  return expectCount(out, count, where);
}

/** Fixed-width strings (country codes) joined into one string when every value matches. */
export function encodeFixed(values: readonly (string | null)[], pattern: RegExp, width: number): Json {
  return values.every((v) => v !== null && v.length === width && pattern.test(v)) ? values.join('') : [...values];
}

export function decodeFixed(value: Json, count: number, width: number, where: string): (string | null)[] {
  if (typeof value !== 'string') return decodeStrings(value, count, where);
  if (value.length !== count * width) throw new PayloadError(where, `expected ${count} values of ${width} characters`);
  const out: string[] = [];
  for (let i = 0; i < value.length; i += width) out.push(value.slice(i, i + width));
  return out;
}

/** Lists of strings per element (prefixes); null when the field is absent or not such a list. */
export function decodeStringLists(value: Json, count: number, where: string): (string[] | null)[] {
  if (!Array.isArray(value)) throw new PayloadError(where, 'expected a list');
  for (const v of value) {
    if (v !== null && !(Array.isArray(v) && v.every((s) => typeof s === 'string'))) {
      throw new PayloadError(where, 'expected lists of strings');
    }
  }
  return expectCount(value as (string[] | null)[], count, where);
}

/** Per-element leftovers: 0 for none, trailing zeros dropped. */
export function encodeSparse(values: readonly (Json | 0)[]): Json {
  let end = values.length;
  while (end > 0 && values[end - 1] === 0) end--;
  return values.slice(0, end);
}

export function decodeSparse(value: Json, count: number, where: string): Json[] {
  if (!Array.isArray(value)) throw new PayloadError(where, 'expected a list');
  if (value.length > count) throw new PayloadError(where, `expected at most ${count} entries`);
  return [...value, ...new Array<Json>(count - value.length).fill(0)];
}

function expectCount<T>(values: T[], count: number, where: string): T[] {
  if (values.length !== count) throw new PayloadError(where, `expected ${count} values, found ${values.length}`);
  return values;
}
