import { describe, expect, it } from 'vitest';
import { featureDesign, render } from '../ios-xe/test-fixture';
import { eosExporter } from './index';

describe('EOS exporter', () => {
  it('writes maximum-paths with its ECMP size and the router-id tie-break as the design sets them', () => {
    const on = render(
      eosExporter,
      featureDesign((b) => b.settings({ bgp: { maximumPaths: 8, alwaysCompareMed: true, multipathRelax: true } })),
      'hub-1',
    ).text;
    expect(on).toContain('   maximum-paths 8 ecmp 8\n');
    expect(on).toContain('   bgp bestpath tie-break router-id\n');
    expect(on).toContain('   bgp always-compare-med\n');
    expect(on).toContain('   bgp bestpath as-path multipath-relax\n');
    const off = render(
      eosExporter,
      featureDesign((b) => b.settings({ bgp: { maximumPaths: 1, compareRouterId: false } })),
      'hub-1',
    ).text;
    expect(off).toContain('   maximum-paths 1 ecmp 1\n');
    expect(off).not.toContain('tie-break');
  });

  it('applies route-maps on every neighbour, activates it and filters no-transit sessions', () => {
    const { text } = render(eosExporter, featureDesign(), 'site-a');
    const peers = [...text.matchAll(/^ {3}neighbor (\S+) remote-as/gm)].map((m) => m[1]);
    expect(peers.length).toBe(3);
    for (const peer of peers) {
      expect(text).toMatch(new RegExp(`neighbor ${peer!.replace(/\./g, '\\.')} route-map RM-\\S+-IN in`));
      expect(text).toMatch(new RegExp(`neighbor ${peer!.replace(/\./g, '\\.')} route-map RM-\\S+-OUT out`));
      expect(text).toContain(`      neighbor ${peer} activate\n      neighbor ${peer} prefix-list OWN-PREFIXES out`);
    }
    expect(text).toContain(
      'route-map RM-a-h1-IN permit 20\n   description policy weigh-h1\n   set weight 300\n   continue 30\n',
    );
  });

  it('warns about deterministic-med only where MEDs from several ASes can meet', () => {
    const hub = render(eosExporter, featureDesign(), 'hub-1');
    expect(hub.warnings.some((w) => /deterministic-med/.test(w.message))).toBe(true);
    const single = render(eosExporter, featureDesign(), 'inet');
    expect(single.warnings.some((w) => /deterministic-med/.test(w.message))).toBe(false);
  });

  it('sets BFD on the interface and the session', () => {
    const { text } = render(eosExporter, featureDesign(), 'hub-1');
    expect(text).toMatch(
      /interface Ethernet\d+\n {3}description [^\n]*\n {3}no switchport\n {3}ip address \S+\n {3}bfd interval 300 min-rx 300 multiplier 3\n/,
    );
    expect(text).toMatch(/ {3}neighbor \S+ bfd\n/);
  });

  it('expresses PBR as a pbr policy-map on the LAN port, with drop', () => {
    const r = render(eosExporter, featureDesign(), 'site-a');
    expect(r.text).toContain('   10 permit udp any 10.100.0.0/16 range 3478 3481 dscp 46\n');
    expect(r.text).toMatch(
      /policy-map type pbr PBR-site-a\n {3}10 class PBR-site-a-10\n {6}set nexthop \S+\n {3}20 class PBR-site-a-20\n {6}drop\n/,
    );
    expect(r.text).toMatch(/interface Ethernet1\n[\s\S]*? {3}service-policy type pbr input PBR-site-a\n/);
  });

  it('names every IPsec and WireGuard tunnel and SLA probe it cannot express, with what the peer expects', () => {
    const r = render(eosExporter, featureDesign(), 'site-a');
    const ipsec = r.warnings.filter((w) => w.feature === 'ipsec');
    expect(ipsec.map((w) => w.elementId)).toEqual(['a-h2']);
    expect(ipsec[0]?.message).toMatch(/aes256gcm16-prfsha384-ecp384/);
    expect(ipsec[0]?.message).toMatch(/lifetime 15840 s/);
    expect(r.warnings.filter((w) => w.feature === 'wireguard').map((w) => w.elementId)).toEqual(['a-h2-wg']);
    expect(r.warnings.some((w) => w.feature === 'slaProbes' && w.elementId === 'a-h1')).toBe(true);
    // The pre-shared key itself never appears in a warning (warnings end up in README and UI).
    expect(r.warnings.map((w) => w.message).join('\n')).not.toMatch(/[A-Za-z0-9+/]{40,}/);
  });
});
