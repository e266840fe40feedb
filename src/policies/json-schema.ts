// The JSON schema of the policy YAML, generated from the zod schema (never written by hand, so
// it cannot drift), for monaco-yaml's markers, completion and hover. Two additions zod cannot
// express: field docs for hover, and `additionalProperties: false` so a misspelt key is marked.
import { z } from 'zod';
import { FIELD_DOCS } from './descriptions';
import { PolicyDocumentSchema } from './document';

export const POLICY_SCHEMA_URI = 'egress://schemas/policies.json';

type JsonSchema = Record<string, unknown>;

let cached: JsonSchema | null = null;

export function policyJsonSchema(): JsonSchema {
  if (!cached) {
    // `input` describes what a user may write: fields with defaults are optional.
    const schema = z.toJSONSchema(PolicyDocumentSchema, { target: 'draft-7', io: 'input' }) as JsonSchema;
    decorate(schema, '');
    schema.title = 'Egress Designer policies';
    cached = schema;
  }
  return cached;
}

function decorate(node: unknown, location: string): void {
  if (!isSchema(node)) return;
  const doc = FIELD_DOCS[location];
  if (doc && node.description === undefined) node.description = doc;
  const properties = node.properties;
  if (isSchema(properties)) {
    // Objects with named fields are closed; records (routers, demand) use additionalProperties.
    if (node.additionalProperties === undefined) node.additionalProperties = false;
    for (const [key, child] of Object.entries(properties)) decorate(child, location ? `${location}.${key}` : key);
  }
  if (isSchema(node.items)) decorate(node.items, `${location}[]`);
  if (isSchema(node.additionalProperties)) decorate(node.additionalProperties, `${location}.*`);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) for (const item of list) decorate(item, location);
  }
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the design names, offered as completions (JSON-schema `examples`, so they suggest
 * without rejecting: a reference to something not yet drawn is lint's business, not a syntax error). */
export interface DesignNames {
  nodes: readonly string[];
  sites: readonly string[];
  hubs: readonly string[];
  tags: readonly string[];
  classes: readonly string[];
}

export function designNames(design: {
  nodes: readonly { id: string; kind: string; tags: readonly string[] }[];
  trafficClasses: readonly { id: string }[];
}): DesignNames {
  return {
    nodes: design.nodes.map((n) => n.id),
    sites: design.nodes.filter((n) => n.kind === 'site').map((n) => n.id),
    hubs: design.nodes.filter((n) => n.kind === 'hub').map((n) => n.id),
    tags: [...new Set(design.nodes.flatMap((n) => n.tags))].sort(),
    classes: design.trafficClasses.map((c) => c.id),
  };
}

/** The policy schema with the design's ids as completion examples. */
export function policyJsonSchemaFor(names: DesignNames, applications: readonly string[]): JsonSchema {
  const schema = structuredClone(policyJsonSchema());
  const tags = names.tags.map((t) => `tag:${t}`);
  const at = (path: string[]): JsonSchema | null => {
    let node: unknown = schema;
    for (const step of path) {
      if (!isSchema(node)) return null;
      node =
        step === '[]' ? node.items : step === '*' ? node.additionalProperties : (node.properties as JsonSchema)?.[step];
    }
    return isSchema(node) ? node : null;
  };
  const offer = (path: string[], values: readonly string[]) => {
    const node = at(path);
    if (node && values.length > 0) node.examples = [...new Set(values)];
  };
  offer(['trafficClasses', '[]', 'appliesTo', '[]'], ['*', ...tags, ...names.sites]);
  offer(['trafficClasses', '[]', 'preferredHubs', '[]'], names.hubs);
  offer(['trafficClasses', '[]', 'match', 'applications', '[]'], applications);
  offer(['trafficClasses', '[]', 'allowedJurisdictions', '[]'], ['site', 'EU', 'EEA']);
  offer(['bgpPolicies', '[]', 'router'], [...names.nodes, ...tags]);
  offer(['bgpPolicies', '[]', 'neighbor'], [...names.nodes, ...tags]);
  offer(['pbrRules', '[]', 'appliesTo', '[]'], ['*', ...tags, ...names.sites]);
  offer(['pbrRules', '[]', 'match', 'trafficClass'], names.classes);
  offer(['pbrRules', '[]', 'action', 'egressHub'], names.hubs);
  offer(['pbrRules', '[]', 'action', 'nextHop'], names.nodes);
  return schema;
}
