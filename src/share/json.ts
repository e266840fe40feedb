// Plain JSON values and the few operations the codecs need on them. Objects built from untrusted
// input are written with defineProperty, so even a key such as `__proto__` (refused earlier
// anyway) could never reach an object's prototype.
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(object: object, key: string): boolean {
  return Object.hasOwn(object, key);
}

export function setOwn(object: JsonObject, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Structural equality; object key order does not matter (the schema fixes the order on load). */
export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i]!, b[i]!)) return false;
    return true;
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!hasOwn(b, key) || !deepEqual(a[key]!, b[key]!)) return false;
  return true;
}

/** A deep copy, so a default handed out twice is never shared between two decoded designs. */
export function cloneJson<T extends Json>(value: T): T {
  return structuredClone(value);
}

/** A problem in the structure of a decoded payload, with where it is. Thrown inside a codec and
 * turned into a `bad-payload` error at the codec's boundary; it never leaves src/share. */
export class PayloadError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}
