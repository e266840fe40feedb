// Nodes and links, the bulk of a design, as column tables (see columns.ts): the fields every
// element has go in columns, everything else in a per-element compacted object ("extras").
// A field whose value is not of the usual type gets null in its column and travels in the extras,
// so the table is exact for any list of objects; a list holding something else is kept raw.
import { hasOwn, isJsonObject, type Json, type JsonObject, PayloadError, setOwn } from '../json';
import { MAX_LINK_LINKS, MAX_LINK_NODES } from '../limits';
import {
  decodeCodes,
  decodeFixed,
  decodeNumbers,
  decodeSparse,
  decodeStringLists,
  decodeStrings,
  encodeCodes,
  encodeFixed,
  encodeNumbers,
  encodeSparse,
  encodeStrings,
} from './columns';
import { derivedLinkIdV1, ENCAPSULATION_CODES_V1, KIND_CODES_V1, TRANSPORT_CODES_V1 } from './frozen-defaults';
import { compactObject, expandObject } from './object-codec';
import { linkSpec, nodeSpec } from './specs';

const RAW_KEY = 'raw';
const COUNTRY = /^[A-Z]{2}$/;

function str(v: Json | undefined): string | null {
  return typeof v === 'string' ? v : null;
}
function num(v: Json | undefined): number | null {
  return typeof v === 'number' ? v : null;
}
function strList(v: Json | undefined): string[] | null {
  return Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null;
}
function position(v: Json | undefined): { x: number; y: number } | null {
  if (!isJsonObject(v) || Object.keys(v).length !== 2) return null;
  return typeof v.x === 'number' && typeof v.y === 'number' ? { x: v.x, y: v.y } : null;
}

function allObjects(list: Json): list is JsonObject[] {
  return Array.isArray(list) && list.every(isJsonObject);
}

export function encodeNodeTable(nodes: Json, root: JsonObject): Json {
  if (!allObjects(nodes)) return { [RAW_KEY]: nodes };
  const kinds: (string | null)[] = [];
  const ids: (string | null)[] = [];
  const names: (string | null)[] = [];
  const countries: (string | null)[] = [];
  const asns: (number | null)[] = [];
  const xs: (number | null)[] = [];
  const ys: (number | null)[] = [];
  const prefixes: (string[] | null)[] = [];
  const extras: (Json | 0)[] = [];
  for (const node of nodes) {
    const handled = new Set<string>();
    const take = <T>(key: string, value: T | null): T | null => {
      if (value !== null) handled.add(key);
      return value;
    };
    kinds.push(take('kind', str(node.kind)));
    ids.push(take('id', str(node.id)));
    names.push(take('name', str(node.name)));
    asns.push(take('asn', num(node.asn)));
    prefixes.push(take('prefixes', strList(node.prefixes)));
    const pos = take('position', position(node.position));
    xs.push(pos?.x ?? null);
    ys.push(pos?.y ?? null);
    // The country goes in its column; the rest of the location (the city) stays in the extras.
    const rest: JsonObject = { ...node };
    const location = node.location;
    const country = isJsonObject(location) ? str(location.country) : null;
    countries.push(country);
    if (country !== null && isJsonObject(location)) {
      const { country: _, ...others } = location;
      if (Object.keys(others).length > 0) rest.location = others;
      else delete rest.location;
    }
    const compact = compactObject(rest, nodeSpec, root, handled);
    extras.push(Object.keys(compact).length > 0 ? compact : 0);
  }
  return {
    k: encodeCodes(kinds, KIND_CODES_V1),
    i: encodeStrings(ids),
    n: encodeStrings(names),
    c: encodeFixed(countries, COUNTRY, 2),
    a: encodeNumbers(asns),
    x: encodeNumbers(xs),
    y: encodeNumbers(ys),
    p: prefixes,
    e: encodeSparse(extras),
  };
}

export function decodeNodeTable(value: Json, root: JsonObject, where: string): Json {
  if (!isJsonObject(value)) throw new PayloadError(where, 'expected the node table');
  if (hasOwn(value, RAW_KEY)) return value[RAW_KEY]!;
  const ids = decodeStrings(column(value, 'i', where), countOf(value, where, MAX_LINK_NODES), `${where}.ids`);
  const count = ids.length;
  const kinds = decodeCodes(column(value, 'k', where), count, KIND_CODES_V1, `${where}.kinds`);
  const names = decodeStrings(column(value, 'n', where), count, `${where}.names`);
  const countries = decodeFixed(column(value, 'c', where), count, 2, `${where}.countries`);
  const asns = decodeNumbers(column(value, 'a', where), count, `${where}.asns`);
  const xs = decodeNumbers(column(value, 'x', where), count, `${where}.x`);
  const ys = decodeNumbers(column(value, 'y', where), count, `${where}.y`);
  const prefixes = decodeStringLists(column(value, 'p', where), count, `${where}.prefixes`);
  const extras = decodeSparse(value.e ?? [], count, `${where}.extras`);
  const nodes: JsonObject[] = [];
  for (let i = 0; i < count; i++) {
    const here = `${where}[${i}]`;
    const base: JsonObject = {};
    putIfSet(base, 'kind', kinds[i]!);
    putIfSet(base, 'id', ids[i]!);
    putIfSet(base, 'name', names[i]!);
    putIfSet(base, 'asn', asns[i]!);
    putIfSet(base, 'prefixes', prefixes[i]!);
    if ((xs[i] === null) !== (ys[i] === null)) throw new PayloadError(here, 'a position has only one coordinate');
    if (xs[i] !== null) setOwn(base, 'position', { x: xs[i]!, y: ys[i]! });
    const extra = extras[i]!;
    const node = expandObject(extra === 0 ? {} : extra, nodeSpec, here, root, base);
    const country = countries[i]!;
    if (country !== null) {
      // The extras hold the rest of the location (already expanded), or nothing.
      const others = node.location ?? {};
      if (!isJsonObject(others) || hasOwn(others, 'country')) {
        throw new PayloadError(`${here}.location`, 'the location does not fit its country column');
      }
      setOwn(node, 'location', { country, ...others });
    }
    nodes.push(node);
  }
  return nodes;
}

export function encodeLinkTable(links: Json, root: JsonObject): Json {
  if (!allObjects(links)) return { [RAW_KEY]: links };
  const nodeIndex = new Map<string, number>();
  if (Array.isArray(root.nodes)) {
    root.nodes.forEach((node, i) => {
      const id = isJsonObject(node) ? str(node.id) : null;
      if (id !== null && !nodeIndex.has(id)) nodeIndex.set(id, i);
    });
  }
  // An endpoint is the node's index when it names a node, else the id itself (a dangling end).
  const endpoint = (v: Json | undefined): number | string | null => {
    const id = str(v);
    return id === null ? null : (nodeIndex.get(id) ?? id);
  };
  const ids: (string | number | null)[] = [];
  const sources: (number | string | null)[] = [];
  const targets: (number | string | null)[] = [];
  const transports: (string | null)[] = [];
  const encapsulations: (string | null)[] = [];
  const extras: (Json | 0)[] = [];
  for (const link of links) {
    const handled = new Set<string>();
    const take = <T>(key: string, value: T | null): T | null => {
      if (value !== null) handled.add(key);
      return value;
    };
    const id = take('id', str(link.id));
    sources.push(take('source', endpoint(link.source)));
    targets.push(take('target', endpoint(link.target)));
    ids.push(id === null ? null : compressLinkId(id, link.source, link.target));
    transports.push(take('transport', str(link.transport)));
    encapsulations.push(take('encapsulation', str(link.encapsulation)));
    const compact = compactObject(link, linkSpec, root, handled);
    extras.push(Object.keys(compact).length > 0 ? compact : 0);
  }
  return {
    i: ids,
    s: encodeEndpoints(sources),
    t: encodeEndpoints(targets),
    r: encodeCodes(transports, TRANSPORT_CODES_V1),
    e: encodeCodes(encapsulations, ENCAPSULATION_CODES_V1),
    x: encodeSparse(extras),
  };
}

export function decodeLinkTable(value: Json, root: JsonObject, where: string): Json {
  if (!isJsonObject(value)) throw new PayloadError(where, 'expected the link table');
  if (hasOwn(value, RAW_KEY)) return value[RAW_KEY]!;
  const idColumn = column(value, 'i', where);
  if (!Array.isArray(idColumn)) throw new PayloadError(`${where}.ids`, 'expected a list');
  const count = countOf(value, where, MAX_LINK_LINKS);
  const nodes = Array.isArray(root.nodes) ? root.nodes : [];
  const sources = decodeEndpoints(column(value, 's', where), count, nodes, `${where}.sources`);
  const targets = decodeEndpoints(column(value, 't', where), count, nodes, `${where}.targets`);
  const transports = decodeCodes(column(value, 'r', where), count, TRANSPORT_CODES_V1, `${where}.transports`);
  const encapsulations = decodeCodes(
    column(value, 'e', where),
    count,
    ENCAPSULATION_CODES_V1,
    `${where}.encapsulations`,
  );
  const extras = decodeSparse(value.x ?? [], count, `${where}.extras`);
  const links: JsonObject[] = [];
  for (let i = 0; i < count; i++) {
    const here = `${where}[${i}]`;
    const base: JsonObject = {};
    putIfSet(base, 'id', expandLinkId(idColumn[i]!, sources[i]!, targets[i]!, here));
    putIfSet(base, 'source', sources[i]!);
    putIfSet(base, 'target', targets[i]!);
    putIfSet(base, 'transport', transports[i]!);
    putIfSet(base, 'encapsulation', encapsulations[i]!);
    const extra = extras[i]!;
    links.push(expandObject(extra === 0 ? {} : extra, linkSpec, here, root, base));
  }
  return links;
}

/** 0 for the id the app derives from the link's ends, n >= 2 for that id plus "-n", else the id. */
function compressLinkId(id: string, source: Json | undefined, target: Json | undefined): string | number {
  if (typeof source !== 'string' || typeof target !== 'string') return id;
  const derived = derivedLinkIdV1(source, target);
  if (id === derived) return 0;
  const stem = `${derived.slice(0, 36)}-`;
  if (id.startsWith(stem)) {
    const suffix = id.slice(stem.length);
    if (/^[1-9]\d{0,5}$/.test(suffix) && Number(suffix) >= 2) return Number(suffix);
  }
  return id;
}

function expandLinkId(value: Json, source: string | null, target: string | null, where: string): string | null {
  if (value === null || typeof value === 'string') return value;
  if (typeof value !== 'number' || !Number.isInteger(value) || value === 1 || value < 0 || value > 999999) {
    throw new PayloadError(where, 'the link id is neither text nor a derived-id number');
  }
  if (source === null || target === null) throw new PayloadError(where, 'a derived link id needs both ends');
  const derived = derivedLinkIdV1(source, target);
  return value === 0 ? derived : `${derived.slice(0, 36)}-${value}`;
}

/** Node indexes as a number column when every end names a node; otherwise a mixed list. */
function encodeEndpoints(ends: readonly (number | string | null)[]): Json {
  return ends.every((end) => typeof end === 'number') ? encodeNumbers(ends as number[]) : { m: [...ends] };
}

function decodeEndpoints(value: Json, count: number, nodes: readonly Json[], where: string): (string | null)[] {
  const ends: Json[] = isJsonObject(value)
    ? Array.isArray(value.m)
      ? value.m
      : []
    : decodeNumbers(value, count, where);
  if (ends.length !== count) throw new PayloadError(where, `expected ${count} link ends`);
  return ends.map((end) => {
    if (end === null || typeof end === 'string') return end;
    const node = typeof end === 'number' ? nodes[end] : undefined;
    const id = isJsonObject(node) ? str(node.id) : null;
    if (id === null) throw new PayloadError(where, `${JSON.stringify(end)} is not a node of this design`);
    return id;
  });
}

function column(table: JsonObject, key: string, where: string): Json {
  if (!hasOwn(table, key)) throw new PayloadError(where, `the column "${key}" is missing`);
  return table[key]!;
}

/** Rows in a table (its id column), refused past `max` before any row is expanded. */
function countOf(table: JsonObject, where: string, max: number): number {
  const ids = table.i;
  if (!Array.isArray(ids)) throw new PayloadError(where, 'the id column is missing');
  if (ids.length > max) {
    throw new PayloadError(
      where,
      `${ids.length.toLocaleString('en-US')} rows; a design holds at most ${max.toLocaleString('en-US')}`,
    );
  }
  return ids.length;
}

function putIfSet(object: JsonObject, key: string, value: Json): void {
  if (value !== null) setOwn(object, key, value);
}
