// Hand-made engine results for the view-model tests: small, readable, and typed against the
// engine's contract so a contract change breaks the tests loudly.
import type {
  EngineResult,
  Flow,
  FlowPath,
  FlowState,
  HubLoad,
  LinkLoad,
  ScenarioResult,
  SteeringCandidate,
} from '../../engine/types';
import type { Design } from '../../model';
import { DesignBuilder } from '../../model/samples/builder';

/** site-a ─l-a1→ hub-1 ─l-1d→ dest;  site-a ─l-a2→ hub-2 ←l-d2─ dest (drawn dest → hub-2). */
export function tinyDesign(): Design {
  return new DesignBuilder('tiny')
    .site('site-a', { name: 'A', country: 'US', asn: 65001, x: 0, y: 0 })
    .site('site-b', { name: 'B', country: 'US', asn: 65002, x: 0, y: 200 })
    .hub('hub-1', { name: 'Hub 1', country: 'US', asn: 65010, x: 300, y: 0 })
    .hub('hub-2', { name: 'Hub 2', country: 'NL', asn: 65020, x: 300, y: 200 })
    .cloud('dest', { name: 'Dest', country: 'US', asn: 64512, x: 600, y: 100, provider: 'aws', region: 'us-east-1' })
    .circuit('c1', 'shared line')
    .link('l-a1', 'site-a', 'hub-1', 'mpls', { latencyMs: 5, jitterMs: 1, bandwidthMbps: 100, costPerMonth: 10 })
    .link('l-a2', 'site-a', 'hub-2', 'internet', {
      latencyMs: 50,
      jitterMs: 5,
      bandwidthMbps: 100,
      costPerMonth: 5,
      circuit: 'c1',
    })
    .link('l-b1', 'site-b', 'hub-1', 'internet', {
      latencyMs: 9,
      jitterMs: 1,
      bandwidthMbps: 100,
      costPerMonth: 5,
      circuit: 'c1',
    })
    .link('l-1d', 'hub-1', 'dest', 'cloud-interconnect', {
      latencyMs: 2,
      jitterMs: 0,
      bandwidthMbps: 1000,
      costPerMonth: 1,
    })
    .link('l-d2', 'dest', 'hub-2', 'internet', { latencyMs: 20, jitterMs: 2, bandwidthMbps: 1000, costPerMonth: 1 })
    .trafficClass({ id: 'video', name: 'Video', color: '#2563eb', sla: { maxLatencyMs: 100 } })
    .trafficClass({ id: 'pii', name: 'PII', color: '#dc2626', allowedJurisdictions: ['US'] })
    .build();
}

export function path(nodes: string[], links: string[], share = 1, egressHub: string | null = null): FlowPath {
  return { path: nodes, links, share, egressHub, latencyMs: 10, jitterMs: 1, lossPct: 0, bandwidthMbps: 100 };
}

export function candidate(over: Partial<SteeringCandidate> = {}): SteeringCandidate {
  return {
    viaNode: 'hub-1',
    viaLink: 'l-a1',
    paths: [],
    egressHub: 'hub-1',
    latencyMs: 7,
    jitterMs: 1,
    lossPct: 0,
    pathCostPerMonth: 11,
    bgpRank: 0,
    bgpEcmp: false,
    meetsSla: true,
    excludedBy: [],
    exclusionDetails: [],
    chosen: true,
    share: 1,
    ...over,
  };
}

export function flow(
  site: string,
  trafficClass: string,
  paths: FlowPath[],
  over: Partial<Flow> & { state?: FlowState } = {},
): Flow {
  const primary = paths[0];
  const delivered = paths.length > 0;
  return {
    id: `${site}|${trafficClass}|dest`,
    site,
    trafficClass,
    destination: 'dest',
    destinationPrefix: '10.100.0.0/16',
    matchedPrefix: delivered ? '10.100.0.0/16' : null,
    egressHub: primary?.egressHub ?? null,
    path: primary?.path ?? [],
    links: primary?.links ?? [],
    paths,
    latencyMs: 7,
    jitterMs: 1,
    lossPct: 0,
    demandMbps: 40,
    deliveredMbps: delivered ? 40 : 0,
    costPerMonth: 5,
    meetsSla: true,
    compliant: true,
    state: 'ok',
    explanation: {
      summary: 'test',
      bgp: null,
      steering: { rule: { kind: 'strategy', strategy: 'follow-bgp' }, detail: '' },
      candidates: [candidate()],
      steps: [],
    },
    returnAsymmetric: false,
    returnHubs: [],
    ...over,
  };
}

export function linkLoad(linkId: string, loadMbps: number, capacityMbps: number): LinkLoad {
  return {
    linkId,
    loadMbps,
    capacityMbps,
    utilisation: capacityMbps > 0 ? loadMbps / capacityMbps : 0,
    overCapacity: loadMbps > capacityMbps,
    flows: [],
  };
}

export function hubLoad(hubId: string, loadMbps: number, capacityMbps: number): HubLoad {
  return {
    hubId,
    loadMbps,
    capacityMbps,
    utilisation: loadMbps / capacityMbps,
    overCapacity: loadMbps > capacityMbps,
    costPerMonth: 0,
    flows: [],
  };
}

export function result(flows: Flow[], linkLoads: LinkLoad[] = [], hubLoads: HubLoad[] = []): EngineResult {
  const byState = { ok: 0, 'sla-miss': 0, 'compliance-block': 0, dropped: 0, unreachable: 0 };
  for (const f of flows) byState[f.state]++;
  return {
    addressing: { routers: {}, links: {} } as unknown as EngineResult['addressing'],
    timers: 'design',
    ribScope: 'flows',
    failures: [],
    routers: {},
    sessions: [],
    ribs: {},
    converged: true,
    flows,
    linkLoads,
    hubLoads,
    totals: {
      flows: flows.length,
      byState,
      demandMbps: 0,
      deliveredMbps: 0,
      undeliveredMbps: 0,
      costPerMonth: 0,
      overloadedLinks: 0,
      overloadedHubs: 0,
    },
  };
}

/** The usual story: site-a's video via hub-1; site-a's pii via hub-1; site-b's video via hub-1. */
export function baselineResult(): EngineResult {
  const viaHub1 = path(['site-a', 'hub-1', 'dest'], ['l-a1', 'l-1d'], 1, 'hub-1');
  return result(
    [
      flow('site-a', 'video', [viaHub1]),
      flow('site-a', 'pii', [viaHub1], { demandMbps: 10, deliveredMbps: 10 }),
      flow('site-b', 'video', [path(['site-b', 'hub-1', 'dest'], ['l-b1', 'l-1d'], 1, 'hub-1')]),
    ],
    [linkLoad('l-a1', 50, 100), linkLoad('l-1d', 90, 1000), linkLoad('l-b1', 40, 100)],
    [hubLoad('hub-1', 90, 10000)],
  );
}

/** hub-1 fails: video moves to hub-2 (crossing l-d2 against its drawn direction), pii drops. */
export function hub1DownScenario(): ScenarioResult {
  const viaHub2 = path(['site-a', 'hub-2', 'dest'], ['l-a2', 'l-d2'], 1, 'hub-2');
  const after = result(
    [
      flow('site-a', 'video', [viaHub2]),
      flow('site-a', 'pii', [], {
        state: 'dropped',
        compliant: true,
        meetsSla: false,
        explanation: {
          summary: 'dropped',
          bgp: null,
          steering: { rule: { kind: 'fallback', fallback: 'drop' }, detail: '' },
          candidates: [
            candidate({ viaNode: 'hub-2', egressHub: 'hub-2', excludedBy: ['jurisdiction'], chosen: false }),
          ],
          steps: [],
        },
      }),
      flow('site-b', 'video', [], { state: 'unreachable' }),
    ],
    [linkLoad('l-a2', 40, 100), linkLoad('l-d2', 40, 1000)],
  );
  const change = (id: string, cls: string, state: FlowState, to: string[]) => ({
    flowId: id,
    site: id.split('|')[0]!,
    trafficClass: cls,
    destination: 'dest',
    before: { state: 'ok' as const, egressHub: 'hub-1', path: ['site-a', 'hub-1', 'dest'] },
    after: { state, egressHub: to.length ? 'hub-2' : null, path: to },
  });
  return {
    failures: [{ kind: 'node', target: 'hub-1', mode: 'hard' }],
    result: after,
    diff: {
      moved: [change('site-a|video|dest', 'video', 'ok', ['site-a', 'hub-2', 'dest'])],
      dropped: [
        change('site-a|pii|dest', 'pii', 'dropped', []),
        change('site-b|video|dest', 'video', 'unreachable', []),
      ],
      newSlaMisses: [],
      newComplianceBlocks: ['site-a|pii|dest'],
      newOverloads: [],
      changed: ['site-a|video|dest', 'site-a|pii|dest', 'site-b|video|dest'],
    },
    convergence: [],
    worstConvergenceS: 0.3,
  };
}
