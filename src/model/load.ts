// Reading a design from untrusted text or values: files, share links, YAML, the clipboard.
// Nothing here throws on bad input; every problem comes back with where it is, so the caller
// can show it and leave the design in hand untouched.
import YAML from 'yaml';
import { migrate, type RawDocument } from './migrations';
import { CURRENT_SCHEMA_VERSION, DesignSchema } from './schema';
import type { Design } from './types';

/** Files larger than this are refused before parsing (a design of 1,000 nodes is about 1 MB). */
export const MAX_DESIGN_BYTES = 20 * 1024 * 1024;

export interface LoadProblem {
  /** Where: a dotted path into the document ("nodes[3].asn"), or "" for the whole input. */
  path: string;
  message: string;
}

export type LoadResult = { ok: true; design: Design; migratedFrom?: number } | { ok: false; problems: LoadProblem[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type DesignFormat = 'json' | 'yaml';

/** Guesses the format from a file name, defaulting to JSON. */
export function formatFromName(name: string): DesignFormat {
  return /\.ya?ml$/i.test(name) ? 'yaml' : 'json';
}

export function loadDesignText(text: string, format: DesignFormat = 'json'): LoadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DESIGN_BYTES) {
    return fail(
      '',
      `the file is ${(bytes / 1048576).toFixed(1)} MB; designs are limited to ${MAX_DESIGN_BYTES / 1048576} MB`,
    );
  }
  if (text.trim() === '') return fail('', 'the file is empty');
  let value: unknown;
  try {
    value = format === 'yaml' ? YAML.parse(text, { maxAliasCount: 100, uniqueKeys: true }) : JSON.parse(text);
  } catch (error) {
    return fail('', `not valid ${format === 'yaml' ? 'YAML' : 'JSON'}: ${describeParseError(error)}`);
  }
  return loadDesignValue(value);
}

export function loadDesignValue(value: unknown): LoadResult {
  if (!isPlainObject(value)) return fail('', 'not an Egress Designer design: expected an object at the top level');
  const forbidden = findForbiddenKey(value, '');
  if (forbidden !== null)
    return fail(forbidden, 'this key is not allowed in a design (it could alter program objects)');
  const version = value.schemaVersion;
  if (version === undefined) return fail('schemaVersion', 'not an Egress Designer design: it has no schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('schemaVersion', `not a schema version: ${JSON.stringify(version)}`);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(
      'schemaVersion',
      `made by a newer Egress Designer (schema version ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`,
    );
  }
  let migrated: RawDocument;
  try {
    migrated = migrate(value, version, CURRENT_SCHEMA_VERSION);
  } catch (error) {
    return fail('schemaVersion', `could not upgrade from schema version ${version}: ${String(error)}`);
  }
  const parsed = DesignSchema.safeParse(migrated);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 50).map((issue) => ({
        path: formatPath(issue.path),
        message: describeIssue(issue, migrated),
      })),
    };
  }
  return version === CURRENT_SCHEMA_VERSION
    ? { ok: true, design: parsed.data }
    : { ok: true, design: parsed.data, migratedFrom: version };
}

/** One line per problem, for error banners and the command line. */
export function describeProblems(problems: readonly LoadProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n');
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describeIssue(issue: { path: readonly PropertyKey[]; message: string; code: string }, doc: unknown): string {
  // Name the element ("node 'hub-fra'") so the message is useful without counting array indexes.
  const owner = elementLabel(issue.path, doc);
  return owner ? `${issue.message} (in ${owner})` : issue.message;
}

function elementLabel(path: readonly PropertyKey[], doc: unknown): string | null {
  if (path.length < 2 || typeof path[1] !== 'number' || !isPlainObject(doc)) return null;
  const list = doc[String(path[0])];
  if (!Array.isArray(list)) return null;
  const element = list[path[1]];
  if (!isPlainObject(element) || typeof element.id !== 'string') return null;
  const kind = String(path[0])
    .replace(/s$/, '')
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();
  return `${kind} '${element.id.slice(0, 40)}'`;
}

function findForbiddenKey(value: unknown, path: string, depth = 0): string | null {
  if (depth > 64) return path || '(root)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], `${path}[${i}]`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isPlainObject(value)) return null;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const found = findForbiddenKey(value[key], here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 300) ?? 'unreadable';
}

function fail(path: string, message: string): LoadResult {
  return { ok: false, problems: [{ path, message }] };
}
