// Checks on a decoded payload before any codec walks it: no key that could reach an object's
// prototype, and no nesting deeper than a design needs (hostile input could exhaust the stack).
import { isJsonObject, type Json } from './json';
import { MAX_PAYLOAD_DEPTH } from './limits';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type GuardResult = { ok: true } | { ok: false; code: 'forbidden-key' | 'bad-payload'; message: string };

export function guardPayload(value: Json): GuardResult {
  // Iterative walk: recursion depth is exactly what hostile input would control.
  const stack: { value: Json; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: item, path, depth } = stack.pop()!;
    if (depth > MAX_PAYLOAD_DEPTH) {
      return { ok: false, code: 'bad-payload', message: `the data nests deeper than ${MAX_PAYLOAD_DEPTH} levels` };
    }
    if (Array.isArray(item)) {
      item.forEach((child, i) => {
        stack.push({ value: child, path: `${path}[${i}]`, depth: depth + 1 });
      });
    } else if (isJsonObject(item)) {
      for (const [key, child] of Object.entries(item)) {
        const here = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key)) {
          return {
            ok: false,
            code: 'forbidden-key',
            message: `it contains the key "${key}" (at ${here}), which is never part of a design and could alter program objects`,
          };
        }
        stack.push({ value: child, path: here, depth: depth + 1 });
      }
    }
  }
  return { ok: true };
}
