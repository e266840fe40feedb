// The version-1 compact form is exact for ANY document, not only valid designs: fields of the wrong
// type, missing fields, unknown fields and odd lists all survive encode -> JSON -> decode. That is
// what lets an old encoder carry fields a later schema adds, and makes the form easy to reason about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual, type Json, type JsonObject } from '../json';
import { designArbitrary } from '../testing/arbitraries';
import { generateDesign } from '../testing/generate';
import { decodePayloadV1, encodePayloadV1 } from '.';

function roundTrip(document: JsonObject): JsonObject {
  return decodePayloadV1(JSON.parse(JSON.stringify(encodePayloadV1(document))) as Json);
}

function plain(value: unknown): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/** Applies one edit at the n-th place of the tree: replace, delete, or add an unknown field. */
function edit(root: JsonObject, n: number, replacement: Json, mode: number): void {
  const slots: { parent: JsonObject | Json[]; key: string | number }[] = [];
  const walk = (value: Json) => {
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        slots.push({ parent: value, key: i });
        walk(child);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        slots.push({ parent: value, key });
        walk(child);
      }
    }
  };
  walk(root);
  const slot = slots[n % Math.max(1, slots.length)];
  if (!slot) return;
  const { parent, key } = slot;
  if (Array.isArray(parent)) {
    if (mode === 1) parent.splice(key as number, 1);
    else parent[key as number] = replacement;
  } else if (mode === 1) delete parent[key as string];
  else if (mode === 2) parent[`future${String(key)}`] = replacement;
  else parent[key as string] = replacement;
}

describe('link version 1 compact form', () => {
  it('is exact for valid designs', () => {
    fc.assert(
      fc.property(designArbitrary(), (design) => {
        const document = plain(design);
        expect(deepEqual(roundTrip(document), document)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is exact for documents with wrong types, missing and unknown fields (property)', () => {
    fc.assert(
      fc.property(
        designArbitrary(6),
        fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.nat(2)), { minLength: 1, maxLength: 4 }),
        (design, edits) => {
          const document = plain(design);
          for (const [n, replacement, mode] of edits) edit(document, n, replacement as Json, mode);
          const back = roundTrip(document);
          expect(deepEqual(back, document), JSON.stringify(document)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps a field a later schema might add, under its own name', () => {
    const document = plain(generateDesign(10));
    (document.nodes as JsonObject[])[0]!.rackUnit = 4;
    (document.links as JsonObject[])[0]!.sla = { target: 99.9 };
    document.annotations = [{ text: 'hello' }];
    const payload = encodePayloadV1(document) as JsonObject;
    expect(JSON.stringify(payload)).toContain('"rackUnit":4');
    expect(deepEqual(roundTrip(document), document)).toBe(true);
  });

  it('stores app-style link ids as numbers and nodes as columns', () => {
    const payload = encodePayloadV1(plain(generateDesign(20))) as { n: JsonObject; l: JsonObject };
    expect(Object.keys(payload.n)).toEqual(['k', 'i', 'n', 'c', 'a', 'x', 'y', 'p', 'e']);
    expect((payload.l.i as Json[]).every((id) => typeof id === 'number')).toBe(true);
  });
});
