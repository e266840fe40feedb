import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findOnPath } from './prerequisites';

const dir = mkdtempSync(join(tmpdir(), 'prereq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findOnPath', () => {
  it('finds an executable on the given PATH and ignores non-executable files and empty entries', () => {
    writeFileSync(join(dir, 'vtysh'), '#!/bin/sh\n');
    chmodSync(join(dir, 'vtysh'), 0o755);
    writeFileSync(join(dir, 'nft'), 'not executable');
    chmodSync(join(dir, 'nft'), 0o644);
    expect(findOnPath('vtysh', `::${dir}`)).toBe(join(dir, 'vtysh'));
    expect(findOnPath('nft', dir)).toBeNull();
    expect(findOnPath('ip', '')).toBeNull();
  });
});
