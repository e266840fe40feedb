// Policy YAML in and out. Parsing never throws and never half-applies: either the whole text is
// a valid policy document for this design (then the caller gets the new design), or the caller
// gets problems with line/column ranges for editor markers, and keeps the design it had.
import YAML, { LineCounter, type Node as YamlNode } from 'yaml';
import { type Design, DesignSchema } from '../model';
import { applyPolicies, extractPolicies, type PolicyDocument, PolicyDocumentSchema } from './document';
import { formatPath, locator, type Range, rangeOf } from './yaml-locate';

export interface PolicyProblem {
  severity: 'error' | 'warning';
  message: string;
  /** Dotted path into the document ("trafficClasses[0].sla"), "" for the whole text. */
  path: string;
  /** 1-based, end exclusive: the shape monaco markers take. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type PolicyParseResult =
  | { ok: true; document: PolicyDocument; design: Design }
  | { ok: false; problems: PolicyProblem[] };

const HEADER =
  '# Egress Designer policies: traffic classes, BGP policies, PBR rules and router BGP knobs.\n' +
  '# Edits apply to the design as soon as the text is valid; until then the markers say why.\n';

export function policiesToYaml(doc: PolicyDocument): string {
  return HEADER + YAML.stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}

export function designPoliciesToYaml(design: Design): string {
  return policiesToYaml(extractPolicies(design));
}

export function parsePolicyYaml(text: string, design: Design): PolicyParseResult {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = locator(text, lines, doc.contents as YamlNode | null);

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.slice(0, 20).map((e) => ({
        ...rangeOf(lines, e.pos[0], Math.max(e.pos[1], e.pos[0] + 1), text),
        severity: 'error',
        path: '',
        message: `YAML syntax: ${firstLine(e.message)}`,
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail(at([]), `YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`);
  }
  if (value === null || value === undefined) {
    return fail(
      at([]),
      'the document is empty. To remove every policy, write `trafficClasses: []`, `bgpPolicies: []` and `pbrRules: []`.',
    );
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return fail(at([]), 'expected a mapping with trafficClasses, bgpPolicies, pbrRules, bgp and routers');
  }

  const parsed = PolicyDocumentSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 50).map((issue) => ({
        ...at(issue.path),
        severity: 'error' as const,
        path: formatPath(issue.path),
        message: `${formatPath(issue.path) || 'document'}: ${issue.message}`,
      })),
    };
  }

  const problems: PolicyProblem[] = [
    ...unknownKeys(value, parsed.data, []).map((path) => ({
      ...at(path),
      severity: 'error' as const,
      path: formatPath(path),
      message: unknownKeyMessage(path, parsed.data),
    })),
    ...semanticProblems(parsed.data, design).map(({ path, message }) => ({
      ...at(path),
      severity: 'error' as const,
      path: formatPath(path),
      message,
    })),
  ];
  if (problems.length > 0) return { ok: false, problems };

  const next = applyPolicies(design, parsed.data);
  // The policy schemas are the design's own, so this holds; checked anyway so a future schema
  // change can never let the editor write a design that fails to load.
  const check = DesignSchema.safeParse(next);
  if (!check.success) return fail(at([]), `the design would not be valid: ${check.error.issues[0]?.message ?? ''}`);
  return { ok: true, document: parsed.data, design: next };
}

function semanticProblems(doc: PolicyDocument, design: Design): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  const nodes = new Set(design.nodes.map((n) => n.id));
  for (const id of Object.keys(doc.routers)) {
    if (!nodes.has(id)) out.push({ path: ['routers', id], message: `routers: there is no node '${id}' in the design` });
  }
  for (const key of ['trafficClasses', 'bgpPolicies', 'pbrRules'] as const) {
    const seen = new Set<string>();
    doc[key].forEach((item, index) => {
      if (seen.has(item.id)) {
        out.push({ path: [key, index, 'id'], message: `${key}: the id '${item.id}' is used more than once` });
      }
      seen.add(item.id);
    });
  }
  return out;
}

/** Paths present in the input but dropped by the schema: misspelt or unsupported fields. zod
 * strips them silently, and a silently ignored `stratgy:` is worse than an error. */
function unknownKeys(input: unknown, output: unknown, path: PropertyKey[]): PropertyKey[][] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, i) => unknownKeys(item, output[i], [...path, i]));
  }
  if (!isRecord(input) || !isRecord(output)) return [];
  return Object.keys(input).flatMap((key) =>
    Object.hasOwn(output, key) ? unknownKeys(input[key], output[key], [...path, key]) : [[...path, key]],
  );
}

function unknownKeyMessage(path: PropertyKey[], doc: PolicyDocument): string {
  const key = String(path[path.length - 1]);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((v, k) => (isRecord(v) || Array.isArray(v) ? (v as never)[k] : undefined), doc);
  const known = isRecord(parent) ? Object.keys(parent) : [];
  const guess = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  const where = formatPath(path.slice(0, -1)) || 'the document';
  return `unknown field '${key}' in ${where}${guess ? ` (did you mean '${guess}'?)` : ''}`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function fail(range: Range, message: string): PolicyParseResult {
  return { ok: false, problems: [{ ...range, severity: 'error', path: '', message }] };
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.slice(0, 300) ?? '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
