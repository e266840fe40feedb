// Output of the control plane in the contract's terms: RouteCandidate / RibEntry per router and
// prefix, the sessions, and per-router views (knobs, originated prefixes, per-session policies)
// that the exporters render and the lab compares like-for-like.
import { compareRoutes, multipath, rankRoutes, STEP, selectBest, stepName } from './bestpath';
import { type ControlPlane, candidatesAt, isActive, returnedCopies } from './bgp';
import type { Net, NetNode } from './normalize';
import type { Route } from './route';
import type { BestPathStep, RibEntry, RouteCandidate, RouterView, SessionResult } from './types';

export function toCandidate(net: Net, r: Route): RouteCandidate {
  const from = net.nodes[r.fromNode]!;
  const link = r.link < 0 ? null : net.links[r.link]!;
  return {
    prefix: net.prefixes.list[r.prefix]!.cidr,
    fromNode: from.id,
    viaLink: link ? link.id : null,
    peerAddress: link ? (link.a === r.fromNode ? link.aAddress : link.bAddress) : '0.0.0.0',
    peerRouterId: from.routerId,
    asPath: r.asPath.slice(),
    localPref: r.localPref,
    med: r.med,
    weight: r.weight,
    origin: 'igp',
    ebgp: r.ebgp,
    locallyOriginated: r.local,
  };
}

export function ribEntry(net: Net, cp: ControlPlane, node: NetNode, p: number): RibEntry | null {
  const rib = cp.ribs[p]!;
  const held = candidatesAt(net, rib, node, p, cp.scope);
  if (held.length === 0) return null;
  // The stored best is the fixed point's; recompute only if the router was not computed.
  const best = rib.best[node.index] ?? selectBest(held, node.bgp);
  const returned = returnedCopies(net, cp, node, p);
  const candidates = returned.length > 0 ? held.concat(returned) : held;
  const ranked = rankRoutes(best, candidates, node.bgp);
  const ecmp = multipath(best, candidates, node.bgp);
  // One output object per path, shared by candidates, ecmp, best and rivals.
  const out = new Map<Route, RouteCandidate>();
  for (const c of candidates) out.set(c, toCandidate(net, c));
  const rivals = ranked.slice(1).map((c) => ({
    candidate: out.get(c)!,
    beatenAt: best ? stepName(compareRoutes(best, c, node.bgp)) : ('Nothing left to compare' as BestPathStep),
  }));
  const possible = new Set<BestPathStep>(rivals.map((r) => r.beatenAt));
  return {
    best: best ? out.get(best)! : null,
    ecmp: ecmp.map((r) => out.get(r)!),
    candidates: candidates.map((r) => out.get(r)!),
    rivals,
    // A peer alone in its update group does not send the copies back: FRR may then see one path.
    possibleReasons: rivals.length === returned.length ? ['First path received', ...possible] : [...possible],
    arrivalOrderDependent: rivals.some((r) => r.beatenAt === 'Older Path'),
  };
}

/** Step that separated the best from the runner-up (what the explanation leads with). */
export function decidingStep(entry: RibEntry): BestPathStep | null {
  if (!entry.best) return null;
  return entry.rivals[0]?.beatenAt ?? 'First path received';
}

export function materializeRibs(net: Net, cp: ControlPlane): Record<string, Record<string, RibEntry>> {
  const out: Record<string, Record<string, RibEntry>> = {};
  for (const node of net.nodes) {
    const table: Record<string, RibEntry> = {};
    for (let p = 0; p < net.prefixes.count; p++) {
      // 'flows' scope lists the prefixes flows are addressed to (and what covers them) only.
      if (!cp.scope.all && cp.scope.neededByLeaves[p] !== 1) continue;
      if (!isActive(cp.scope, node, p)) continue;
      const entry = ribEntry(net, cp, node, p);
      if (entry) table[net.prefixes.list[p]!.cidr] = entry;
    }
    out[node.id] = table;
  }
  return out;
}

export function sessions(net: Net, cp: ControlPlane): SessionResult[] {
  // What each slot carries, one pass per prefix's RIB (reading slot by slot across every
  // prefix's RIB was the slow, cache-unfriendly order).
  const carried: string[][] = Array.from({ length: net.links.length * 2 }, () => []);
  const { scope } = cp;
  for (let p = 0; p < net.prefixes.count; p++) {
    const ribIn = cp.ribs[p]!.ribIn;
    const cidr = net.prefixes.list[p]!.cidr;
    if (scope.all || scope.neededByLeaves[p] === 1) {
      for (let slot = 0; slot < ribIn.length; slot++) if (ribIn[slot]) carried[slot]!.push(cidr);
      continue;
    }
    // A prefix only core routers and its originators hold: only their sessions can carry it
    // (a thousand site prefixes x every session was most of this function's time).
    for (const l of scope.coreCoreLinks) {
      if (ribIn[2 * l]) carried[2 * l]!.push(cidr);
      if (ribIn[2 * l + 1]) carried[2 * l + 1]!.push(cidr);
    }
    const origins = net.origins[p]!;
    origins.forEach((o, k) => {
      if (scope.core[o]) return;
      for (const l of net.nodes[o]!.links) {
        const link = net.links[l]!;
        // A link between two originators is read once, from the first.
        const other = origins.indexOf(link.a === o ? link.b : link.a);
        if (other >= 0 && other < k && !scope.core[origins[other]!]) continue;
        if (ribIn[2 * l]) carried[2 * l]!.push(cidr);
        if (ribIn[2 * l + 1]) carried[2 * l + 1]!.push(cidr);
      }
    });
  }
  return net.links.map((link) => {
    const a = net.nodes[link.a]!;
    const b = net.nodes[link.b]!;
    const advertised = (slot: number) => (link.up ? carried[slot]! : []);
    const session: SessionResult = {
      linkId: link.id,
      a: a.id,
      b: b.id,
      type: link.ibgp ? 'ibgp' : 'ebgp',
      state: link.up ? 'up' : 'down',
      aAddress: link.aAddress,
      bAddress: link.bAddress,
      aAsn: a.asn,
      bAsn: b.asn,
      keepaliveS: link.keepaliveS,
      holdS: link.holdS,
      bfd: link.mechanism === 'bfd' ? { intervalMs: link.bfdIntervalMs, multiplier: link.bfdMultiplier } : null,
      // slot 2l+1 = what b received from a; 2l = what a received from b.
      advertisedAtoB: advertised(2 * link.index + 1),
      advertisedBtoA: advertised(2 * link.index),
    };
    if (link.downReason) session.downReason = link.downReason;
    return session;
  });
}

export function routerViews(net: Net): Record<string, RouterView> {
  const out: Record<string, RouterView> = {};
  for (const node of net.nodes) {
    out[node.id] = {
      nodeId: node.id,
      bgp: { ...node.bgp },
      loopback: net.addressing.routers[node.id]?.loopback ?? '0.0.0.0',
      originates: node.originates.map((p) => net.prefixes.list[p]!.cidr),
      neighbors: node.links.map((l) => {
        const link = net.links[l]!;
        const isA = link.a === node.index;
        const peer = net.nodes[isA ? link.b : link.a]!;
        return {
          linkId: link.id,
          peerNode: peer.id,
          peerAsn: peer.asn,
          peerAddress: isA ? link.bAddress : link.aAddress,
          localAddress: isA ? link.aAddress : link.bAddress,
          type: link.ibgp ? 'ibgp' : 'ebgp',
          nextHopSelf: link.ibgp,
          inbound: link.policies[isA ? 0 : 2].map((p) => p.applied),
          outbound: link.policies[isA ? 1 : 3].map((p) => p.applied),
          advertisesLearnedRoutes: link.ibgp || node.bgp.givesTransit,
        };
      }),
    };
  }
  return out;
}

export { STEP };
