// Links of version 1 kept as files FOREVER (fixtures/link-v1-*.txt, written once in Nov 2026 and
// never regenerated). Each must keep decoding to the design in its golden file, loaded through
// the same migrations: when the schema moves on, both sides migrate and must still agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesignText } from '../model/load';
import { decodeDesignLink } from './link';
import { canonical } from './test-helpers';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe.each(['sample', 'varied'])('the version-1 link fixture "%s"', (name) => {
  const link = readFileSync(join(FIXTURES, `link-v1-${name}.txt`), 'utf8');
  const golden = loadDesignText(readFileSync(join(FIXTURES, `link-v1-${name}.golden.json`), 'utf8'));

  it('is a version-1 link', () => {
    expect(link.startsWith('#d=1.')).toBe(true);
  });

  it('decodes to the design in its golden file', () => {
    const decoded = decodeDesignLink(link);
    if (!decoded.ok) throw new Error(decoded.error.message);
    if (!golden.ok) throw new Error(JSON.stringify(golden.problems));
    expect(decoded.value.linkVersion).toBe(1);
    expect(decoded.value.migratedFrom).toBe(golden.migratedFrom);
    expect(canonical(decoded.value.design)).toBe(canonical(golden.design));
  });
});
