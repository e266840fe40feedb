// Every strategy and every fallback, on one small design: a site with a fast, expensive hub and
// a slow, cheap one in front of one cloud region.
import { describe, expect, it } from 'vitest';
import type { TrafficClassInput } from '../model';
import { DesignBuilder } from '../model/samples/builder';
import { computeDesign } from './pipeline';
import type { Flow } from './types';

function twoHubs(cls: Partial<TrafficClassInput>, extra: (b: DesignBuilder) => void = () => {}) {
  const b = new DesignBuilder('two hubs');
  b.site('site-a', { name: 'A', country: 'US', asn: 65101, x: 0, y: 0, prefixes: ['10.1.0.0/16'] });
  b.hub('hub-fast', { name: 'Fast', country: 'DE', asn: 65010, x: 1, y: 0, security: ['firewall'] });
  b.hub('hub-cheap', { name: 'Cheap', country: 'US', asn: 65020, x: 1, y: 1, security: ['firewall', 'ips'] });
  b.cloud('cloud', {
    name: 'Cloud',
    country: 'US',
    asn: 64512,
    x: 2,
    y: 0,
    provider: 'aws',
    region: 'us-east-1',
    prefixes: ['10.100.0.0/16'],
  });
  b.link('a-fast', 'site-a', 'hub-fast', 'mpls', { latencyMs: 10, jitterMs: 1, lossPct: 0, costPerMonth: 5000 });
  b.link('a-cheap', 'site-a', 'hub-cheap', 'internet', { latencyMs: 80, jitterMs: 5, lossPct: 0.5, costPerMonth: 200 });
  b.link('fast-cloud', 'hub-fast', 'cloud', 'cloud-interconnect', {
    latencyMs: 2,
    jitterMs: 0,
    lossPct: 0,
    costPerMonth: 1000,
  });
  b.link('cheap-cloud', 'hub-cheap', 'cloud', 'internet', { latencyMs: 5, jitterMs: 1, lossPct: 0, costPerMonth: 100 });
  b.trafficClass({ id: 'c', name: 'C', color: '#000000', ...cls });
  extra(b);
  return b.build();
}

function flow(design: ReturnType<typeof twoHubs>): Flow {
  const { result } = computeDesign(design);
  expect(result.flows).toHaveLength(1);
  return result.flows[0]!;
}

describe('steering strategies', () => {
  it('follow-bgp takes the BGP best path (router-id tie-break here)', () => {
    const f = flow(twoHubs({ strategy: 'follow-bgp' }));
    expect(f.egressHub).toBe('hub-fast');
    expect(f.explanation.bgp?.decidingStep).toBe('Router ID');
    expect(f.explanation.steering.rule).toEqual({ kind: 'strategy', strategy: 'follow-bgp' });
  });

  it('follow-bgp follows a LOCAL_PREF policy', () => {
    const f = flow(
      twoHubs({ strategy: 'follow-bgp' }, (b) =>
        b.bgpPolicy({
          id: 'prefer-cheap',
          router: 'site-a',
          neighbor: 'hub-cheap',
          direction: 'in',
          set: { localPref: 200 },
        }),
      ),
    );
    expect(f.egressHub).toBe('hub-cheap');
    expect(f.explanation.bgp?.decidingStep).toBe('Local Pref');
  });

  it('manual takes the first preferred hub available', () => {
    expect(flow(twoHubs({ strategy: 'manual', preferredHubs: ['hub-cheap', 'hub-fast'] })).egressHub).toBe('hub-cheap');
  });

  it('best-quality takes the lowest latency', () => {
    const f = flow(twoHubs({ strategy: 'best-quality' }));
    expect(f.egressHub).toBe('hub-fast');
    expect(f.latencyMs).toBe(12);
  });

  it('lowest-cost-sla takes the cheapest path meeting the SLA', () => {
    expect(flow(twoHubs({ strategy: 'lowest-cost-sla', sla: { maxLatencyMs: 200 } })).egressHub).toBe('hub-cheap');
    const strict = flow(twoHubs({ strategy: 'lowest-cost-sla', sla: { maxLatencyMs: 50 } }));
    expect(strict.egressHub).toBe('hub-fast');
    const cheap = strict.explanation.candidates.find((c) => c.viaNode === 'hub-cheap')!;
    expect(cheap.meetsSla).toBe(false);
    expect(cheap.excludedBy).toContain('sla');
  });

  it('load-balance-sla splits evenly over every path meeting the SLA', () => {
    const f = flow(twoHubs({ strategy: 'load-balance-sla', sla: { maxLatencyMs: 200 }, defaultDemandMbps: 10 }));
    expect(f.paths.map((p) => p.share)).toEqual([0.5, 0.5]);
    const { result } = computeDesign(
      twoHubs({ strategy: 'load-balance-sla', sla: { maxLatencyMs: 200 }, defaultDemandMbps: 10 }),
    );
    expect(result.linkLoads.find((l) => l.linkId === 'a-fast')!.loadMbps).toBe(5);
    expect(result.linkLoads.find((l) => l.linkId === 'a-cheap')!.loadMbps).toBe(5);
  });
});

describe('when nothing meets the SLA', () => {
  const sla = { maxLatencyMs: 1 };
  it('fallback drop drops the flow and says so', () => {
    const f = flow(twoHubs({ strategy: 'best-quality', sla, fallback: 'drop' }));
    expect(f.state).toBe('dropped');
    expect(f.deliveredMbps).toBe(0);
    expect(f.explanation.steering.rule).toEqual({ kind: 'fallback', fallback: 'drop' });
  });
  it('fallback best-quality still takes the best path, marked as an SLA miss', () => {
    const f = flow(twoHubs({ strategy: 'lowest-cost-sla', sla, fallback: 'best-quality' }));
    expect(f.state).toBe('sla-miss');
    expect(f.egressHub).toBe('hub-fast');
  });
  it('fallback follow-bgp takes the BGP best path', () => {
    const f = flow(
      twoHubs({ strategy: 'best-quality', sla, fallback: 'follow-bgp' }, (b) =>
        b.bgpPolicy({
          id: 'prefer-cheap',
          router: 'site-a',
          neighbor: 'hub-cheap',
          direction: 'in',
          set: { localPref: 200 },
        }),
      ),
    );
    expect(f.state).toBe('sla-miss');
    expect(f.egressHub).toBe('hub-cheap');
  });
});

describe('hard constraints and PBR', () => {
  it('never egresses outside the allowed jurisdictions, even when that path is best', () => {
    const f = flow(twoHubs({ strategy: 'best-quality', allowedJurisdictions: ['site'] }));
    expect(f.egressHub).toBe('hub-cheap');
    const fast = f.explanation.candidates.find((c) => c.viaNode === 'hub-fast')!;
    expect(fast.excludedBy).toContain('jurisdiction');
    expect(fast.exclusionDetails.join()).toContain('DE');
  });
  it('blocks rather than leave the allowed jurisdictions', () => {
    const f = flow(twoHubs({ strategy: 'best-quality', allowedJurisdictions: ['EU'] }));
    expect(f.state).toBe('compliance-block');
    expect(f.compliant).toBe(false);
    expect(f.path).toEqual([]);
  });
  it('a hub without the required inspection is not an allowed egress', () => {
    const f = flow(twoHubs({ strategy: 'best-quality', requiredInspection: ['ips'] }));
    expect(f.egressHub).toBe('hub-cheap');
    expect(f.explanation.candidates.find((c) => c.viaNode === 'hub-fast')!.excludedBy).toEqual(['inspection']);
  });
  it('a PBR rule naming an egress hub wins over the strategy', () => {
    const f = flow(
      twoHubs({ strategy: 'best-quality' }, (b) =>
        b.pbrRule({ id: 'to-cheap', appliesTo: ['site-a'], action: { egressHub: 'hub-cheap' } }),
      ),
    );
    expect(f.egressHub).toBe('hub-cheap');
    expect(f.explanation.steering.rule).toEqual({ kind: 'pbr', ruleId: 'to-cheap' });
  });
  it('a PBR drop rule drops', () => {
    const f = flow(twoHubs({}, (b) => b.pbrRule({ id: 'deny', action: { drop: true } })));
    expect(f.state).toBe('dropped');
  });
});
