// Fuzzing the link decoder with more than 10,000 mutated links: bit flips, truncation, garbage
// base64, wrong versions, mutated payloads and decompression bombs. Whatever the input, the
// decoder returns a typed result (never throws, never reports an internal error), finishes
// quickly, and the design in hand is never changed.

import fc from 'fast-check';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { decodeDesignLink, encodeDesignLink } from './link';
import { planLinkOpening } from './open-link';
import { canonical, deepFreeze, rawLink, sampleDesigns } from './test-helpers';

const samples = sampleDesigns();
const current: Design = deepFreeze(structuredClone(samples.find((s) => s.file === 'sample.json')!.design));
const currentText = canonical(current);

const links = samples.map(({ design }) => {
  const encoded = encodeDesignLink(design);
  if (!encoded.ok) throw new Error('sample did not encode');
  return encoded.value.fragment;
});
const payloads = links.map((link) => strFromU8(inflateSync(bytesOf(link))));

function bytesOf(link: string): Uint8Array {
  const decoded = decodeBase64Url(link.slice('#d=1.'.length));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.bytes;
}

/** The slowest single decode allowed: a hang or an unbounded inflate would blow far past it. */
const MAX_DECODE_MS = 2000;
let decoded = 0;
let opened = 0;

/** The property every mutated link must satisfy. */
function check(link: string): void {
  const started = performance.now();
  let opening: ReturnType<typeof planLinkOpening> | undefined;
  expect(() => {
    opening = planLinkOpening(link, current);
  }).not.toThrow();
  const elapsed = performance.now() - started;
  decoded++;
  expect(elapsed).toBeLessThan(MAX_DECODE_MS);
  if (opening?.kind === 'error') {
    expect(opening.error.code).not.toBe('internal');
    expect(opening.error.message.length).toBeGreaterThan(10);
  } else {
    opened++;
  }
}

describe('the link decoder under fuzzing', () => {
  afterAll(() => {
    // Nothing a link did reached the design in hand.
    expect(canonical(current)).toBe(currentText);
  });

  it('survives bit flips in the compressed data', () => {
    fc.assert(
      fc.property(
        fc.nat(links.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(7)), { minLength: 1, maxLength: 4 }),
        (which, flips) => {
          const bytes = bytesOf(links[which]!).slice();
          for (const [at, bit] of flips) bytes[at % bytes.length]! ^= 1 << bit;
          check(`#d=1.${encodeBase64Url(bytes)}`);
        },
      ),
      { numRuns: 3000, seed: 6001 },
    );
  }, 180_000);

  it('survives truncation anywhere, and garbage appended', () => {
    fc.assert(
      fc.property(fc.nat(links.length - 1), fc.nat(), fc.string({ maxLength: 8 }), (which, cut, tail) => {
        const link = links[which]!;
        check(link.slice(0, cut % (link.length + 1)));
        check(link + tail);
      }),
      { numRuns: 1500, seed: 6002 },
    );
  }, 180_000);

  it('survives garbage in place of base64, and wrong versions', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200, unit: 'binary' }),
        fc.oneof(fc.integer({ min: -3, max: 1000 }).map(String), fc.string({ maxLength: 4 })),
        fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/),
        (garbage, version, base64ish) => {
          check(`#d=1.${garbage}`);
          check(`#d=${version}.${base64ish}`);
          check(`https://egress.example/#d=${version}.${links[0]!.slice(5)}`);
        },
      ),
      { numRuns: 1000, seed: 6003 },
    );
  }, 180_000);

  it('survives mutated payloads that still inflate (the codec paths)', () => {
    const jsonValue = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(fc.nat(payloads.length - 1), fc.nat(), jsonValue, fc.nat(3), (which, seed, replacement, mode) => {
        const payload = JSON.parse(payloads[which]!) as unknown;
        mutateAt(payload, seed, replacement, mode);
        check(rawLink(JSON.stringify(payload)));
      }),
      { numRuns: 3000, seed: 6004 },
    );
  }, 180_000);

  it('survives text edits of the payload before compression', () => {
    fc.assert(
      fc.property(
        fc.nat(payloads.length - 1),
        fc.nat(),
        fc.nat(20),
        fc.string({ maxLength: 6 }),
        (which, at, del, ins) => {
          const text = payloads[which]!;
          const i = at % text.length;
          check(rawLink(text.slice(0, i) + ins + text.slice(i + del)));
        },
      ),
      { numRuns: 1500, seed: 6005 },
    );
  }, 180_000);

  it('refuses decompression bombs quickly, without inflating them', () => {
    const zeros = deflateSync(new Uint8Array(12 * 1024 * 1024), { level: 9 });
    const spaces = deflateSync(strToU8(`{"v":1,"m":{"n":"${' '.repeat(10_000_000)}"}}`), { level: 9 });
    const nested = deflateSync(strToU8('['.repeat(3_000_000)), { level: 9 });
    for (const bomb of [zeros, spaces, nested]) {
      expect(bomb.length).toBeLessThan(40_000);
      const started = performance.now();
      const result = decodeDesignLink(`#d=1.${encodeBase64Url(bomb)}`);
      expect(performance.now() - started).toBeLessThan(MAX_DECODE_MS);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toMatch(/too-large|not-json/);
      check(`#d=1.${encodeBase64Url(bomb)}`);
    }
    const zerosResult = decodeDesignLink(`#d=1.${encodeBase64Url(zeros)}`);
    expect(!zerosResult.ok && zerosResult.error.code).toBe('too-large');
  }, 60_000);

  it('ran at least 10,000 mutated links, and some still opened', () => {
    expect(decoded).toBeGreaterThanOrEqual(10_000);
    // Mutations that leave a valid design (a changed name, a flipped default) must still open.
    expect(opened).toBeGreaterThan(0);
  });
});

/** Replaces (mode 0), deletes (1), renames the key of (2), or duplicates into an array (3) the
 * n-th value of a JSON tree, counting depth-first. */
function mutateAt(root: unknown, n: number, replacement: unknown, mode: number): void {
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        slots.push({ parent: value, key: i });
        walk(child);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        slots.push({ parent: value as Record<string, unknown>, key });
        walk(child);
      }
    }
  };
  walk(root);
  const slot = slots[n % Math.max(1, slots.length)];
  if (!slot) return;
  const { parent, key } = slot;
  if (Array.isArray(parent)) {
    const i = key as number;
    if (mode === 1) parent.splice(i, 1);
    else if (mode === 3) parent.splice(i, 0, parent[i]);
    else parent[i] = replacement;
    return;
  }
  const k = key as string;
  if (mode === 1) delete parent[k];
  else if (mode === 2) {
    parent[`${k}x`] = parent[k];
    delete parent[k];
  } else if (mode === 3) parent[k] = [parent[k]];
  else parent[k] = replacement;
}
