import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal';

describe('deepEqual', () => {
  it('compares decorations by content', () => {
    expect(
      deepEqual(
        { highlight: 'egress', badges: [{ kind: 'sla', label: '1' }] },
        { highlight: 'egress', badges: [{ kind: 'sla', label: '1' }] },
      ),
    ).toBe(true);
    expect(deepEqual({ highlight: 'egress' }, { highlight: 'path' })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('treats an absent field and an undefined one alike, and arrays by order', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: [1] }, { a: { 0: 1 } })).toBe(false);
  });
});
