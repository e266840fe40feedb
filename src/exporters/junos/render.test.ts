import { describe, expect, it } from 'vitest';
import { featureDesign, render } from '../ios-xe/test-fixture';
import { junosExporter } from './index';

function braceDepths(text: string): number[] {
  let depth = 0;
  const depths: number[] = [];
  for (const line of text.replace(/\/\*[\s\S]*?\*\//g, '').split('\n')) {
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    depths.push(depth);
  }
  return depths;
}

describe('Junos exporter', () => {
  it('produces balanced braces and only `;`-terminated statements', () => {
    for (const node of ['site-a', 'hub-1', 'hub-2', 'inet']) {
      const { text } = render(junosExporter, featureDesign(), node);
      const depths = braceDepths(text);
      expect(Math.min(...depths), node).toBe(0);
      expect(depths.at(-1), node).toBe(0);
      const body = text.replace(/\/\*[\s\S]*?\*\//g, '');
      for (const line of body.split('\n').filter((l) => l.trim())) expect(line, node).toMatch(/(\{|\}|;)$/);
    }
  });

  it('exports only originated and BGP-learned routes, then the no-transit filter, then the route-map', () => {
    const { text } = render(junosExporter, featureDesign(), 'site-a');
    expect(text).toMatch(/export \[ EGRESS-SOURCES FILTER-OWN-PREFIXES RM-a-h1-OUT \];/);
    expect(text).toMatch(
      /term originated \{\s+from \{\s+protocol static;\s+route-filter-list EGRESS-NETWORKS;\s+\}\s+then next policy;/,
    );
    expect(text).toMatch(/route-filter-list OWN-PREFIXES \{\s+10\.1\.0\.0\/16 exact;/);
    expect(text).toContain('route 10.1.0.0/16 discard;');
  });

  it('turns route-map entries into terms that continue, accept, and end in an explicit reject', () => {
    const r = render(junosExporter, featureDesign(), 'site-a');
    expect(r.text).toMatch(
      /policy-statement RM-a-h1-IN \{\s+term s10 \{\s+from route-filter-list PL-prefer-h1;\s+then \{\s+local-preference 200;\s+next term;/,
    );
    expect(r.text).toMatch(/route-filter-list PL-prefer-h1 \{\s+10\.100\.0\.0\/16 orlonger;/);
    expect(r.text).toMatch(/term implicit-deny \{\s+then reject;/);
    // Junos has no weight: warned, not silently dropped.
    expect(r.warnings.some((w) => w.feature === 'routeMaps' && /weight 300/.test(w.message))).toBe(true);
    const hub2 = render(junosExporter, featureDesign(), 'hub-2').text;
    expect(hub2).toMatch(/metric 50;\s+as-path-prepend "65020 65020";\s+next term;/);
  });

  it('sets multipath, ECMP forwarding, path-selection, hold time and BFD', () => {
    const r = render(
      junosExporter,
      featureDesign((b) => b.settings({ bgp: { maximumPaths: 2, multipathRelax: true } })),
      'hub-1',
    );
    expect(r.text).toMatch(/multipath \{\s+multiple-as;/);
    expect(r.text).toMatch(/forwarding-table \{\s+export EGRESS-ECMP;/);
    expect(r.text).toMatch(/policy-statement EGRESS-ECMP \{\s+then \{\s+load-balance per-packet;/);
    expect(r.text).toContain('path-selection external-router-id;');
    expect(r.text).toContain('hold-time 180;');
    expect(r.text).toMatch(/bfd-liveness-detection \{\s+minimum-interval 300;\s+multiplier 3;/);
    // Three sessions, a cap of two: Junos cannot enforce it, and says so; a cap of four cannot bind.
    expect(r.warnings.some((w) => /no per-protocol limit/.test(w.message))).toBe(true);
    const roomy = render(
      junosExporter,
      featureDesign((b) => b.settings({ bgp: { maximumPaths: 4 } })),
      'hub-1',
    );
    expect(roomy.warnings.some((w) => /no per-protocol limit/.test(w.message))).toBe(false);
    const single = render(
      junosExporter,
      featureDesign((b) => b.settings({ bgp: { maximumPaths: 1 } })),
      'hub-1',
    ).text;
    expect(single).not.toMatch(/multipath|EGRESS-ECMP/);
  });

  it('builds SRX IKEv2/IPsec with AES-256-GCM, SHA-384, group 20, lifetimes, DPD and an st0 unit', () => {
    const { text } = render(junosExporter, featureDesign(), 'site-a');
    expect(text).toMatch(
      /proposal EGRESS-IKE \{\s+authentication-method pre-shared-keys;\s+dh-group group20;\s+authentication-algorithm sha-384;\s+encryption-algorithm aes-256-gcm;\s+lifetime-seconds 15840;/,
    );
    expect(text).toMatch(
      /proposal EGRESS-ESP \{\s+protocol esp;\s+encryption-algorithm aes-256-gcm;\s+lifetime-seconds 3960;/,
    );
    expect(text).toMatch(/perfect-forward-secrecy \{\s+keys group20;/);
    expect(text).toMatch(/dead-peer-detection \{\s+probe-idle-tunnel;\s+interval 10;\s+threshold 4;/);
    expect(text).toMatch(/vpn VPN-a-h2 \{\s+bind-interface st0\.1;[\s\S]*?establish-tunnels immediately;/);
    expect(text).toMatch(/st0 \{\s+unit 1 \{\s+description "[^"]*";\s+family inet \{\s+address \S+\/31;/);
    expect(text).toMatch(/security-zone vpn \{[\s\S]*?st0\.1;/);
    const responder = render(junosExporter, featureDesign(), 'hub-2').text;
    expect(responder).not.toContain('establish-tunnels immediately');
  });

  it('implements PBR as filter-based forwarding on the LAN port, with drop as discard', () => {
    const r = render(junosExporter, featureDesign(), 'site-a');
    expect(r.text).toMatch(
      /ge-0\/0\/0 \{\s+unit 0 \{\s+description "[^"]*";\s+family inet \{\s+filter \{\s+input PBR-site-a;/,
    );
    expect(r.text).toMatch(
      /term r10 \{\s+from \{\s+destination-address \{\s+10\.100\.0\.0\/16;\s+\}\s+protocol udp;\s+destination-port 3478-3481;\s+dscp 46;\s+\}\s+then \{\s+routing-instance PBR-NH-/,
    );
    expect(r.text).toMatch(/then discard;/);
    expect(r.text).toMatch(
      /instance-type forwarding;\s+routing-options \{\s+static \{\s+route 0\.0\.0\.0\/0 next-hop /,
    );
    expect(r.text).toMatch(/rib-group inet EGRESS-PBR;/);
    // The probe-tracked rule cannot follow its probe on Junos: said so.
    expect(r.warnings.some((w) => w.feature === 'slaProbes' && w.elementId === 'video-h1')).toBe(true);
  });

  it('warns about WireGuard, naming the link', () => {
    const r = render(junosExporter, featureDesign(), 'hub-2');
    expect(r.warnings.filter((w) => w.feature === 'wireguard').map((w) => w.elementId)).toEqual(['a-h2-wg']);
  });
});
