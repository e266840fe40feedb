// Compacting one JSON object by a spec: fields equal to their default are left out, known keys get
// short names, nested objects and lists follow their own specs. The transform is exact both ways
// for any object, not only for today's schema:
// - a key the spec does not know is kept under its own name (escaped with `!` if it would collide
//   with a short name), so fields added to the schema later survive old encoders;
// - a field that has a default but is missing from the object is listed under `-`, so decoding
//   does not invent it.

import { cloneJson, deepEqual, hasOwn, isJsonObject, type Json, type JsonObject, PayloadError, setOwn } from '../json';
import { MAX_LINK_LIST_ITEMS } from '../limits';

/** The key listing fields absent from the original although they have a default. */
export const ABSENT_KEY = '-';
const ESCAPE = '!';

export interface ObjectSpec {
  /** Long key -> short key. Frozen once a link version ships. */
  keys: Readonly<Record<string, string>>;
  /** Values fields take when left out, independent of the object. */
  defaults?: Readonly<Record<string, Json>>;
  /** Values that depend on other fields of the object (or its parent), e.g. a link's metrics on its
   * transport. They may only read fields that are not themselves in `dynamicDefaults`. */
  dynamicDefaults?: (self: JsonObject, parent: JsonObject | undefined) => Readonly<Record<string, Json>>;
  /** How nested values are encoded. */
  children?: Readonly<Record<string, ChildCodec>>;
}

export type ChildCodec =
  | { kind: 'object'; spec: ObjectSpec }
  | { kind: 'list'; spec: ObjectSpec }
  | {
      kind: 'custom';
      encode(value: Json, parent: JsonObject): Json;
      decode(value: Json, parent: JsonObject, where: string): Json;
    };

interface Compiled {
  longToShort: Map<string, string>;
  shortToLong: Map<string, string>;
}

const compiled = new WeakMap<ObjectSpec, Compiled>();

function compile(spec: ObjectSpec): Compiled {
  let c = compiled.get(spec);
  if (!c) {
    c = { longToShort: new Map(Object.entries(spec.keys)), shortToLong: new Map() };
    for (const [long, short] of c.longToShort) c.shortToLong.set(short, long);
    compiled.set(spec, c);
  }
  return c;
}

function shortKey(spec: ObjectSpec, key: string): string {
  const c = compile(spec);
  const short = c.longToShort.get(key);
  if (short !== undefined) return short;
  const collides = key.startsWith(ESCAPE) || key === ABSENT_KEY || c.shortToLong.has(key);
  return collides ? ESCAPE + key : key;
}

function longKey(spec: ObjectSpec, key: string): string {
  if (key.startsWith(ESCAPE)) return key.slice(1);
  return compile(spec).shortToLong.get(key) ?? key;
}

/** The codec of a nested field: an own entry only, so a field named like a property every object
 * inherits ("toString", "constructor") is an ordinary unknown field, not a codec. */
function childCodec(spec: ObjectSpec, key: string): ChildCodec | undefined {
  return spec.children && hasOwn(spec.children, key) ? spec.children[key] : undefined;
}

function allDefaults(spec: ObjectSpec, self: JsonObject, parent: JsonObject | undefined): Record<string, Json> {
  return { ...spec.defaults, ...spec.dynamicDefaults?.(self, parent) };
}

/** Compacts `object`. Keys in `handled` are encoded elsewhere (table columns) and skipped here. */
export function compactObject(
  object: JsonObject,
  spec: ObjectSpec,
  parent?: JsonObject,
  handled?: ReadonlySet<string>,
): JsonObject {
  const defaults = allDefaults(spec, object, parent);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (handled?.has(key)) continue;
    if (hasOwn(defaults, key) && deepEqual(value, defaults[key]!)) continue;
    const child = childCodec(spec, key);
    setOwn(out, shortKey(spec, key), child ? encodeChild(value, child, object) : value);
  }
  const absent = Object.keys(defaults).filter((key) => !hasOwn(object, key) && !handled?.has(key));
  if (absent.length > 0)
    setOwn(
      out,
      ABSENT_KEY,
      absent.map((key) => shortKey(spec, key)),
    );
  return out;
}

/** Reverses compactObject. `base` holds the fields decoded elsewhere (table columns). */
export function expandObject(
  compact: Json,
  spec: ObjectSpec,
  where: string,
  parent?: JsonObject,
  base: JsonObject = {},
): JsonObject {
  if (!isJsonObject(compact)) throw new PayloadError(where, 'expected an object');
  const out: JsonObject = { ...base };
  const deferred: [string, Json][] = [];
  let absent = new Set<string>();
  for (const [short, value] of Object.entries(compact)) {
    if (short === ABSENT_KEY) {
      absent = readAbsent(value, spec, where);
      continue;
    }
    const key = longKey(spec, short);
    if (hasOwn(out, key)) throw new PayloadError(where, `the field "${key}" appears twice`);
    if (childCodec(spec, key)) deferred.push([key, value]);
    else setOwn(out, key, value);
  }
  const deferredKeys = new Set(deferred.map(([key]) => key));
  const fill = (defaults: Readonly<Record<string, Json>> | undefined) => {
    for (const [key, value] of Object.entries(defaults ?? {})) {
      if (!hasOwn(out, key) && !deferredKeys.has(key) && !absent.has(key)) setOwn(out, key, cloneJson(value));
    }
  };
  fill(spec.defaults);
  fill(spec.dynamicDefaults?.(out, parent));
  // Children decode in the spec's order, whatever order the payload lists them in (links need nodes).
  const order = Object.keys(spec.children ?? {});
  deferred.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  for (const [key, value] of deferred) {
    setOwn(out, key, decodeChild(value, childCodec(spec, key)!, out, `${where}.${key}`));
  }
  return out;
}

function readAbsent(value: Json, spec: ObjectSpec, where: string): Set<string> {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new PayloadError(where, `"${ABSENT_KEY}" must list field names`);
  }
  return new Set(value.map((short) => longKey(spec, short)));
}

function encodeChild(value: Json, child: ChildCodec, parent: JsonObject): Json {
  switch (child.kind) {
    case 'object':
      return isJsonObject(value) ? compactObject(value, child.spec, parent) : value;
    case 'list':
      return Array.isArray(value)
        ? value.map((item) => (isJsonObject(item) ? compactObject(item, child.spec, parent) : item))
        : value;
    case 'custom':
      return child.encode(value, parent);
  }
}

function decodeChild(value: Json, child: ChildCodec, parent: JsonObject, where: string): Json {
  switch (child.kind) {
    case 'object':
      return isJsonObject(value) ? expandObject(value, child.spec, where, parent) : value;
    case 'list':
      if (!Array.isArray(value)) return value;
      if (value.length > MAX_LINK_LIST_ITEMS) {
        throw new PayloadError(
          where,
          `${value.length.toLocaleString('en-US')} items; at most ${MAX_LINK_LIST_ITEMS.toLocaleString('en-US')}`,
        );
      }
      return value.map((item, i) =>
        isJsonObject(item) ? expandObject(item, child.spec, `${where}[${i}]`, parent) : item,
      );
    case 'custom':
      return child.decode(value, parent, where);
  }
}
