import { describe, expect, it } from 'vitest';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { designNames, policyJsonSchema, policyJsonSchemaFor } from './json-schema';

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: unknown;
  description?: string;
  enum?: unknown[];
};

describe('policy JSON schema', () => {
  const schema = policyJsonSchema() as Schema & { $schema: string };
  const classItem = schema.properties!.trafficClasses!.items!;

  it('is draft-7, generated from zod, with the enums the model defines', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(classItem.properties!.strategy!.enum).toEqual([
      'follow-bgp',
      'manual',
      'best-quality',
      'lowest-cost-sla',
      'load-balance-sla',
    ]);
  });

  it('closes objects so misspelt keys are marked, but keeps records open to their ids', () => {
    expect(classItem.additionalProperties).toBe(false);
    expect(classItem.properties!.sla!.additionalProperties).toBe(false);
    expect(typeof schema.properties!.routers!.additionalProperties).toBe('object');
  });

  it('documents every field for hover', () => {
    const undocumented: string[] = [];
    const walk = (node: Schema, at: string) => {
      if (at && !node.description) undocumented.push(at);
      for (const [k, v] of Object.entries(node.properties ?? {})) walk(v, at ? `${at}.${k}` : k);
      if (node.items) walk(node.items, `${at}[]`);
      if (node.additionalProperties && typeof node.additionalProperties === 'object')
        walk(node.additionalProperties as Schema, `${at}.*`);
    };
    walk(schema, '');
    // List items and record values are described by the field that holds them.
    expect(undocumented.filter((p) => !/\[\]$|\.\*$/.test(p))).toEqual([]);
  });
});

describe('policy JSON schema for a design', () => {
  it('offers the design’s ids, tags and classes as completions without restricting values', () => {
    const names = designNames(globalEnterprise());
    const schema = policyJsonSchemaFor(names, ['zoom', 'teams']) as Schema;
    const cls = schema.properties!.trafficClasses!.items!;
    const appliesTo = cls.properties!.appliesTo!.items as Schema & { examples: string[] };
    expect(appliesTo.examples).toEqual([
      '*',
      'tag:cn',
      'tag:eu',
      'tag:us',
      'site-nyc',
      'site-dal',
      'site-fra',
      'site-par',
      'site-sha',
    ]);
    expect(appliesTo.enum).toBeUndefined();
    const action = schema.properties!.pbrRules!.items!.properties!.action!.properties!;
    expect((action.egressHub as { examples: string[] }).examples).toEqual(['hub-ash', 'hub-ams', 'hub-fra', 'hub-sha']);
    // The shared base schema is not modified.
    expect(
      (policyJsonSchema() as Schema).properties!.pbrRules!.items!.properties!.action!.properties!.egressHub,
    ).not.toHaveProperty('examples');
  });
});
