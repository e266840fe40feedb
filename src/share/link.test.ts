import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../model/schema';
import type { Design } from '../model/types';
import { PRACTICAL_LINK_CHARS } from './limits';
import { decodeDesignLink, encodeDesignLink } from './link';
import { canonical, rawLink, sampleDesigns } from './test-helpers';
import { designArbitrary } from './testing/arbitraries';
import { generateDesign } from './testing/generate';

function roundTrip(design: Design): Design {
  const encoded = encodeDesignLink(design);
  if (!encoded.ok) throw new Error(encoded.error.message);
  expect(encoded.value.fragment).toMatch(/^#d=1\.[A-Za-z0-9_-]+$/);
  const decoded = decodeDesignLink(encoded.value.fragment);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value.design;
}

describe('design -> link -> design', () => {
  it.each(sampleDesigns())('is exact for the built-in design $file', ({ design }) => {
    expect(canonical(roundTrip(design))).toBe(canonical(design));
  });

  it('is exact for generated designs (property)', () => {
    fc.assert(
      fc.property(designArbitrary(), (design) => {
        expect(canonical(roundTrip(design))).toBe(canonical(design));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it.each([50, 100, 200])('is exact for a generated %i-node design', (n) => {
    const design = generateDesign(n);
    expect(design.nodes).toHaveLength(n);
    expect(canonical(roundTrip(design))).toBe(canonical(design));
  });

  it('keeps a 100-node design under 4,000 characters', () => {
    const encoded = encodeDesignLink(generateDesign(100));
    expect(encoded.ok && encoded.value.length).toBeLessThan(4000);
    expect(encoded.ok && encoded.value.practical).toBe(true);
  });

  it('marks a link past the practical length', () => {
    const encoded = encodeDesignLink(generateDesign(600));
    expect(encoded.ok && encoded.value.length).toBeGreaterThan(PRACTICAL_LINK_CHARS);
    expect(encoded.ok && encoded.value.practical).toBe(false);
  });

  it('decodes from a whole URL, with whitespace a chat app inserted', () => {
    const design = sampleDesigns()[0]!.design;
    const encoded = encodeDesignLink(design);
    if (!encoded.ok) throw new Error('encode failed');
    const { fragment } = encoded.value;
    const url = `https://egress.example/app/?x=1${fragment.slice(0, 40)}\n  ${fragment.slice(40)}`;
    const decoded = decodeDesignLink(url);
    expect(decoded.ok && canonical(decoded.value.design)).toBe(canonical(design));
    expect(decodeDesignLink(fragment.slice(1)).ok).toBe(true);
  });

  it('refuses to encode an invalid design, naming the problem', () => {
    const design = sampleDesigns()[0]!.design;
    const broken = { ...design, nodes: [{ ...design.nodes[0]!, asn: -5 }, ...design.nodes.slice(1)] } as Design;
    const encoded = encodeDesignLink(broken);
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) {
      expect(encoded.error.code).toBe('cannot-encode');
      expect(encoded.error.problems?.[0]?.path).toBe('nodes[0].asn');
    }
  });
});

describe('decoding bad links gives a typed error', () => {
  const cases: [string, string, string][] = [
    ['', 'empty', 'empty'],
    ['https://example.com/#foo=bar', 'not-a-link', '#d='],
    ['#d=abc', 'bad-version', 'no version'],
    ['#d=x1.AAAA', 'bad-version', 'not a version number'],
    ['#d=0.AAAA', 'bad-version', 'not a version number'],
    ['#d=7.AAAA', 'newer-version', 'newer Egress Designer'],
    ['#d=1.', 'empty', 'cut short'],
    ['#d=1.ab$d', 'bad-base64', 'character 3'],
    ['#d=1.A', 'bad-base64', 'length'],
    ['#d=1.AAAAAAAA', 'corrupt-data', 'damaged'],
  ];
  it.each(cases)('%j -> %s', (link, code, words) => {
    const decoded = decodeDesignLink(link);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe(code);
      expect(decoded.error.message).toContain(words);
    }
  });

  it('refuses data that is not JSON', () => {
    const decoded = decodeDesignLink(rawLink('{"v":1,'));
    expect(!decoded.ok && decoded.error.code).toBe('not-json');
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    const decoded = decodeDesignLink('#d=1.AwEA_v8');
    expect(!decoded.ok && decoded.error.code).toMatch(/not-json|corrupt-data/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere, naming where', (key) => {
    const decoded = decodeDesignLink(rawLink(`{"v":1,"m":{"n":"x","${key}":{"polluted":true}},"n":{"i":[]}}`));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe('forbidden-key');
      expect(decoded.error.message).toContain(`m.${key}`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a payload nested deeper than any design', () => {
    const decoded = decodeDesignLink(rawLink(`${'['.repeat(5000)}${']'.repeat(5000)}`));
    expect(!decoded.ok && decoded.error.code).toBe('bad-payload');
  });

  it.each([
    ['a node table past 5,000 rows', `{"v":1,"m":{"n":"x"},"n":{"i":[${'null,'.repeat(5000)}null]}}`, 'at most 5,000'],
    ['a list past 2,000 items', `{"v":1,"m":{"n":"x"},"t":[${'{},'.repeat(2000)}{}]}`, 'at most 2,000'],
    ['more values than any design', `{"v":1,"m":{"n":"x"},"x":[${'0,'.repeat(600_000)}0]}`, '600,000 values'],
  ])('refuses %s before expanding it', (_what, payload, words) => {
    const decoded = decodeDesignLink(rawLink(payload));
    expect(!decoded.ok && decoded.error.code).toBe('bad-payload');
    expect(!decoded.ok && decoded.error.message).toContain(words);
  });

  it('reports junk rows by their first problems, with their paths', () => {
    const nulls = `[${'null,'.repeat(4999)}null]`;
    const payload = `{"v":1,"m":{"n":"x"},"n":{"k":${nulls},"i":${nulls},"n":${nulls},"c":${nulls},"a":${nulls},"x":${nulls},"y":${nulls},"p":${nulls}}}`;
    const decoded = decodeDesignLink(rawLink(payload));
    expect(!decoded.ok && decoded.error.code).toBe('invalid-design');
    expect(!decoded.ok && decoded.error.problems?.[0]?.path).toBe('nodes[0].kind');
  });

  it('refuses a payload in the wrong shape, saying where', () => {
    const decoded = decodeDesignLink(
      rawLink('{"v":1,"m":{"n":"x"},"n":{"i":["a"],"k":"s","n":["A"],"c":"US","a":[1],"x":[0]}}'),
    );
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe('bad-payload');
      expect(decoded.error.message).toContain('design.nodes');
    }
  });

  it('refuses a link end that is not a node', () => {
    const payload =
      '{"v":1,"m":{"n":"x"},"n":{"k":"","i":[],"n":[],"c":"","a":[],"x":[],"y":[],"p":[]},"l":{"i":["l"],"s":[3],"t":[4],"r":"m","e":"n"}}';
    const decoded = decodeDesignLink(rawLink(payload));
    expect(!decoded.ok && decoded.error.message).toContain('is not a node of this design');
  });

  it('reports a design that fails the schema with every problem and its path', () => {
    const payload =
      '{"v":1,"m":{"n":""},"n":{"k":"s","i":["Bad Id"],"n":["A"],"c":"US","a":[1],"x":[0],"y":[0],"p":[[]]}}';
    const decoded = decodeDesignLink(rawLink(payload));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe('invalid-design');
      const paths = decoded.error.problems?.map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['meta.name', 'nodes[0].id']));
    }
  });

  it('refuses a design of a newer schema version with a clear message', () => {
    const payload = `{"v":${CURRENT_SCHEMA_VERSION + 1},"m":{"n":"x"},"n":{"i":[]}}`;
    const decoded = decodeDesignLink(rawLink(payload));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe('newer-version');
      expect(decoded.error.message).toContain('newer Egress Designer');
    }
  });
});
