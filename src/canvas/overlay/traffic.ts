// Sums the flows in focus per link and per node: how much of each class crosses each link, in
// which direction, and what role each node plays (source, transit, egress hub, destination).
import type { Flow } from '../../engine/types';
import type { DesignLink } from '../../model';
import { travelsReverse } from './direction';

export interface LinkTraffic {
  linkId: string;
  mbps: number;
  /** Mbps crossing the link in its drawn direction and against it. */
  forwardMbps: number;
  reverseMbps: number;
  /** Mbps per traffic class id. */
  byClass: Map<string, number>;
}

export type NodeRole = 'source' | 'egress' | 'transit' | 'destination';

export interface TrafficSummary {
  links: Map<string, LinkTraffic>;
  /** The strongest role per node: egress > source > destination > transit. */
  nodes: Map<string, NodeRole>;
  /** Largest Mbps on any link: the width scale. */
  maxLinkMbps: number;
}

const ROLE_RANK: Record<NodeRole, number> = { transit: 0, destination: 1, source: 2, egress: 3 };

/** One pass over every path of every flow. Written as plain loops without per-hop allocation:
 * a 1,000-site design has tens of thousands of flows and this runs on every recompute. */
export function summariseTraffic(flows: readonly Flow[], linksById: ReadonlyMap<string, DesignLink>): TrafficSummary {
  const links = new Map<string, LinkTraffic>();
  const nodes = new Map<string, NodeRole>();
  const setRole = (id: string, role: NodeRole) => {
    const current = nodes.get(id);
    if (current === undefined || ROLE_RANK[role] > ROLE_RANK[current]) nodes.set(id, role);
  };
  for (const flow of flows) {
    for (const path of flow.paths) {
      const hopsOnPath = path.path;
      const n = hopsOnPath.length;
      if (n === 0) continue;
      const mbps = flow.deliveredMbps * path.share;
      for (let i = 0; i < path.links.length && i + 1 < n; i++) {
        const linkId = path.links[i]!;
        const link = linksById.get(linkId);
        if (!link) continue;
        let t = links.get(linkId);
        if (!t) {
          t = { linkId, mbps: 0, forwardMbps: 0, reverseMbps: 0, byClass: new Map() };
          links.set(linkId, t);
        }
        t.mbps += mbps;
        if (travelsReverse(link, hopsOnPath[i]!, hopsOnPath[i + 1]!)) t.reverseMbps += mbps;
        else t.forwardMbps += mbps;
        t.byClass.set(flow.trafficClass, (t.byClass.get(flow.trafficClass) ?? 0) + mbps);
      }
      for (let i = 1; i < n - 1; i++) setRole(hopsOnPath[i]!, 'transit');
      setRole(hopsOnPath[n - 1]!, 'destination');
      setRole(hopsOnPath[0]!, 'source');
      if (path.egressHub) setRole(path.egressHub, 'egress');
    }
  }
  let maxLinkMbps = 0;
  for (const t of links.values()) maxLinkMbps = Math.max(maxLinkMbps, t.mbps);
  return { links, nodes, maxLinkMbps };
}

/** The class carrying the most traffic over a link (ties: the class listed first in the design);
 * its colour paints the edge. */
export function dominantClass(traffic: LinkTraffic, classOrder: readonly string[]): string | null {
  let best: string | null = null;
  let bestMbps = -1;
  for (const id of classOrder) {
    const mbps = traffic.byClass.get(id);
    if (mbps !== undefined && mbps > bestMbps) {
      best = id;
      bestMbps = mbps;
    }
  }
  if (best !== null) return best;
  // A class the design no longer lists (a stale result): still colour by something stable.
  return [...traffic.byClass.keys()].sort()[0] ?? null;
}

/** "850 Mbps", "1.2 Gbps", "0.5 Mbps". */
export function formatMbps(mbps: number): string {
  if (!Number.isFinite(mbps) || mbps <= 0) return '0 Mbps';
  if (mbps >= 1000) return `${Number((mbps / 1000).toFixed(mbps >= 10000 ? 0 : 2))} Gbps`;
  if (mbps < 10) return `${Number(mbps.toFixed(1))} Mbps`;
  return `${Math.round(mbps)} Mbps`;
}
