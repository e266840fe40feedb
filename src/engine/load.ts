// Stage 4, load and cost: demand split over each flow's paths and summed per link and per
// egress hub; each flow pays for the links it uses in proportion to its share of their load.
//
// A full compute sums every flow (computeLoads). An edit that re-steers a few flows updates
// the sums (updateLoads): it re-sums only the links and hubs those flows left or joined, from
// per-link and per-hub flow lists, in the same order a full compute adds them, so the result is
// bit-for-bit what a fresh compute gives (the incremental property test compares JSON).
import type { Net } from './normalize';
import type { Trace } from './pipeline';
import { round } from './steering';
import type { Flow, FlowState, HubLoad, LinkLoad, Totals } from './types';

type Carried = Trace['carried'];

/** What an update needs from the previous sums. Never mutated once returned (a baseline may
 * still be read after an edit): updates copy what they change. */
export interface LoadIndex {
  load: Float64Array;
  /** Per link: indexes of the flows carrying traffic over it, ascending. */
  linkFlows: number[][];
  /** Per node: indexes of the flows with a path egressing at that hub, ascending. */
  hubFlows: number[][];
}

export interface Loads {
  flows: Flow[];
  linkLoads: LinkLoad[];
  hubLoads: HubLoad[];
  totals: Totals;
  index: LoadIndex;
}

/** With `traces` (link indexes of each flow's paths) the sums avoid id lookups. `fresh`: the
 * flows were just built and nothing else holds them, so their cost is written in place instead
 * of copying each 24-field flow (28k copies at the largest size). */
export function computeLoads(net: Net, flows: Flow[], traces?: Trace[], fresh = false): Loads {
  const carried = carriedOf(net, flows, traces);
  const load = new Float64Array(net.links.length);
  const linkFlows: number[][] = net.links.map(() => []);
  const hubFlows: number[][] = net.nodes.map(() => []);
  flows.forEach((f, i) => {
    if (f.deliveredMbps <= 0) return;
    for (const p of carried(i)) {
      const mbps = f.deliveredMbps * p.share;
      for (const l of p.links) {
        load[l]! += mbps;
        pushOnce(linkFlows[l]!, i);
      }
    }
    for (const p of f.paths) if (p.egressHub) pushOnce(hubFlows[net.nodeIndex.get(p.egressHub)!]!, i);
  });
  const priced = flows.map((f, i) => priceFlow(net, f, carried(i), load, fresh));
  const index: LoadIndex = { load, linkFlows, hubFlows };
  const linkLoads = net.links.map((link) => linkLoad(net, link.index, index, priced));
  const hubs = hubLoads(net, priced, index);
  return { flows: priced, linkLoads, hubLoads: hubs, totals: totals(net, priced, linkLoads, hubs), index };
}

/**
 * The loads after flows `changed` were recomputed (their old paths are in `prevTraces`) and the
 * metrics of links `metricLinks` changed. Re-sums only the links those flows left or joined, and
 * re-prices only the flows on a link whose load or cost changed.
 */
export function updateLoads(
  net: Net,
  prev: Loads,
  prevTraces: Trace[],
  flows: Flow[],
  traces: Trace[],
  changed: Iterable<number>,
  metricLinks: readonly number[],
): Loads {
  const recomputed = [...changed].sort((a, b) => a - b);
  // Most re-steered flows keep their paths (a latency edit rarely moves them): only those that
  // moved change the link and hub sums; all of them need a price (a new flow object has none).
  const moved = recomputed.filter((i) => !samePaths(prev.flows[i]!, prevTraces[i], flows[i]!, traces[i]));
  const isMoved = new Set(moved);
  const linkFlows = prev.index.linkFlows.slice();
  const hubFlows = prev.index.hubFlows.slice();
  const load = prev.index.load.slice();
  // The links and hubs each moved flow used before and uses now.
  const touchedLinks = new Set<number>();
  const touchedHubs = new Set<number>();
  const joins = new Map<number, number[]>();
  const hubJoins = new Map<number, number[]>();
  for (const i of moved) {
    for (const [f, trace, into] of [
      [prev.flows[i]!, prevTraces[i], null],
      [flows[i]!, traces[i], i],
    ] as const) {
      if (f.deliveredMbps <= 0) continue;
      for (const p of trace?.carried ?? []) for (const l of p.links) noteJoin(touchedLinks, joins, l, into);
      for (const p of f.paths) if (p.egressHub) noteJoin(touchedHubs, hubJoins, net.nodeIndex.get(p.egressHub)!, into);
    }
  }
  for (const l of touchedLinks) linkFlows[l] = merged(prev.index.linkFlows[l]!, isMoved, joins.get(l));
  for (const h of touchedHubs) hubFlows[h] = merged(prev.index.hubFlows[h]!, isMoved, hubJoins.get(h));
  const carried = carriedOf(net, flows, traces);
  // Re-price the moved flows and every flow on a link whose load or monthly cost changed.
  const reprice = new Set<number>(recomputed);
  const relisted = new Set<number>([...touchedLinks, ...metricLinks]);
  for (const l of touchedLinks) {
    load[l] = linkSum(flows, carried, linkFlows[l]!, l);
    if (load[l] !== prev.index.load[l]) for (const i of linkFlows[l]!) reprice.add(i);
  }
  for (const l of metricLinks) for (const i of linkFlows[l]!) reprice.add(i);
  const priced = flows.slice();
  for (const i of reprice) priced[i] = priceFlow(net, flows[i]!, carried(i), load);
  const index: LoadIndex = { load, linkFlows, hubFlows };
  const linkLoads = prev.linkLoads.slice();
  for (const l of relisted) linkLoads[l] = linkLoad(net, l, index, priced);
  // A hub's sums change when a flow joined or left it, or a flow egressing there changed price.
  for (const i of reprice) {
    if (priced[i] === prev.flows[i]) continue;
    for (const f of [prev.flows[i]!, priced[i]!]) if (f.egressHub) touchedHubs.add(net.nodeIndex.get(f.egressHub)!);
  }
  const hubs = prev.hubLoads.slice();
  hubLoadNodes(net).forEach((hub, k) => {
    if (touchedHubs.has(hub.index)) hubs[k] = hubLoad(hub, priced, index);
  });
  return { flows: priced, linkLoads, hubLoads: hubs, totals: totals(net, priced, linkLoads, hubs), index };
}

function carriedOf(net: Net, flows: Flow[], traces?: Trace[]): (i: number) => Carried {
  return (i) =>
    traces?.[i]?.carried ??
    flows[i]!.paths.map((p) => ({ links: p.links.map((id) => net.linkIndex.get(id)!), share: p.share }));
}

function pushOnce(list: number[], i: number): void {
  if (list[list.length - 1] !== i) list.push(i);
}

/** Records that `key` is touched and, when `i` is not null, that flow `i` now uses it. */
function noteJoin(touched: Set<number>, joins: Map<number, number[]>, key: number, i: number | null): void {
  touched.add(key);
  if (i === null) return;
  const list = joins.get(key);
  if (!list) joins.set(key, [i]);
  else pushOnce(list, i);
}

/** `list` without the moved flows, plus those that use the element now; ascending. */
function merged(list: number[], isMoved: Set<number>, joined: number[] | undefined): number[] {
  const out = list.filter((i) => !isMoved.has(i));
  if (!joined) return out;
  out.push(...joined);
  return out.sort((a, b) => a - b);
}

/** A link's load, adding in flow, path and hop order: the order computeLoads adds in. */
function linkSum(flows: Flow[], carried: (i: number) => Carried, list: number[], l: number): number {
  let sum = 0;
  for (const i of list) {
    const f = flows[i]!;
    for (const p of carried(i)) {
      const mbps = f.deliveredMbps * p.share;
      for (const x of p.links) if (x === l) sum += mbps;
    }
  }
  return sum;
}

/** Cost: every link's monthly cost shared among the flows on it by their share of its load.
 * Flows are shared with earlier results (scenarios, edits): a changed cost makes a new object. */
function priceFlow(net: Net, f: Flow, carried: Carried, load: Float64Array, inPlace = false): Flow {
  let cost = 0;
  if (f.deliveredMbps > 0) {
    for (const p of carried) {
      const mbps = f.deliveredMbps * p.share;
      for (const l of p.links) {
        if (load[l]! > 0) cost += (net.links[l]!.costPerMonth * mbps) / load[l]!;
      }
    }
  }
  const costPerMonth = round(cost);
  if (costPerMonth === f.costPerMonth) return f;
  if (inPlace) {
    f.costPerMonth = costPerMonth;
    return f;
  }
  return { ...f, costPerMonth };
}

function linkLoad(net: Net, l: number, index: LoadIndex, flows: Flow[]): LinkLoad {
  const link = net.links[l]!;
  const mbps = round(index.load[l]!);
  const utilisation = link.bandwidthMbps > 0 ? mbps / link.bandwidthMbps : mbps > 0 ? Number.POSITIVE_INFINITY : 0;
  return {
    linkId: link.id,
    loadMbps: mbps,
    capacityMbps: link.bandwidthMbps,
    utilisation: Number.isFinite(utilisation) ? round(utilisation) : 1e9,
    overCapacity: mbps > link.bandwidthMbps + 1e-9,
    flows: index.linkFlows[l]!.map((i) => flows[i]!.id),
  };
}

function samePaths(a: Flow, at: Trace | undefined, b: Flow, bt: Trace | undefined): boolean {
  if (a.deliveredMbps !== b.deliveredMbps || a.egressHub !== b.egressHub || a.paths.length !== b.paths.length) {
    return false;
  }
  for (let k = 0; k < a.paths.length; k++) if (a.paths[k]!.egressHub !== b.paths[k]!.egressHub) return false;
  const x = at?.carried;
  const y = bt?.carried;
  if (!x || !y || x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) {
    const p = x[k]!;
    const q = y[k]!;
    if (p.share !== q.share || p.links.length !== q.links.length) return false;
    for (let j = 0; j < p.links.length; j++) if (p.links[j] !== q.links[j]) return false;
  }
  return true;
}

const hubNodes = new WeakMap<Net['nodes'], Net['nodes']>();

/** The hubs, in the order of the hub loads. */
function hubLoadNodes(net: Net): Net['nodes'] {
  let hubs = hubNodes.get(net.nodes);
  if (!hubs) {
    hubs = net.nodes.filter((n) => n.kind === 'hub');
    hubNodes.set(net.nodes, hubs);
  }
  return hubs;
}

function hubLoads(net: Net, flows: Flow[], index: LoadIndex): HubLoad[] {
  return hubLoadNodes(net).map((hub) => hubLoad(hub, flows, index));
}

/** A hub's load (the paths egressing there) and cost (the flows whose primary path does). */
function hubLoad(hub: Net['nodes'][number], flows: Flow[], index: LoadIndex): HubLoad {
  let load = 0;
  let cost = 0;
  for (const i of index.hubFlows[hub.index]!) {
    const f = flows[i]!;
    for (const p of f.paths) if (p.egressHub === hub.id) load += f.deliveredMbps * p.share;
    if (f.egressHub === hub.id) cost += f.costPerMonth;
  }
  const mbps = round(load);
  return {
    hubId: hub.id,
    loadMbps: mbps,
    capacityMbps: hub.capacityMbps,
    utilisation: hub.capacityMbps > 0 ? round(mbps / hub.capacityMbps) : mbps > 0 ? 1e9 : 0,
    overCapacity: mbps > hub.capacityMbps + 1e-9,
    costPerMonth: round(cost),
    flows: index.hubFlows[hub.index]!.map((i) => flows[i]!.id),
  };
}

function totals(net: Net, flows: Flow[], linkLoads: LinkLoad[], hubs: HubLoad[]): Totals {
  const byState: Record<FlowState, number> = {
    ok: 0,
    'sla-miss': 0,
    'compliance-block': 0,
    dropped: 0,
    unreachable: 0,
  };
  let demand = 0;
  let delivered = 0;
  for (const f of flows) {
    byState[f.state]++;
    demand += f.demandMbps;
    delivered += f.deliveredMbps;
  }
  return {
    flows: flows.length,
    byState,
    demandMbps: round(demand),
    deliveredMbps: round(delivered),
    undeliveredMbps: round(demand - delivered),
    costPerMonth: round(net.links.reduce((sum, l) => sum + (l.up ? l.costPerMonth : 0), 0)),
    overloadedLinks: linkLoads.filter((l) => l.overCapacity).length,
    overloadedHubs: hubs.filter((h) => h.overCapacity).length,
  };
}
