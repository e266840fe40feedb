// Checks on a decoded payload before any codec walks it: no key that could reach an object's
// prototype, no nesting deeper than a design needs (hostile input could exhaust the stack), and
// no more values than any design has (so junk is refused before it is expanded and validated).
import { isJsonObject, type Json } from './json';
import { MAX_PAYLOAD_DEPTH, MAX_PAYLOAD_VALUES } from './limits';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type GuardResult = { ok: true } | { ok: false; code: 'forbidden-key' | 'bad-payload'; message: string };

interface Visit {
  value: Json;
  depth: number;
  /** Index of the parent visit (-1 for the root) and the key under it: the path is rebuilt from
   * these only when something is wrong, so the walk builds no strings. */
  parent: number;
  key: string | number;
}

export function guardPayload(value: Json): GuardResult {
  // Iterative walk: recursion depth is exactly what hostile input would control.
  const visits: Visit[] = [{ value, depth: 0, parent: -1, key: '' }];
  for (let i = 0; i < visits.length; i++) {
    if (i >= MAX_PAYLOAD_VALUES) {
      const limit = MAX_PAYLOAD_VALUES.toLocaleString('en-US');
      return { ok: false, code: 'bad-payload', message: `it holds more than ${limit} values, more than any design` };
    }
    const { value: item, depth } = visits[i]!;
    if (depth > MAX_PAYLOAD_DEPTH) {
      return { ok: false, code: 'bad-payload', message: `the data nests deeper than ${MAX_PAYLOAD_DEPTH} levels` };
    }
    if (Array.isArray(item)) {
      for (let k = 0; k < item.length; k++) visits.push({ value: item[k]!, depth: depth + 1, parent: i, key: k });
    } else if (isJsonObject(item)) {
      for (const [key, child] of Object.entries(item)) {
        if (FORBIDDEN_KEYS.has(key)) {
          const where = pathOf(visits, i, key);
          return {
            ok: false,
            code: 'forbidden-key',
            message: `it contains the key "${key}" (at ${where}), which is never part of a design and could alter program objects`,
          };
        }
        visits.push({ value: child, depth: depth + 1, parent: i, key });
      }
    }
  }
  return { ok: true };
}

function pathOf(visits: readonly Visit[], index: number, last: string): string {
  const parts: (string | number)[] = [last];
  for (let i = index; i > 0; i = visits[i]!.parent) parts.unshift(visits[i]!.key);
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
