// Stage 4, load and cost: demand split over each flow's paths and summed per link and per
// egress hub; each flow pays for the links it uses in proportion to its share of their load.
import type { Net } from './normalize';
import type { Trace } from './pipeline';
import { round } from './steering';
import type { Flow, FlowState, HubLoad, LinkLoad, Totals } from './types';

/** With `traces` (link indexes of each flow's paths) the sums avoid id lookups: the hot path of
 * every recompute. */
export function computeLoads(
  net: Net,
  flows: Flow[],
  traces?: Trace[],
): { flows: Flow[]; linkLoads: LinkLoad[]; hubLoads: HubLoad[]; totals: Totals } {
  const linkPaths = (f: Flow, i: number): { links: number[]; share: number }[] =>
    traces?.[i]?.carried ??
    f.paths.map((p) => ({ links: p.links.map((id) => net.linkIndex.get(id)!), share: p.share }));
  const load = new Float64Array(net.links.length);
  const linkFlows: string[][] = net.links.map(() => []);
  const hubLoad = new Map<number, { load: number; flows: string[]; cost: number }>();
  flows.forEach((f, i) => {
    if (f.deliveredMbps <= 0) return;
    for (const p of linkPaths(f, i)) {
      const mbps = f.deliveredMbps * p.share;
      for (const l of p.links) {
        load[l]! += mbps;
        const list = linkFlows[l]!;
        if (list[list.length - 1] !== f.id) list.push(f.id);
      }
    }
    for (const p of f.paths) {
      const mbps = f.deliveredMbps * p.share;
      if (p.egressHub) {
        const h = net.nodeIndex.get(p.egressHub)!;
        let entry = hubLoad.get(h);
        if (!entry) {
          entry = { load: 0, flows: [], cost: 0 };
          hubLoad.set(h, entry);
        }
        entry.load += mbps;
        if (entry.flows[entry.flows.length - 1] !== f.id) entry.flows.push(f.id);
      }
    }
  });
  // Cost: every link's monthly cost shared among the flows on it by their share of its load.
  // Flows are shared with earlier results (scenarios, edits): a changed cost makes a new object.
  const priced = flows.map((f, i) => {
    let cost = 0;
    if (f.deliveredMbps > 0) {
      for (const p of linkPaths(f, i)) {
        const mbps = f.deliveredMbps * p.share;
        for (const l of p.links) {
          if (load[l]! > 0) cost += (net.links[l]!.costPerMonth * mbps) / load[l]!;
        }
      }
    }
    const costPerMonth = round(cost);
    if (f.egressHub) {
      const entry = hubLoad.get(net.nodeIndex.get(f.egressHub)!);
      if (entry) entry.cost += costPerMonth;
    }
    return costPerMonth === f.costPerMonth ? f : { ...f, costPerMonth };
  });
  const linkLoads: LinkLoad[] = net.links.map((link) => {
    const mbps = round(load[link.index]!);
    const utilisation = link.bandwidthMbps > 0 ? mbps / link.bandwidthMbps : mbps > 0 ? Number.POSITIVE_INFINITY : 0;
    return {
      linkId: link.id,
      loadMbps: mbps,
      capacityMbps: link.bandwidthMbps,
      utilisation: Number.isFinite(utilisation) ? round(utilisation) : 1e9,
      overCapacity: mbps > link.bandwidthMbps + 1e-9,
      flows: linkFlows[link.index]!,
    };
  });
  const hubLoads: HubLoad[] = net.nodes
    .filter((n) => n.kind === 'hub')
    .map((hub) => {
      const entry = hubLoad.get(hub.index) ?? { load: 0, flows: [], cost: 0 };
      const mbps = round(entry.load);
      return {
        hubId: hub.id,
        loadMbps: mbps,
        capacityMbps: hub.capacityMbps,
        utilisation: hub.capacityMbps > 0 ? round(mbps / hub.capacityMbps) : mbps > 0 ? 1e9 : 0,
        overCapacity: mbps > hub.capacityMbps + 1e-9,
        costPerMonth: round(entry.cost),
        flows: entry.flows,
      };
    });
  const byState: Record<FlowState, number> = {
    ok: 0,
    'sla-miss': 0,
    'compliance-block': 0,
    dropped: 0,
    unreachable: 0,
  };
  let demand = 0;
  let delivered = 0;
  for (const f of priced) {
    byState[f.state]++;
    demand += f.demandMbps;
    delivered += f.deliveredMbps;
  }
  const totals: Totals = {
    flows: flows.length,
    byState,
    demandMbps: round(demand),
    deliveredMbps: round(delivered),
    undeliveredMbps: round(demand - delivered),
    costPerMonth: round(net.links.reduce((sum, l) => sum + (l.up ? l.costPerMonth : 0), 0)),
    overloadedLinks: linkLoads.filter((l) => l.overCapacity).length,
    overloadedHubs: hubLoads.filter((h) => h.overCapacity).length,
  };
  return { flows: priced, linkLoads, hubLoads, totals };
}
