import { describe, expect, it } from 'vitest';
import { planAddresses } from '../model/addressing';
import { DesignBuilder } from '../model/samples/builder';
import { globalEnterprise } from '../model/samples/global-enterprise';
import type { Design } from '../model/types';
import { buildDevices } from './build';
import type { DeviceModel } from './types';

const at = { x: 0, y: 0, country: 'US' };

/** Two sites sharing AS 65100 (iBGP between them), a hub, a cloud and the internet. */
function small(): Design {
  return new DesignBuilder('small')
    .site('s1', { ...at, name: 'Site 1', asn: 65100, prefixes: ['10.1.0.0/16'], tags: ['us'] })
    .site('s2', { ...at, name: 'Site 2', asn: 65100, prefixes: ['10.2.0.0/16'] })
    .hub('h1', { ...at, name: 'Hub 1', asn: 65010 })
    .cloud('c1', {
      ...at,
      name: 'Cloud',
      asn: 64512,
      provider: 'aws',
      region: 'us-east-1',
      prefixes: ['10.100.0.0/16'],
    })
    .internet('inet', { ...at, name: 'Internet', asn: 64900, prefixes: ['0.0.0.0/0'] })
    .link('s1-s2', 's1', 's2', 'mpls', { mechanism: 'bfd' })
    .link('s1-h1', 's1', 'h1', 'internet', { encapsulation: 'wireguard' })
    .link('s2-h1', 's2', 'h1', 'internet', { encapsulation: 'ipsec' })
    .link('h1-c1', 'h1', 'c1', 'cloud-interconnect')
    .link('h1-inet', 'h1', 'inet', 'internet', { mechanism: 'bgp' })
    .bgpPolicy({ id: 'first', router: 'tag:us', neighbor: 'h1', direction: 'in', set: { localPref: 150, med: 5 } })
    .bgpPolicy({ id: 'second', router: 's1', direction: 'in', prefixes: ['10.100.0.0/16'], set: { localPref: 300 } })
    .bgpPolicy({ id: 'prepend', router: 'h1', neighbor: 'tag:us', direction: 'out', set: { asPathPrepend: 2 } })
    .bgpPolicy({ id: 'weight-out', router: 'h1', neighbor: 'c1', direction: 'out', set: { weight: 10 } })
    .build();
}

const device = (devices: DeviceModel[], id: string) => devices.find((d) => d.nodeId === id)!;

describe('buildDevices', () => {
  it('makes one session per link on the addressing plan, eBGP or iBGP by ASN', () => {
    const design = small();
    const plan = planAddresses(design);
    const { devices, problems } = buildDevices(design);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const link of design.links) {
      const a = device(devices, link.source).bgp.neighbors.filter((n) => n.linkId === link.id);
      const b = device(devices, link.target).bgp.neighbors.filter((n) => n.linkId === link.id);
      expect(a).toHaveLength(1);
      expect(b).toHaveLength(1);
      expect(a[0]!.localAddress).toBe(plan.links[link.id]!.sourceAddress);
      expect(a[0]!.peerAddress).toBe(plan.links[link.id]!.targetAddress);
      expect(b[0]!.peerAddress).toBe(a[0]!.localAddress);
    }
    const ibgp = device(devices, 's1').bgp.neighbors.find((n) => n.linkId === 's1-s2')!;
    expect(ibgp).toMatchObject({ type: 'ibgp', nextHopSelf: true, remoteAsn: 65100 });
    const ebgp = device(devices, 's1').bgp.neighbors.find((n) => n.linkId === 's1-h1')!;
    expect(ebgp).toMatchObject({ type: 'ebgp', nextHopSelf: false, remoteAsn: 65010 });
    for (const d of devices) {
      expect(d.routerId).toBe(plan.routers[d.nodeId]!.routerId);
      expect(d.interfaces.find((i) => i.name === 'lo')?.address).toBe(plan.routers[d.nodeId]!.loopback);
    }
  });

  it('lets only hubs (and transit nodes) pass learned routes to other ASes', () => {
    const { devices } = buildDevices(small());
    for (const id of ['s1', 's2', 'c1', 'inet']) {
      const d = device(devices, id);
      for (const n of d.bgp.neighbors) {
        expect(n.outFilter, `${id} ${n.linkId}`).toBe(n.type === 'ebgp' ? 'OWN-PREFIXES' : undefined);
      }
      const own = d.prefixLists.find((l) => l.name === 'OWN-PREFIXES')!;
      expect(own.entries.map((e) => [e.action, e.prefix, e.le])).toEqual(
        d.bgp.networks.map((p) => ['permit', p, undefined]),
      );
    }
    for (const n of device(devices, 'h1').bgp.neighbors) expect(n.outFilter).toBeUndefined();

    const transit = small();
    const site = transit.nodes.find((n) => n.id === 's1')!;
    if (site.kind === 'site') site.transit = true;
    for (const n of device(buildDevices(transit).devices, 's1').bgp.neighbors) expect(n.outFilter).toBeUndefined();
  });

  it('turns policies into route-map entries in document order that continue, ending in a permit', () => {
    const { devices, problems } = buildDevices(small());
    const s1 = device(devices, 's1');
    const toHub = s1.bgp.neighbors.find((n) => n.linkId === 's1-h1')!;
    const inMap = s1.routeMaps.find((m) => m.name === toHub.routeMapIn)!;
    expect(inMap.entries).toEqual([
      { seq: 10, action: 'permit', set: { localPref: 150, med: 5 }, continueNext: true, source: 'first' },
      {
        seq: 20,
        action: 'permit',
        matchPrefixList: 'PL-second',
        set: { localPref: 300 },
        continueNext: true,
        source: 'second',
      },
      { seq: 30, action: 'permit', set: {}, continueNext: false },
    ]);
    expect(s1.prefixLists.find((l) => l.name === 'PL-second')!.entries).toEqual([
      { seq: 10, action: 'permit', prefix: '10.100.0.0/16', le: 32 },
    ]);
    // `first` names neighbour h1: the iBGP session to s2 gets only `second`.
    const toS2 = s1.bgp.neighbors.find((n) => n.linkId === 's1-s2')!;
    expect(s1.routeMaps.find((m) => m.name === toS2.routeMapIn)!.entries.map((e) => e.source)).toEqual([
      'second',
      undefined,
    ]);
    const h1 = device(devices, 'h1');
    const toUs = h1.bgp.neighbors.find((n) => n.linkId === 's1-h1')!;
    expect(h1.routeMaps.find((m) => m.name === toUs.routeMapOut)!.entries[0]!.set).toEqual({
      asPathPrepend: { asn: 65010, count: 2 },
    });
    // Weight is local: refused outbound, with a warning naming the policy.
    const toCloud = h1.bgp.neighbors.find((n) => n.linkId === 'h1-c1')!;
    expect(h1.routeMaps.find((m) => m.name === toCloud.routeMapOut)!.entries).toHaveLength(1);
    expect(problems.some((p) => p.elementId === 'weight-out' && p.severity === 'warning')).toBe(true);
  });

  it('takes router knobs from settings.bgp, overridden per node', () => {
    const design = small();
    design.settings.bgp.maximumPaths = 8;
    design.settings.bgp.compareRouterId = false;
    design.nodes.find((n) => n.id === 'h1')!.bgp = { maximumPaths: 2, deterministicMed: true };
    const { devices } = buildDevices(design);
    expect(device(devices, 's1').bgp).toMatchObject({
      maximumPaths: 8,
      compareRouterId: false,
      deterministicMed: false,
    });
    expect(device(devices, 'h1').bgp).toMatchObject({
      maximumPaths: 2,
      compareRouterId: false,
      deterministicMed: true,
    });
  });

  it('sets link timers, BFD on BFD links, and lab timers on request', () => {
    const design = small();
    const normal = buildDevices(design).devices;
    const n = device(normal, 's1').bgp.neighbors.find((x) => x.linkId === 's1-s2')!;
    expect(n.timers).toEqual({ keepaliveS: 60, holdS: 180 });
    expect(n.bfd).toBe(true);
    expect(device(normal, 's1').bfdPeers.map((p) => [p.linkId, p.intervalMs, p.multiplier])).toContainEqual([
      's1-s2',
      300,
      3,
    ]);
    expect(device(normal, 'h1').bgp.neighbors.find((x) => x.linkId === 'h1-inet')!.bfd).toBe(false);

    const fast = buildDevices(design, { fastTimers: true }).devices;
    const f = device(fast, 's1').bgp.neighbors.find((x) => x.linkId === 's1-s2')!;
    expect(f.timers).toEqual({ keepaliveS: 1, holdS: 3, connectRetryS: 1, advertisementIntervalS: 0 });
    expect(device(fast, 's2').bfdPeers.find((p) => p.linkId === 's1-s2')).toMatchObject({
      intervalMs: 100,
      multiplier: 3,
    });
  });

  it('describes both ends of every tunnel consistently', () => {
    const { devices } = buildDevices(small());
    const wgA = device(devices, 's1').tunnels.find((t) => t.linkId === 's1-h1')!;
    const wgB = device(devices, 'h1').tunnels.find((t) => t.linkId === 's1-h1')!;
    expect(wgA.kind).toBe('wireguard');
    expect(wgA.local).toEqual(wgB.remote);
    expect(wgA.remote).toEqual(wgB.local);
    expect(wgA.wireguard!.localKeyRef).toBe(wgB.wireguard!.remoteKeyRef);
    expect(wgA.wireguard!.listenPort).toBe(wgB.wireguard!.remoteListenPort);
    expect(wgA.local.interfaceName).toBe('wg0');

    const ipA = device(devices, 's2').tunnels.find((t) => t.linkId === 's2-h1')!;
    const ipB = device(devices, 'h1').tunnels.find((t) => t.linkId === 's2-h1')!;
    expect(ipA.ipsec!.pskRef).toBe(ipB.ipsec!.pskRef);
    expect([ipA.ipsec!.initiator, ipB.ipsec!.initiator].sort()).toEqual([false, true]);
    expect(ipA.ipsec!.ike.lifetimeS).toBeGreaterThan(ipA.ipsec!.ike.rekeyS);
    expect(ipA.ipsec!.esp.lifetimeS).toBeGreaterThan(ipA.ipsec!.esp.rekeyS);
    expect(ipA.local.interfaceName).toBe('xfrm0');
    expect(ipA.ipsec!.ifId).toBe(1);
  });

  it('steers PBR rules to the neighbour on the way to the egress hub', () => {
    const { devices } = buildDevices(globalEnterprise());
    const sha = device(devices, 'site-sha');
    const link = sha.bgp.neighbors.find((n) => n.peerNodeId === 'hub-sha')!;
    expect(sha.pbr).toMatchObject({ name: 'PBR-site-sha', interfaces: ['lan0'] });
    expect(sha.pbr!.rules).toEqual([
      expect.objectContaining({
        ruleId: 'china-cloud-local',
        match: { protocol: 'any', destinationPrefix: '10.120.0.0/16' },
        action: {
          kind: 'next-hop',
          address: link.peerAddress,
          interfaceName: link.interfaceName,
          peerNodeId: 'hub-sha',
        },
      }),
    ]);
    expect(sha.interfaces.some((i) => i.name === 'lan0')).toBe(true);
  });

  it('reports a PBR hub that is not a neighbour instead of inventing a next hop', () => {
    const design = small();
    design.pbrRules.push({
      id: 'far',
      appliesTo: ['s1'],
      match: { dscp: [], protocol: 'any', ports: [], destinationPrefixes: ['10.100.0.0/16'] },
      action: { egressHub: 'c1' },
    });
    const without = buildDevices(design);
    expect(device(without.devices, 's1').pbr!.rules).toEqual([]);
    expect(without.problems.some((p) => p.elementId === 'far')).toBe(true);
    const withPath = buildDevices(design, { nextHopToward: () => 'h1' });
    expect(device(withPath.devices, 's1').pbr!.rules[0]!.action).toMatchObject({ kind: 'next-hop', peerNodeId: 'h1' });
  });

  it('warns when several policies prepend on one session (routers add prepends up)', () => {
    const design = small();
    design.bgpPolicies.push({
      id: 'prepend-more',
      router: 'h1',
      neighbor: 's1',
      direction: 'out',
      prefixes: ['10.100.0.0/16'],
      set: { asPathPrepend: 1 },
    });
    const { problems } = buildDevices(design);
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        elementId: 'prepend-more',
        message: expect.stringMatching(/'prepend', 'prepend-more'/),
      }),
    );
    expect(buildDevices(small()).problems.some((p) => p.message.includes('prepend'))).toBe(false);
  });
});
