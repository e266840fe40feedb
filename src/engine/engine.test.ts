// End-to-end: the control plane on real designs (MED across neighbour ASes, ECMP with and
// without multipath-relax, First path received), the sample's story, failure scenarios and
// convergence, and bad input that must give diagnostics rather than exceptions or hangs.
import { describe, expect, it } from 'vitest';
import type { Design } from '../model';
import { DesignBuilder } from '../model/samples/builder';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { computeDesign, computeScenario, createEngine } from './pipeline';
import { resilienceSweep } from './sweep';

/** The destination both fixtures reach: an AWS region originating 10.100.0.0/16. */
function addCloud(b: DesignBuilder): void {
  b.cloud('cloud', {
    name: 'C',
    country: 'US',
    asn: 64512,
    x: 2,
    y: 0,
    provider: 'aws',
    region: 'r1',
    prefixes: ['10.100.0.0/16'],
  });
}

/** A site behind two hubs (different ASes) that both reach one cloud; `hubLinks` per hub. */
function dualHub(opts: { relax?: boolean; alwaysMed?: boolean; meds?: [number, number]; sameHubTwice?: boolean } = {}) {
  const b = new DesignBuilder('dual');
  b.site('site', { name: 'S', country: 'US', asn: 65101, x: 0, y: 0, prefixes: ['10.1.0.0/16'] });
  b.hub('hub-1', { name: 'H1', country: 'US', asn: 65010, x: 1, y: 0 });
  b.hub('hub-2', { name: 'H2', country: 'US', asn: 65020, x: 1, y: 1 });
  addCloud(b);
  b.link('s-h1', 'site', 'hub-1', 'mpls');
  if (opts.sameHubTwice) b.link('s-h1-b', 'site', 'hub-1', 'internet');
  else b.link('s-h2', 'site', 'hub-2', 'mpls');
  b.link('h1-c', 'hub-1', 'cloud', 'cloud-interconnect');
  b.link('h2-c', 'hub-2', 'cloud', 'cloud-interconnect');
  if (opts.meds) {
    b.bgpPolicy({ id: 'm1', router: 'hub-1', neighbor: 'site', direction: 'out', set: { med: opts.meds[0] } });
    b.bgpPolicy({ id: 'm2', router: 'hub-2', neighbor: 'site', direction: 'out', set: { med: opts.meds[1] } });
  }
  b.trafficClass({ id: 'all', name: 'All', color: '#000000', defaultDemandMbps: 10 });
  const design = b.build();
  design.settings.bgp.multipathRelax = opts.relax ?? false;
  design.settings.bgp.alwaysCompareMed = opts.alwaysMed ?? false;
  return design;
}

const rib = (design: Design, node: string, prefix: string) => computeDesign(design).result.ribs[node]![prefix]!;

describe('control plane', () => {
  it('MED is compared only between paths from the same neighbour AS', () => {
    const entry = rib(dualHub({ meds: [50, 10] }), 'site', '10.100.0.0/16');
    expect(entry.best!.fromNode).toBe('hub-1'); // lower router-id; MED not compared across ASes
    expect(entry.rivals[0]!.beatenAt).toBe('Router ID');
    const always = rib(dualHub({ meds: [50, 10], alwaysMed: true }), 'site', '10.100.0.0/16');
    expect(always.best!.fromNode).toBe('hub-2');
    expect(always.rivals[0]!.beatenAt).toBe('MED');
  });

  it('a transit router does not pass MED on; an originated prefix carries MED 0', () => {
    const entry = rib(dualHub(), 'site', '10.100.0.0/16');
    expect(entry.best!.med).toBeNull();
    expect(rib(dualHub(), 'hub-1', '10.100.0.0/16').best!.med).toBe(0);
  });

  it('ECMP across two neighbour ASes needs multipath-relax', () => {
    expect(rib(dualHub(), 'site', '10.100.0.0/16').ecmp).toHaveLength(1);
    const relaxed = computeDesign(dualHub({ relax: true })).result;
    expect(relaxed.ribs.site!['10.100.0.0/16']!.ecmp).toHaveLength(2);
    const f = relaxed.flows.find((x) => x.destination === 'cloud')!;
    expect(f.paths.map((p) => p.share)).toEqual([0.5, 0.5]);
  });

  it('two sessions to the same neighbour AS are ECMP without relax', () => {
    expect(rib(dualHub({ sameHubTwice: true }), 'site', '10.100.0.0/16').ecmp).toHaveLength(2);
  });

  it('a single path is "First path received"', () => {
    const entry = rib(dualHub(), 'hub-1', '10.1.0.0/16');
    expect(entry.candidates).toHaveLength(1);
    expect(entry.possibleReasons).toEqual(['First path received']);
  });

  it('sites give no transit: hub-2 never learns the cloud via the site', () => {
    const entry = rib(dualHub(), 'hub-2', '10.100.0.0/16');
    expect(entry.candidates.map((c) => c.fromNode)).toEqual(['cloud']);
  });

  it('without compare-routerid an eBGP tie is reported as arrival-order dependent', () => {
    const design = dualHub();
    design.settings.bgp.compareRouterId = false;
    const entry = rib(design, 'site', '10.100.0.0/16');
    expect(entry.arrivalOrderDependent).toBe(true);
    expect(entry.possibleReasons).toContain('Older Path');
  });
});

interface AsnOptions {
  allowasIn?: number;
  asOverride?: boolean;
}

/** site-a (AS 65100) and site-b (AS `siteBAsn`) both behind one hub (AS 65010). */
function twoSitesBehindHub(name: string, siteBAsn: number): DesignBuilder {
  const b = new DesignBuilder(name);
  b.site('site-a', { name: 'A', country: 'US', asn: 65100, x: 0, y: 0, prefixes: ['10.1.0.0/16'] });
  b.site('site-b', { name: 'B', country: 'US', asn: siteBAsn, x: 0, y: 1, prefixes: ['10.2.0.0/16'] });
  b.hub('hub', { name: 'H', country: 'US', asn: 65010, x: 1, y: 0 });
  b.link('a-hub', 'site-a', 'hub', 'mpls');
  b.link('b-hub', 'site-b', 'hub', 'mpls');
  return b;
}

/** allowas-in on the receiving site, as-override on the hub. */
function withAsnOptions(design: Design, receiver: string, opts: AsnOptions): Design {
  if (opts.allowasIn) design.nodes.find((n) => n.id === receiver)!.bgp.allowasIn = opts.allowasIn;
  if (opts.asOverride) design.nodes.find((n) => n.id === 'hub')!.bgp.asOverride = true;
  return design;
}

describe('sites sharing one ASN', () => {
  function shared(opts: AsnOptions) {
    const b = twoSitesBehindHub('shared asn', 65100);
    return computeDesign(withAsnOptions(b.build(), 'site-b', opts)).result.ribs['site-b']!['10.1.0.0/16'];
  }
  it('rejects a path carrying its own AS (loop prevention)', () => {
    expect(shared({})).toBeUndefined();
  });
  it('accepts it with allowas-in', () => {
    expect(shared({ allowasIn: 1 })!.best!.asPath).toEqual([65010, 65100]);
  });
  it('accepts it when the hub overrides the AS', () => {
    expect(shared({ asOverride: true })!.best!.asPath).toEqual([65010, 65010]);
  });
});

describe("a router's own prefix coming back (FRR keeps the copies)", () => {
  /** site-a behind one hub; `opts` decide whether site-a accepts its own prefix back. */
  function ownPrefix(opts: AsnOptions) {
    const b = twoSitesBehindHub('own prefix back', 65200);
    addCloud(b);
    b.link('h-c', 'hub', 'cloud', 'cloud-interconnect');
    b.trafficClass({ id: 'all', name: 'All', color: '#000000', defaultDemandMbps: 10 });
    return computeDesign(withAsnOptions(b.build(), 'site-a', opts)).result;
  }

  it('is dropped as an AS-path loop without allowas-in or as-override', () => {
    const entry = ownPrefix({}).ribs['site-a']!['10.1.0.0/16']!;
    expect(entry.candidates).toHaveLength(1);
    expect(entry.possibleReasons).toEqual(['First path received']);
  });

  it('is a rival beaten at Weight with allowas-in', () => {
    const entry = ownPrefix({ allowasIn: 1 }).ribs['site-a']!['10.1.0.0/16']!;
    expect(entry.best!.locallyOriginated).toBe(true);
    expect(entry.ecmp).toEqual([entry.best]);
    expect(entry.rivals.map((r) => [r.candidate.fromNode, r.candidate.asPath, r.beatenAt])).toEqual([
      ['hub', [65010, 65100], 'Weight'],
    ]);
    expect(entry.possibleReasons).toContain('Weight');
  });

  it('is a rival with the overridden AS path when the hub overrides the AS', () => {
    const entry = ownPrefix({ asOverride: true }).ribs['site-a']!['10.1.0.0/16']!;
    expect(entry.rivals.map((r) => r.candidate.asPath)).toEqual([[65010, 65010]]);
    expect(entry.rivals[0]!.beatenAt).toBe('Weight');
  });

  it('changes no forwarding', () => {
    const strip = (r: ReturnType<typeof ownPrefix>) => r.flows.map((f) => [f.id, f.paths.map((p) => p.path)]);
    expect(strip(ownPrefix({})).length).toBeGreaterThan(0);
    expect(strip(ownPrefix({ allowasIn: 1, asOverride: true }))).toEqual(strip(ownPrefix({})));
    expect(ownPrefix({ asOverride: true }).ribs.hub!['10.1.0.0/16']!.best!.fromNode).toBe('site-a');
  });
});

describe('the sample design tells its story', () => {
  const sample = globalEnterprise();
  const base = computeDesign(sample).result;
  const byId = (flows: typeof base.flows, id: string) => flows.find((f) => f.id === id)!;

  it('video from New York egresses via Ashburn, and via Amsterdam when Ashburn fails', () => {
    expect(byId(base.flows, 'site-nyc|video|saas-uc').egressHub).toBe('hub-ash');
    const { scenario } = computeScenario(sample, [{ kind: 'node', target: 'hub-ash', mode: 'hard' }]);
    expect(byId(scenario.result.flows, 'site-nyc|video|saas-uc').egressHub).toBe('hub-ams');
    expect(scenario.diff.moved.map((m) => m.flowId)).toContain('site-nyc|video|saas-uc');
    const conv = scenario.convergence.find((c) => c.flowId === 'site-nyc|video|saas-uc')!;
    expect(conv.detection).toBe('interface-down');
    expect(conv.phases.totalS).toBeLessThan(0.5);
  });

  it('US personal data is blocked rather than leave the US', () => {
    expect(byId(base.flows, 'site-nyc|pii-us|aws-use1').egressHub).toBe('hub-ash');
    const { scenario } = computeScenario(sample, [{ kind: 'node', target: 'hub-ash', mode: 'hard' }]);
    const pii = byId(scenario.result.flows, 'site-nyc|pii-us|aws-use1');
    expect(pii.state).toBe('compliance-block');
    expect(scenario.diff.newComplianceBlocks).toContain('site-nyc|pii-us|aws-use1');
  });

  it('a shared circuit takes down every tunnel over it', () => {
    const { scenario } = computeScenario(sample, [{ kind: 'circuit', target: 'dal-broadband', mode: 'hard' }]);
    const down = scenario.result.sessions
      .filter((s) => s.state === 'down')
      .map((s) => s.linkId)
      .sort();
    expect(down).toEqual(['dal-ams-ipsec', 'dal-ash-wg']);
    const dal = scenario.result.flows.filter((f) => f.site === 'site-dal' && f.state !== 'compliance-block');
    for (const f of dal) expect(f.links[0]).toBe('dal-ash-lte');
  });

  it('a scenario leaves the baseline it started from untouched', () => {
    const engine = createEngine();
    const before = JSON.stringify(engine.compute(sample).result);
    engine.scenario(sample, [{ kind: 'node', target: 'hub-ams', mode: 'hard' }]);
    resilienceSweep(sample);
    expect(JSON.stringify(engine.compute(sample).result)).toBe(before);
    expect(JSON.stringify(computeDesign(sample).result)).toBe(before);
  });

  it('flags return traffic that comes back through another hub', () => {
    const f = byId(base.flows, 'site-nyc|backup|aws-use1');
    expect(f.egressHub).toBe('hub-ams');
    expect(f.returnHubs[0]).toBe('hub-ash');
    expect(f.returnAsymmetric).toBe(true);
  });
});

describe('silent failures are detected by the link mechanism', () => {
  function silent(mechanism: 'bfd' | 'bgp', timers: 'design' | 'fast') {
    const b = new DesignBuilder('silent');
    b.site('site', { name: 'S', country: 'US', asn: 65101, x: 0, y: 0, prefixes: ['10.1.0.0/16'] });
    b.hub('hub-1', { name: 'H1', country: 'US', asn: 65010, x: 1, y: 0 });
    b.hub('hub-2', { name: 'H2', country: 'US', asn: 65020, x: 1, y: 1 });
    b.cloud('cloud', {
      name: 'C',
      country: 'US',
      asn: 64512,
      x: 2,
      y: 0,
      provider: 'aws',
      region: 'r9',
      prefixes: ['10.100.0.0/16'],
    });
    b.link('s-h1', 'site', 'hub-1', 'mpls', { mechanism });
    b.link('s-h2', 'site', 'hub-2', 'mpls');
    b.link('h1-c', 'hub-1', 'cloud', 'cloud-interconnect');
    b.link('h2-c', 'hub-2', 'cloud', 'cloud-interconnect');
    b.trafficClass({ id: 'all', name: 'All', color: '#000000' });
    const { scenario } = computeScenario(b.build(), [{ kind: 'link', target: 's-h1', mode: 'silent' }], { timers });
    return scenario.convergence.find((c) => c.flowId === 'site|all|cloud')!;
  }
  it('BFD notices in 0.9 s (300 ms x 3)', () => {
    const c = silent('bfd', 'design');
    expect(c.detection).toBe('bfd');
    expect(c.phases.detectionS).toBe(0.9);
  });
  it('without BFD only the hold timer notices (180 s)', () => {
    const c = silent('bgp', 'design');
    expect(c.detection).toBe('bgp-hold');
    expect(c.phases.detectionS).toBe(180);
    expect(c.range).toEqual({ minS: 120.01, maxS: 180.2 });
  });
  it('the lab fast timers: BFD 100 ms x 3, hold 3 s', () => {
    expect(silent('bfd', 'fast').phases.detectionS).toBe(0.3);
    const hold = silent('bgp', 'fast');
    expect(hold.phases.detectionS).toBe(3);
    expect(hold.range.minS).toBeLessThanOrEqual(2.4);
    expect(hold.range.maxS).toBeGreaterThanOrEqual(3.2);
  });
});

describe('bad input gives diagnostics, never an exception or a hang', () => {
  it('dangling link ends and duplicate ids are skipped and named', () => {
    const design = dualHub();
    design.links.push({ ...design.links[0]!, id: 'ghost', target: 'nowhere' });
    design.nodes.push({ ...design.nodes[1]! });
    const { result, diagnostics } = computeDesign(design);
    expect(diagnostics.some((d) => d.code === 'engine.dangling-link' && d.elementId === 'ghost')).toBe(true);
    expect(diagnostics.some((d) => d.code === 'engine.duplicate-node' && d.elementId === 'hub-1')).toBe(true);
    expect(result.flows.length).toBeGreaterThan(0);
  });

  it('overlapping prefixes are reported; the longer prefix wins', () => {
    const design = dualHub();
    design.nodes.find((n) => n.id === 'hub-2')!.prefixes.push('10.100.5.0/24');
    const { result, diagnostics } = computeDesign(design);
    expect(diagnostics.some((d) => d.code === 'prefix.overlap')).toBe(true);
    expect(Object.keys(result.ribs.site!)).toEqual(expect.arrayContaining(['10.100.0.0/16', '10.100.5.0/24']));
  });

  it('an unreachable destination is a flow state and a diagnostic', () => {
    const design = dualHub();
    design.links = design.links.filter((l) => l.target !== 'cloud');
    const { result, diagnostics } = computeDesign(design);
    const f = result.flows.find((x) => x.destination === 'cloud')!;
    expect(f.state).toBe('unreachable');
    expect(diagnostics.some((d) => d.code === 'flow.unreachable')).toBe(true);
  });

  it('a policy that never converges (a "bad gadget") is detected and reported', () => {
    // Three routers around an origin, each preferring the path through its clockwise neighbour.
    const b = new DesignBuilder('bad gadget');
    b.cloud('origin', {
      name: 'O',
      country: 'US',
      asn: 64500,
      x: 0,
      y: 0,
      provider: 'aws',
      region: 'r9',
      prefixes: ['10.9.0.0/16'],
    });
    for (const i of [1, 2, 3]) b.hub(`r${i}`, { name: `R${i}`, country: 'US', asn: 65000 + i, x: i, y: 0 });
    for (const i of [1, 2, 3]) b.link(`o-r${i}`, 'origin', `r${i}`, 'mpls');
    b.link('r1-r2', 'r1', 'r2', 'mpls');
    b.link('r2-r3', 'r2', 'r3', 'mpls');
    b.link('r3-r1', 'r3', 'r1', 'mpls');
    for (const [me, next] of [
      ['r1', 'r2'],
      ['r2', 'r3'],
      ['r3', 'r1'],
    ] as const) {
      b.bgpPolicy({
        id: `${me}-prefers-${next}`,
        router: me,
        neighbor: next,
        direction: 'in',
        set: { localPref: 200 },
      });
    }
    b.site('site', { name: 'S', country: 'US', asn: 65100, x: 0, y: 1, prefixes: ['10.1.0.0/16'] });
    b.link('s-r1', 'site', 'r1', 'mpls');
    b.trafficClass({ id: 'all', name: 'All', color: '#000000' });
    const design = b.build();
    const start = Date.now();
    const { result, diagnostics } = computeDesign(design);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(result.converged).toBe(false);
    // The flow over the unsettled routers still gets an answer (whatever state the walk found).
    expect(result.flows).toHaveLength(1);
    expect(result.flows[0]!.explanation.summary.length).toBeGreaterThan(0);
    expect(diagnostics.some((d) => d.code === 'bgp.diverged' && d.severity === 'error')).toBe(true);
  });
});

describe('ids that name inherited properties', () => {
  it('a cloud and a class with the id "constructor" route and weigh like any other id', () => {
    const design = globalEnterprise();
    const cloud = design.nodes.find((n) => n.kind === 'cloud');
    const cls = design.trafficClasses[0];
    if (!cloud || !cls) throw new Error('the sample has clouds and classes');
    let renamed = JSON.stringify(design).replaceAll(`"${cloud.id}"`, '"constructor"');
    renamed = renamed.replaceAll(`"${cls.id}"`, '"constructor"');
    const summary = (d: Design) =>
      computeDesign(d).result.flows.map((f) => [f.state, f.demandMbps, f.deliveredMbps, f.costPerMonth]);
    expect(summary(JSON.parse(renamed) as Design)).toEqual(summary(design));
    const criticality = (d: Design) =>
      resilienceSweep(d)
        .report.scenarios.map((s) => s.criticality)
        .sort((a, b) => a - b);
    expect(criticality(JSON.parse(renamed) as Design)).toEqual(criticality(design));
  });
});
