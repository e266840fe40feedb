// How long a moved flow is disrupted: detection (by the failed link's mechanism, or at once for
// a hard failure), propagation of the withdrawal up to the site, and the FIB update.
// Figures follow shared/DOMAIN.md and the FRR lab measurements (timers 1/3: eBGP link down
// 0.07-0.19 s, router crash 0.08-0.14 s, silent loss 2.4-3.2 s; BFD 100 ms x 3: about 0.4 s).
import type { Failure } from '../model/types';
import { failedElements, type Net, type NetLink } from './normalize';
import type { DetectionKind, Flow, FlowConvergence } from './types';

const HARD_DETECTION_S = 0.1;
const PER_HOP_S = 0.02;
const BESTPATH_S = 0.05;
const FIB_S = 0.02;

export function estimateConvergence(
  base: Net,
  net: Net,
  failures: Failure[],
  before: Flow,
  hits: { nodes: number[]; links: number[] }[] = failures.map((f) => failedElements(base, f)),
): FlowConvergence {
  for (const [k, failure] of failures.entries()) {
    const { linkIds, nodeIds } = idsOf(base, hits[k]!);
    // Position on the old path of the first failed element (links[i] joins path[i] and path[i+1]).
    let position = -1;
    let link: NetLink | null = null;
    before.links.forEach((id, i) => {
      if (position < 0 && linkIds.has(id)) {
        position = i;
        link = base.links[base.linkIndex.get(id)!]!;
      }
    });
    before.path.forEach((id, i) => {
      if (nodeIds.has(id) && (position < 0 || i - 1 < position)) {
        position = Math.max(0, i - 1);
        const l = before.links[position];
        link = l === undefined ? null : base.links[base.linkIndex.get(l)!]!;
      }
    });
    if (position < 0) continue;
    const trigger = { kind: failure.kind, id: failure.target, mode: failure.mode };
    const hops = position;
    const current = link === null ? null : net.links[(link as NetLink).index]!;
    const { detection, detectionS, minS, maxS, note } = detect(failure, current ?? link);
    const propagationS = BESTPATH_S + hops * PER_HOP_S;
    const total = detectionS + propagationS + FIB_S;
    return {
      flowId: before.id,
      trigger,
      detection,
      mechanism: (link as NetLink | null)?.mechanism ?? null,
      phases: { detectionS: r(detectionS), propagationS: r(propagationS), fibS: FIB_S, totalS: r(total) },
      range: { minS: r(minS + hops * 0.005 + 0.01), maxS: r(maxS + hops * 0.1 + 0.2) },
      hops,
      note,
    };
  }
  return {
    flowId: before.id,
    trigger: null,
    detection: 'none',
    mechanism: null,
    phases: { detectionS: 0, propagationS: BESTPATH_S, fibS: FIB_S, totalS: BESTPATH_S + FIB_S },
    range: { minS: 0, maxS: 1 },
    hops: 0,
    note: 'no failed element lies on the old path: the flow moved because a better option changed',
  };
}

type Hit = { nodes: number[]; links: number[] };
const hitIds = new WeakMap<Hit, { linkIds: Set<string>; nodeIds: Set<string> }>();

/** The failed elements' ids, once per failure: a scenario estimates every moved flow against
 * the same failure, and a hub failure moves thousands. */
function idsOf(base: Net, hit: Hit): { linkIds: Set<string>; nodeIds: Set<string> } {
  let ids = hitIds.get(hit);
  if (!ids) {
    ids = {
      linkIds: new Set(hit.links.map((l) => base.links[l]!.id)),
      nodeIds: new Set(hit.nodes.map((n) => base.nodes[n]!.id)),
    };
    hitIds.set(hit, ids);
  }
  return ids;
}

function detect(
  failure: Failure,
  link: NetLink | null,
): { detection: DetectionKind; detectionS: number; minS: number; maxS: number; note: string } {
  if (failure.mode === 'hard') {
    if (link?.ibgp) {
      return {
        detection: 'next-hop-unreachable',
        detectionS: HARD_DETECTION_S,
        minS: 0.05,
        maxS: 0.2,
        note: `interface down: the iBGP routes over ${link.id} become invalid at once (next hop gone); the session itself stays up until the ${link.holdS} s hold timer`,
      };
    }
    return {
      detection: 'interface-down',
      detectionS: HARD_DETECTION_S,
      minS: 0.05,
      maxS: 0.2,
      note: 'interface down: the directly connected eBGP session drops at once (fast external failover)',
    };
  }
  if (!link) {
    return { detection: 'none', detectionS: 0, minS: 0, maxS: 1, note: 'no link to the failed element on the path' };
  }
  if (failure.mode === 'degrade') {
    const s = (link.design.detection.probeIntervalMs * link.design.detection.probeFailures) / 1000;
    return {
      detection: 'sdwan-probe',
      detectionS: s,
      minS: s * 0.8,
      maxS: s,
      note: `degradation is seen by SD-WAN probes (${s} s); BGP does not react to it`,
    };
  }
  const hold = link.holdS;
  const mechanismS = link.silentDetectionS;
  const holdWins = link.mechanism === 'bgp' || mechanismS >= hold;
  if (holdWins) {
    return {
      detection: 'bgp-hold',
      detectionS: hold,
      minS: Math.max(0, hold - link.keepaliveS),
      maxS: hold,
      note: `silent failure: noticed when the BGP hold timer (${hold} s, keepalive ${link.keepaliveS} s) expires`,
    };
  }
  switch (link.mechanism) {
    case 'bfd':
      return {
        detection: 'bfd',
        detectionS: mechanismS,
        minS: (link.bfdIntervalMs * (link.bfdMultiplier - 1)) / 1000,
        maxS: mechanismS,
        note: `silent failure: BFD (${link.bfdIntervalMs} ms x ${link.bfdMultiplier}) tears the session down`,
      };
    case 'sdwan-probe':
      return {
        detection: 'sdwan-probe',
        detectionS: mechanismS,
        minS: mechanismS * 0.8,
        maxS: mechanismS,
        note: `silent failure: SD-WAN health checks mark the member dead after ${mechanismS} s`,
      };
    default:
      return {
        detection: 'ipsec-dpd',
        detectionS: mechanismS,
        minS: mechanismS * 0.75,
        maxS: mechanismS,
        note: `silent failure: IPsec dead-peer detection clears the tunnel after ${mechanismS} s`,
      };
  }
}

function r(x: number): number {
  return Math.round(x * 1000) / 1000;
}
