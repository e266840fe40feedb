import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../read-design';
import { parsePlatforms, run } from './export';

const sample = join(__dirname, '../../../public/designs/hub-and-spoke.json');
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'egress-export-cli-'));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function verifySums(read: (path: string) => Uint8Array | undefined, sums: string): number {
  const lines = sums.trim().split('\n');
  for (const line of lines) {
    const [hash, path] = line.split('  ');
    const content = read(path!);
    expect(content, path).toBeDefined();
    expect(sha256(content!), path).toBe(hash);
  }
  return lines.length;
}

describe('egress export', () => {
  it('writes a folder per device with checksums that verify, keys in a 0600 store reused next time', async () => {
    const out = join(dir, 'bundle');
    const keys = join(dir, 'keys.json');
    expect(await run([sample, '--platform', 'frr,strongswan', '--out', out, '--keys', keys])).toBe(0);
    expect(existsSync(join(out, 'site-a/frr.conf'))).toBe(true);
    expect(existsSync(join(out, 'site-a/swanctl.conf'))).toBe(true);
    expect(statSync(join(out, 'site-a/swanctl.conf')).mode & 0o777).toBe(0o600);
    expect(statSync(keys).mode & 0o777).toBe(0o600);
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8');
    expect(verifySums((p) => readFileSync(join(out, p)), sums)).toBeGreaterThan(10);
    const first = readFileSync(join(out, 'site-a/swanctl.conf'), 'utf8');
    // The key store holds the secret, the design does not.
    expect(readFileSync(sample, 'utf8')).not.toContain(first.match(/secret = "(.*)"/)![1]!);
    const again = join(dir, 'again');
    expect(await run([sample, '--platform', 'strongswan', '--out', again, '--keys', keys])).toBe(0);
    expect(readFileSync(join(again, 'site-a/swanctl.conf'), 'utf8')).toBe(first);
  });

  it('writes a zip whose checksums verify and that lists every device', async () => {
    const zip = join(dir, 'b.zip');
    expect(await run([sample, '--platform', 'all', '--out', zip, '--test-keys'])).toBe(0);
    const files = unzipSync(readFileSync(zip));
    const read = (p: string) => files[`egress-bundle/${p}`];
    verifySums(read, new TextDecoder().decode(read('SHA256SUMS')!));
    const inventory = JSON.parse(new TextDecoder().decode(read('inventory.json')!));
    for (const node of inventory.nodes) expect(read(`${node.id}/frr.conf`), node.id).toBeDefined();
  });

  it('refuses an invalid design with a message naming the problem', async () => {
    const bad = join(dir, 'bad.json');
    const design = JSON.parse(readFileSync(sample, 'utf8'));
    design.links[0].target = 'nowhere';
    writeFileSync(bad, JSON.stringify(design));
    await expect(run([bad, '--out', join(dir, 'x')])).rejects.toThrow(/nowhere/);
    await expect(run([bad, '--out', join(dir, 'x')])).rejects.toBeInstanceOf(CliError);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('lists the known platforms when given an unknown one', () => {
    expect(() => parsePlatforms('frr,vyos')).toThrow(
      /unknown platform 'vyos'; known: frr, ios-xe, junos, eos, wireguard, strongswan/,
    );
    expect(parsePlatforms('all')).toHaveLength(6);
    expect(parsePlatforms('frr, eos')).toEqual(['frr', 'eos']);
  });

  it('needs --out', async () => {
    await expect(run([sample])).rejects.toThrow(/--out is required/);
  });
});
