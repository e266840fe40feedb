import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesignText, loadDesignValue, MAX_DESIGN_BYTES } from './load';
import { SAMPLES } from './samples';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { serializeDesignJson } from './serialize';

const sampleText = readFileSync('public/designs/sample.json', 'utf8');

describe('loading a design', () => {
  it('opens every built-in design file, and the files match what the builders make', () => {
    for (const sample of SAMPLES) {
      const text = readFileSync(`public/designs/${sample.file}`, 'utf8');
      const result = loadDesignText(text);
      expect(result.ok, sample.file).toBe(true);
      // If this fails, run `npx tsx scripts/make-sample-designs.ts` and review the diff.
      expect(text).toBe(serializeDesignJson(sample.build()));
    }
  });

  it('round-trips the canonical JSON exactly', () => {
    const result = loadDesignText(sampleText);
    if (!result.ok) throw new Error('sample did not load');
    expect(serializeDesignJson(result.design)).toBe(sampleText);
  });

  it('names a bad value and the element it is in', () => {
    const doc = JSON.parse(sampleText);
    doc.nodes[1].asn = -5;
    const result = loadDesignValue(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe('nodes[1].asn');
    expect(result.problems[0]?.message).toContain("node 'site-dal'");
  });

  it('refuses a prefix with host bits set, saying why', () => {
    const doc = JSON.parse(sampleText);
    doc.nodes[0].prefixes = ['10.1.2.3/16'];
    const result = loadDesignValue(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/host bits/);
  });

  it('explains truncated JSON, an empty file, and a file that is not a design', () => {
    const truncated = loadDesignText(sampleText.slice(0, 500));
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(truncated.problems[0]?.message).toMatch(/not valid JSON/);
    const empty = loadDesignText('  ');
    if (!empty.ok) expect(empty.problems[0]?.message).toMatch(/empty/);
    const other = loadDesignText('{"name": "package.json"}');
    if (!other.ok) expect(other.problems[0]?.message).toMatch(/no schemaVersion/);
    expect([empty.ok, other.ok]).toEqual([false, false]);
  });

  it('refuses a design from a newer version by name', () => {
    const doc = JSON.parse(sampleText);
    doc.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    const result = loadDesignValue(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/newer Egress Designer/);
  });

  it('refuses __proto__ keys anywhere', () => {
    const text = sampleText.replace('"meta": {', '"meta": {"__proto__": {"polluted": true},');
    const result = loadDesignText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('meta.__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized file before parsing it', () => {
    const result = loadDesignText(' '.repeat(MAX_DESIGN_BYTES + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/limited to 20 MB/);
  });

  it('reads YAML and refuses YAML alias bombs', () => {
    const yaml = loadDesignText('schemaVersion: 1\nmeta: {name: Tiny}\nnodes: []\n', 'yaml');
    expect(yaml.ok).toBe(true);
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      );
    const result = loadDesignText(bomb.join('\n'), 'yaml');
    expect(result.ok).toBe(false);
  });
});
