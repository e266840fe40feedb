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
