import { describe, expect, it } from 'vitest';
import { iosXeExporter } from './index';
import { featureDesign, render } from './test-fixture';

const lines = (text: string) => text.split('\n');

describe('IOS-XE exporter', () => {
  it('writes maximum-paths for eBGP and iBGP and the best-path knobs exactly as the design sets them', () => {
    const on = render(
      iosXeExporter,
      featureDesign((b) =>
        b.settings({
          bgp: {
            maximumPaths: 2,
            compareRouterId: true,
            deterministicMed: true,
            alwaysCompareMed: true,
            multipathRelax: true,
          },
        }),
      ),
      'site-a',
    ).text;
    expect(lines(on)).toEqual(
      expect.arrayContaining([
        '  maximum-paths 2',
        '  maximum-paths ibgp 2',
        ' bgp bestpath compare-routerid',
        ' bgp deterministic-med',
        ' bgp always-compare-med',
        ' bgp bestpath as-path multipath-relax',
      ]),
    );
    const off = render(
      iosXeExporter,
      featureDesign((b) => b.settings({ bgp: { maximumPaths: 1, compareRouterId: false } })),
      'site-a',
    ).text;
    expect(lines(off)).toEqual(
      expect.arrayContaining(['  maximum-paths 1', ' no bgp bestpath compare-routerid', ' no bgp deterministic-med']),
    );
    expect(off).not.toContain('multipath-relax');
  });

  it('caps maximum-paths at 32 with a warning', () => {
    const r = render(
      iosXeExporter,
      featureDesign((b) => b.settings({ bgp: { maximumPaths: 64 } })),
      'site-a',
    );
    expect(r.text).toContain('  maximum-paths 32\n');
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/maximum-paths 64 exceeds/);
  });

  it('applies explicit in/out route-maps and the no-transit prefix-list on every session', () => {
    const r = render(iosXeExporter, featureDesign(), 'site-a').text;
    for (const peer of r.matchAll(/^ neighbor (\S+) remote-as/gm)) {
      expect(r).toContain(`  neighbor ${peer[1]} route-map RM-`);
      expect(r).toMatch(new RegExp(`  neighbor ${peer[1]!.replace(/\./g, '\\.')} route-map \\S+ out`));
      expect(r).toContain(`  neighbor ${peer[1]} prefix-list OWN-PREFIXES out`);
    }
  });

  it('chains policy entries with continue to the next sequence so attributes accumulate', () => {
    const r = render(iosXeExporter, featureDesign(), 'site-a').text;
    expect(r).toContain(
      [
        'route-map RM-a-h1-IN permit 10',
        ' description policy prefer-h1',
        ' match ip address prefix-list PL-prefer-h1',
        ' set local-preference 200',
        ' continue 20',
      ].join('\n'),
    );
    expect(r).toContain(
      ['route-map RM-a-h1-IN permit 20', ' description policy weigh-h1', ' set weight 300', ' continue 30'].join('\n'),
    );
    expect(r).toContain('route-map RM-a-h1-IN permit 30\n!');
    expect(r).toContain('ip prefix-list PL-prefer-h1 seq 10 permit 10.100.0.0/16 le 32');
    const hub2 = render(iosXeExporter, featureDesign(), 'hub-2').text;
    expect(hub2).toContain(' set metric 50\n set as-path prepend 65020 65020\n');
  });

  it('builds IKEv2 AES-256-GCM / PRF SHA-384 / group 20 with lifetimes, DPD and a VTI per IPsec link', () => {
    const r = render(iosXeExporter, featureDesign(), 'site-a').text;
    expect(r).toContain('crypto ikev2 proposal EGRESS-IKEV2\n encryption aes-gcm-256\n prf sha384\n group 20\n');
    expect(r).toContain('crypto ipsec transform-set EGRESS-ESP-GCM256 esp-gcm 256\n mode tunnel');
    expect(r).toMatch(/crypto ikev2 profile IKEV2-a-h2\n[\s\S]*? lifetime 15840\n dpd 10 6 periodic\n/);
    expect(r).toMatch(
      /crypto ipsec profile IPSEC-a-h2\n set transform-set EGRESS-ESP-GCM256\n set pfs group20\n set security-association lifetime seconds 3960\n/,
    );
    expect(r).toMatch(
      /interface Tunnel1\n[\s\S]*? tunnel source Loopback0\n tunnel mode ipsec ipv4\n tunnel destination \S+\n tunnel protection ipsec profile IPSEC-a-h2\n/,
    );
    expect(r).not.toMatch(/aes-cbc-128|sha1|group 2\b|group 14/);
  });

  it('tracks the probed next hop of a PBR rule with IP SLA and verify-availability, and drops with Null0', () => {
    const r = render(iosXeExporter, featureDesign(), 'site-a');
    expect(r.text).toMatch(
      /ip sla 1\n icmp-echo \S+ source-ip \S+\n threshold 1000\n timeout 1000\n frequency 1\nip sla schedule 1 life forever start-time now\ntrack 1 ip sla 1 reachability\n delay down 4\n/,
    );
    expect(r.text).toMatch(/ set ip next-hop verify-availability \S+ 1 track 1\n/);
    expect(r.text).toContain(' permit udp any 10.100.0.0 0.0.255.255 range 3478 3481 dscp 46\n');
    expect(r.text).toContain(' permit ip any 10.66.0.0 0.0.255.255\n');
    expect(r.text).toContain(' set interface Null0\n');
    expect(r.text).toMatch(
      /interface GigabitEthernet1\n description [^\n]*\n no ip address\n ip policy route-map PBR-site-a\n/,
    );
    expect(r.warnings.some((w) => w.feature === 'slaProbes' && /500 ms cannot be expressed/.test(w.message))).toBe(
      true,
    );
  });

  it('sets BFD per interface and on the session, clamping intervals IOS-XE cannot take', () => {
    const r = render(iosXeExporter, featureDesign(), 'hub-1').text;
    expect(r).toMatch(/ bfd interval 300 min_rx 300 multiplier 3\n/);
    expect(r).toMatch(/ neighbor \S+ fall-over bfd\n/);
    const design = featureDesign();
    const backbone = design.links.find((l) => l.id === 'h1-h2')!;
    backbone.detection = { ...backbone.detection, bfdIntervalMs: 20 };
    const fast = render(iosXeExporter, design, 'hub-1');
    expect(fast.text).toContain(' bfd interval 50 min_rx 50 multiplier 3');
    expect(fast.warnings.some((w) => w.feature === 'bfd' && /20 ms/.test(w.message))).toBe(true);
  });

  it('warns that WireGuard cannot be expressed, naming the link, and exports no interface for it', () => {
    const r = render(iosXeExporter, featureDesign(), 'site-a');
    const wg = r.warnings.filter((w) => w.feature === 'wireguard');
    expect(wg).toHaveLength(1);
    expect(wg[0]?.elementId).toBe('a-h2-wg');
    expect(r.text).toContain('!   (not exported)       = model wg0');
  });
});
