import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { MIGRATIONS, type Migration, migrate } from './index';

describe('the migration chain', () => {
  it('has exactly one step from every released version to the current one', () => {
    // tldraw-style guard: bumping CURRENT_SCHEMA_VERSION without adding its step fails here.
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    const expected = Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1);
    expect(froms).toEqual(expected);
  });

  it('applies steps in order and stamps each version', () => {
    const steps: Migration[] = [
      { from: 2, description: 'rename b to c', up: ({ b, ...rest }) => ({ ...rest, c: b }) },
      { from: 1, description: 'add b', up: (doc) => ({ ...doc, b: 'x' }) },
    ];
    const seen: number[] = [];
    const traced = steps.map((s) => ({
      ...s,
      up: (d: Record<string, unknown>) => {
        seen.push(s.from);
        return s.up(d);
      },
    }));
    expect(migrate({ schemaVersion: 1, a: 1 }, 1, 3, traced)).toEqual({ schemaVersion: 3, a: 1, c: 'x' });
    expect(seen).toEqual([1, 2]);
  });

  it('refuses to skip a missing step', () => {
    expect(() => migrate({ schemaVersion: 1 }, 1, 2, [])).toThrow(/no migration from schema version 1/);
  });

  it('leaves a current document alone', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, x: 1 };
    expect(migrate(doc, CURRENT_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION)).toBe(doc);
  });
});
