import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDevices } from '../../devices/build';
import { DesignBuilder } from '../../model/samples/builder';
import { globalEnterprise } from '../../model/samples/global-enterprise';
import { deterministicKeySource } from '../keys/deterministic';
import { sha256Hex } from './checksums';
import { BundleError, exportBundle } from './export';
import { defaultPlatforms, platformsFor } from './select';
import { zipBundle } from './zip';

const keys = deterministicKeySource('bundle-test', '2026-03-01T10:00:00.000Z');
const generatedAt = '2026-04-01T00:00:00.000Z';

describe('exportBundle', () => {
  const bundle = exportBundle(globalEnterprise(), { keys, generatedAt });
  const file = (path: string) => bundle.files.find((f) => f.path === path)?.content;

  it('has a folder per device, README, inventory and checksums of every other file', () => {
    for (const device of bundle.devices) expect(file(`${device.hostname}/frr.conf`), device.hostname).toBeDefined();
    expect(file('site-dal/wg0.conf')).toBeDefined();
    expect(file('site-dal/swanctl.conf')).toBeDefined();
    const sums = file('SHA256SUMS')!.trim().split('\n');
    expect(sums).toHaveLength(bundle.files.length - 1);
    for (const line of sums) {
      const [hash, path] = line.split('  ');
      expect(sha256Hex(file(path!)!), path).toBe(hash);
    }
  });

  it('lists nodes, sessions, tunnels and files in inventory.json', () => {
    const inventory = JSON.parse(file('inventory.json')!);
    const design = globalEnterprise();
    expect(inventory.nodes.map((n: { id: string }) => n.id)).toEqual(design.nodes.map((n) => n.id));
    expect(inventory.sessions.map((s: { link: string }) => s.link).sort()).toEqual(
      design.links.map((l) => l.id).sort(),
    );
    expect(inventory.tunnels).toHaveLength(design.links.filter((l) => l.encapsulation !== 'none').length);
    for (const f of inventory.files) expect(sha256Hex(file(f.path)!)).toBe(f.sha256);
  });

  it('says in the README when WireGuard keys are due, and every warning', () => {
    const readme = file('README.md')!;
    expect(readme).toContain('| site-dal | wg0 | dal-ash-wg | 2026-03-01 | 2026-05-30 |');
    expect(readme).toContain('## Deploy order');
    expect(readme).toContain(
      '| nyc-ash-mpls | ebgp | site-nyc 10.254.0.0 (AS65101) | hub-ash 10.254.0.1 (AS65010) | 60/180 s | 300 ms x 3 |',
    );
    expect(bundle.warnings.length).toBeGreaterThan(0);
    for (const w of bundle.warnings) expect(readme).toContain(w.message.slice(0, 40));
  });

  it('zips to the same bytes every time, with every file inside', () => {
    const a = zipBundle(bundle.files);
    expect(zipBundle(bundle.files)).toEqual(a);
    const entries = unzipSync(a);
    expect(Object.keys(entries).sort()).toEqual(bundle.files.map((f) => `egress-bundle/${f.path}`).sort());
  });

  it('warns about tunnels no chosen platform configures', () => {
    const frrOnly = exportBundle(globalEnterprise(), { keys, generatedAt, platforms: ['frr'] });
    const tunnelWarnings = frrOnly.warnings.filter((w) => w.message.includes('is in none of the exported files'));
    expect(tunnelWarnings.map((w) => `${w.device}:${w.elementId}`)).toContain('site-dal:dal-ash-wg');
    expect(tunnelWarnings.map((w) => `${w.device}:${w.elementId}`)).toContain('site-dal:dal-ams-ipsec');
    expect(bundle.warnings.some((w) => w.message.includes('is in none of the exported files'))).toBe(false);
  });

  it('refuses a design with errors, naming the element', () => {
    const design = globalEnterprise();
    design.links.push({ ...design.links[0]!, id: 'dangling', target: 'nowhere' });
    expect(() => exportBundle(design, { keys, generatedAt })).toThrow(
      /dangling: link 'dangling' connects to 'nowhere'/,
    );
  });

  it('refuses a design whose addressing plan is broken, naming the element', () => {
    const design = new DesignBuilder('broken')
      .site('s1', { name: 'S1', country: 'DE', asn: 65001, x: 0, y: 0 })
      .hub('h1', { name: 'H1', country: 'DE', asn: 65002, x: 0, y: 0 })
      .link('l1', 's1', 'h1', 'mpls', { addressing: { subnet: '10.9.0.0/31', sourceAddress: '10.8.0.1' } })
      .build();
    expect(() => exportBundle(design, { keys, generatedAt })).toThrow(BundleError);
    expect(() => exportBundle(design, { keys, generatedAt })).toThrow(/l1: 10\.8\.0\.1 is not inside 10\.9\.0\.0\/31/);
  });
});

describe('platform choice', () => {
  const { devices } = buildDevices(globalEnterprise());
  const dal = devices.find((d) => d.nodeId === 'site-dal')!;
  const hubSha = devices.find((d) => d.nodeId === 'hub-sha')!;

  it('defaults to the node platform plus its tunnel files', () => {
    expect(defaultPlatforms(dal)).toEqual(['frr', 'wireguard', 'strongswan']);
    expect(defaultPlatforms(hubSha)).toEqual(['frr']);
    expect(defaultPlatforms({ ...dal, platform: 'junos' })).toEqual(['junos', 'wireguard']);
    expect(defaultPlatforms({ ...dal, platform: 'eos' })).toEqual(['eos', 'wireguard', 'strongswan']);
  });

  it('takes a list for every device or a choice per device', () => {
    expect(platformsFor(dal, ['eos'])).toEqual(['eos']);
    expect(platformsFor(dal, { 'site-dal': ['ios-xe'] })).toEqual(['ios-xe']);
    expect(platformsFor(hubSha, { 'site-dal': ['ios-xe'] })).toEqual(['frr']);
  });
});
