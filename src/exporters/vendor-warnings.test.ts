// The reviewed list of what IOS-XE, Junos and EOS cannot express stays in step with the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesignText } from '../model/load';
import { VENDOR_WARNINGS_PATH, vendorWarnings } from './vendor-warnings';

const root = join(__dirname, '../..');

function sampleDesigns() {
  const dir = join(root, 'public/designs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((file) => {
      const result = loadDesignText(readFileSync(join(dir, file), 'utf8'), 'json');
      if (!result.ok) throw new Error(`${file} is not a valid design`);
      return { stem: file.replace(/\.json$/, ''), design: result.design };
    });
}

describe('vendor warnings golden file', () => {
  const text = vendorWarnings(sampleDesigns());

  it('equals the reviewed file (regenerate: npx tsx scripts/update-vendor-golden.ts)', () => {
    expect(readFileSync(join(root, VENDOR_WARNINGS_PATH), 'utf8')).toBe(text);
  });

  it('names the WireGuard and IPsec tunnels each vendor cannot carry', () => {
    expect(text).toMatch(/### eos[\s\S]*\[ipsec nyc-ams-ipsec\]/);
    expect(text).toMatch(/### ios-xe[\s\S]*\[wireguard dal-ash-wg\]/);
    expect(text).toMatch(/### junos[\s\S]*\[wireguard dal-ash-wg\]/);
  });
});
