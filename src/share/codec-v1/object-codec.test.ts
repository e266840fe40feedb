import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { ABSENT_KEY, compactObject, expandObject, type ObjectSpec } from './object-codec';
import { linkSpec, listSpecs, metaSpec, nodeSpec, settingsSpec } from './specs';

const spec: ObjectSpec = {
  keys: { alpha: 'a', beta: 'b' },
  defaults: { beta: 5 },
  dynamicDefaults: (self): Record<string, string> => (self.alpha === 'x' ? { gamma: 'by-alpha' } : {}),
};

function roundTrip(object: JsonObject, s: ObjectSpec = spec): JsonObject {
  return expandObject(JSON.parse(JSON.stringify(compactObject(object, s))), s, 'test');
}

describe('compactObject / expandObject', () => {
  it('shortens known keys and drops fields equal to their default', () => {
    expect(compactObject({ alpha: 'x', beta: 5, gamma: 'by-alpha' }, spec)).toEqual({ a: 'x' });
    expect(compactObject({ alpha: 'y', beta: 6 }, spec)).toEqual({ a: 'y', b: 6 });
  });

  it('restores dropped defaults, including those that depend on other fields', () => {
    expect(roundTrip({ alpha: 'x', beta: 5, gamma: 'by-alpha' })).toEqual({ alpha: 'x', beta: 5, gamma: 'by-alpha' });
  });

  it('keeps fields named like inherited properties (toString, constructor, __proto__) as they are', () => {
    const withChildren: ObjectSpec = { ...spec, children: { alpha: { kind: 'object', spec } } };
    for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const object = JSON.parse(`{"${key}": null, "alpha": {"alpha": "y"}}`) as JsonObject;
      expect(roundTrip(object, withChildren)).toEqual(object);
      expect(Object.hasOwn(roundTrip(object, withChildren), key)).toBe(true);
    }
  });

  it('keeps a field absent when the original lacked it, though it has a default', () => {
    const compact = compactObject({ alpha: 'y' }, spec);
    expect(compact[ABSENT_KEY]).toEqual(['b']);
    expect(roundTrip({ alpha: 'y' })).toEqual({ alpha: 'y' });
  });

  it('keeps unknown keys, escaping those that collide with a short key', () => {
    const object = { alpha: 'y', a: 1, '!odd': 2, '-': 3, future: { x: 1 } };
    const compact = compactObject(object, spec);
    expect(compact).toMatchObject({ '!a': 1, '!!odd': 2, '!-': 3, future: { x: 1 } });
    expect(roundTrip(object)).toEqual(object);
  });

  it('refuses a field given twice (once short, once escaped)', () => {
    expect(() => expandObject({ a: 1, '!alpha': 2 }, spec, 'here')).toThrow(/appears twice/);
  });

  it('refuses a malformed absent list', () => {
    expect(() => expandObject({ [ABSENT_KEY]: 'b' }, spec, 'here')).toThrow(/must list field names/);
  });
});

describe('the version-1 specs', () => {
  const specs: [string, ObjectSpec][] = [
    ['node', nodeSpec],
    ['link', linkSpec],
    ['meta', metaSpec],
    ['settings', settingsSpec],
    ...Object.entries(listSpecs),
  ];
  it.each(specs)('%s: short keys are unique and never reserved', (_name, s) => {
    const all: ObjectSpec[] = [s];
    for (const child of Object.values(s.children ?? {})) if (child.kind !== 'custom') all.push(child.spec);
    for (const one of all) {
      const shorts = Object.values(one.keys);
      expect(new Set(shorts).size).toBe(shorts.length);
      for (const short of shorts) {
        expect(short).not.toBe(ABSENT_KEY);
        expect(short.startsWith('!')).toBe(false);
      }
    }
  });
});
