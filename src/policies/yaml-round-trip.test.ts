import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticDesign } from '../engine/synthetic';
import { extractPolicies, samePolicies } from './document';
import { designPoliciesToYaml, parsePolicyYaml } from './yaml-document';

describe('policy YAML round trip on generated designs', () => {
  it('text → design → text is the identity, and parsing the text changes nothing', () => {
    fc.assert(
      fc.property(
        fc.record({
          sites: fc.integer({ min: 1, max: 30 }),
          hubs: fc.integer({ min: 1, max: 5 }),
          clouds: fc.integer({ min: 0, max: 4 }),
          classes: fc.integer({ min: 0, max: 8 }),
        }),
        fc.integer({ min: 1, max: 1000 }),
        (size, seed) => {
          const design = syntheticDesign(size, seed);
          const text = designPoliciesToYaml(design);
          const result = parsePolicyYaml(text, design);
          if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
          expect(result.design).toBe(design);
          expect(samePolicies(result.document, extractPolicies(design))).toBe(true);
          expect(designPoliciesToYaml(result.design)).toBe(text);
        },
      ),
      { numRuns: 40 },
    );
  });
});
