// Text positions in a policy YAML document: from a document path (a zod issue, an unknown key)
// or an element id (a lint finding) to a 1-based line/column range for an editor marker.
import YAML, { isMap, isPair, isScalar, isSeq, LineCounter, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../model';

/** 1-based, end exclusive: the shape monaco markers take. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Maps a document path to the text range of the deepest node that exists along it: a wrong
 * value marks the value, a missing field marks its parent, an unknown key marks the key. */
export function locator(text: string, lines: LineCounter, root: YamlNode | null) {
  return (path: readonly PropertyKey[]): Range => {
    let node: unknown = root;
    let range: [number, number] | null = nodeRange(root);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        const keyRange = nodeRange(pair.key as YamlNode);
        const valueRange = nodeRange(pair.value as YamlNode | null);
        node = pair.value;
        range = valueRange ?? keyRange ?? range;
        if (key === path[path.length - 1] && !isMap(node) && !isSeq(node) && keyRange && valueRange) {
          range = [keyRange[0], valueRange[1]];
        } else if (isMap(node) || isSeq(node)) {
          range = keyRange ?? range; // mark the key line, not a whole block
        }
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as YamlNode | undefined;
        if (!item) break;
        node = item;
        const r = nodeRange(item);
        range = r ? [r[0], Math.min(r[1], lineEndOffset(text, r[0]))] : range;
      } else break;
    }
    return rangeOf(lines, range?.[0] ?? 0, range?.[1] ?? 1, text);
  };
}

function nodeRange(node: YamlNode | null | undefined): [number, number] | null {
  const r = node?.range;
  return r ? [r[0], r[1]] : null;
}

function lineEndOffset(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

export function rangeOf(lines: LineCounter, start: number, end: number, text: string): Range {
  const s = lines.linePos(Math.min(start, text.length));
  // A range never spans past its first line: the marker stays readable on big blocks.
  const e = lines.linePos(Math.min(Math.max(end, start + 1), lineEndOffset(text, start), text.length));
  const sameLine = e.line === s.line;
  return { line: s.line, column: s.col, endLine: s.line, endColumn: sameLine ? Math.max(e.col, s.col + 1) : s.col + 1 };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out;
}

export interface LocatedFinding extends Range {
  severity: 'error' | 'warning';
  message: string;
}

const ELEMENT_LISTS = ['trafficClasses', 'bgpPolicies', 'pbrRules'] as const;

/** Lint findings placed on the `id:` line of the element they name; findings about elements the
 * text does not hold (a site's demand, say) are left out: the findings list shows them. */
export function locateFindings(text: string, findings: readonly Diagnostic[]): LocatedFinding[] {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0) return [];
  const value = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
  const at = locator(text, lines, doc.contents as YamlNode | null);
  const out: LocatedFinding[] = [];
  for (const finding of findings) {
    if (!finding.elementId || finding.severity === 'info') continue;
    const path = elementPath(value, finding.elementId);
    if (path) out.push({ ...at(path), severity: finding.severity, message: finding.message });
  }
  return out;
}

function elementPath(value: Record<string, unknown> | null, id: string): PropertyKey[] | null {
  if (!value || typeof value !== 'object') return null;
  for (const key of ELEMENT_LISTS) {
    const list = value[key];
    if (!Array.isArray(list)) continue;
    const index = list.findIndex(
      (item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id,
    );
    if (index >= 0) return [key, index, 'id'];
  }
  const routers = value.routers;
  if (routers && typeof routers === 'object' && Object.hasOwn(routers, id)) return ['routers', id];
  return null;
}
