// Stage 2, control plane: path-vector propagation of every prefix to a fixed point, one prefix
// at a time (prefixes are independent: no aggregation is modelled). Each router re-runs the
// best-path decision when its Adj-RIB-In changes and advertises only its best path, as bgpd
// does; a worklist processes routers in a deterministic order until nothing changes.
//
// The same propagate() serves the baseline (seeded from the originators) and a failure
// scenario (seeded from the routers next to the failure, starting from the baseline state):
// real routers also converge incrementally from where they were, which is what the lab measures.
import { compareRoutes, selectBest } from './bestpath';
import type { Net, NetNode } from './normalize';
import type { Route } from './route';

export interface PrefixRib {
  /** Adj-RIB-In after inbound policy, per link and receiving end: slot 2*link + (b receives ? 1 : 0). */
  ribIn: (Route | null)[];
  /** Each router's best path (null = none or not computed). */
  best: (Route | null)[];
}

/** Writes made to a shared control plane during a scenario, undone afterwards: a scenario edits
 * the baseline's arrays in place (no copies of big RIBs) and restores them when done. */
export interface UndoLog {
  arrays: (Route | null)[][];
  indexes: number[];
  values: (Route | null)[];
}

export function undo(log: UndoLog): void {
  for (let i = log.arrays.length - 1; i >= 0; i--) log.arrays[i]![log.indexes[i]!] = log.values[i]!;
  log.arrays.length = 0;
  log.indexes.length = 0;
  log.values.length = 0;
}

export function logWrite(log: UndoLog | undefined, array: (Route | null)[], index: number, value: Route | null): void {
  if (log) {
    log.arrays.push(array);
    log.indexes.push(index);
    log.values.push(array[index] ?? null);
  }
  array[index] = value;
}

export interface ControlPlane {
  ribs: PrefixRib[];
  converged: boolean;
  /** Prefixes whose propagation hit the iteration limit, with the routers that kept changing. */
  diverged: { prefix: number; nodes: number[] }[];
  scope: Scope;
}

export interface Scope {
  all: boolean;
  /** Per prefix: leaf sites need it (destinations and what covers them, for longest match). */
  neededByLeaves: Uint8Array;
  /** Per node: has an iBGP session (then it passes eBGP routes on even without transit). */
  hasIbgp: Uint8Array;
  /** Per node: its links to routers that compute every prefix (hubs, transit nodes,
   * destinations); the rest lead to leaf sites, which matter for a prefix only when they
   * originate it or leaves need it. Lets a hub with 100 sites skip them for site prefixes. */
  coreLinks: number[][];
  /** Per node: always computes every prefix. */
  core: Uint8Array;
  /** Links with both ends core: with the originators' links, the only sessions that can carry
   * a prefix leaves do not need (see linksFor), so readers need not scan every session. */
  coreCoreLinks: number[];
}

export function makeScope(net: Net, all: boolean): Scope {
  const needed = new Uint8Array(net.prefixes.count);
  const list = net.prefixes.list;
  for (let p = 0; p < list.length; p++) {
    if (net.origins[p]!.some((o) => net.nodes[o]!.kind !== 'site')) needed[p] = 1;
  }
  // The destinations' prefixes (needed so far), so the covering check below scans a few, not all.
  const destinations: number[] = [];
  for (let p = 0; p < list.length; p++) if (needed[p]) destinations.push(p);
  for (let q = 0; q < list.length; q++) {
    if (needed[q]) continue;
    const outer = list[q]!;
    for (const p of destinations) {
      const inner = list[p]!;
      if (inner.len >= outer.len && inner.base >= outer.base && inner.base < outer.base + outer.size) {
        needed[q] = 1;
        break;
      }
    }
  }
  const hasIbgp = new Uint8Array(net.nodes.length);
  for (const link of net.links) {
    if (link.ibgp) {
      hasIbgp[link.a] = 1;
      hasIbgp[link.b] = 1;
    }
  }
  const core = new Uint8Array(net.nodes.length);
  for (const node of net.nodes) {
    core[node.index] =
      node.bgp.givesTransit || node.kind === 'cloud' || node.kind === 'internet' || hasIbgp[node.index] ? 1 : 0;
  }
  const coreLinks = net.nodes.map((node) =>
    node.links.filter((l) => {
      const link = net.links[l]!;
      return core[link.a === node.index ? link.b : link.a] === 1;
    }),
  );
  const coreCoreLinks = net.links.filter((l) => core[l.a] === 1 && core[l.b] === 1).map((l) => l.index);
  return { all, neededByLeaves: needed, hasIbgp, coreLinks, core, coreCoreLinks };
}

/** The links of `node` that can carry prefix `p` in this scope: every link, or (for a prefix
 * leaves do not need) the core links plus the links to leaf originators of `p`. */
export function linksFor(net: Net, scope: Scope, node: NetNode, p: number, scratch: number[]): number[] {
  if (scope.all || scope.neededByLeaves[p] === 1) return node.links;
  // A leaf originator talks to all its neighbours (they are core, or leaves that ignore p).
  if (!scope.core[node.index] && node.originates.includes(p)) return node.links;
  // Written by index, then cut to size: `scratch.length = 0` would free the storage each call.
  let k = 0;
  for (const l of scope.coreLinks[node.index]!) scratch[k++] = l;
  for (const o of net.origins[p]!) {
    if (scope.core[o]) continue;
    for (const l of net.nodes[o]!.links) {
      const link = net.links[l]!;
      if ((link.a === o ? link.b : link.a) === node.index) scratch[k++] = l;
    }
  }
  if (scratch.length !== k) scratch.length = k;
  return scratch;
}

const candidateScratch: number[] = [];
const heldScratch: Route[] = [];
const exportScratch: number[] = [];

export function isActive(scope: Scope, node: NetNode, p: number): boolean {
  if (!node.up) return false;
  return (
    scope.all ||
    node.bgp.givesTransit ||
    node.kind === 'cloud' ||
    node.kind === 'internet' ||
    scope.neededByLeaves[p] === 1 ||
    scope.hasIbgp[node.index] === 1 ||
    node.originates.includes(p)
  );
}

export function computeControlPlane(net: Net, scope: Scope): ControlPlane {
  const cp: ControlPlane = { ribs: [], converged: true, diverged: [], scope };
  for (let p = 0; p < net.prefixes.count; p++) {
    const rib: PrefixRib = {
      ribIn: new Array<Route | null>(net.links.length * 2).fill(null),
      best: new Array<Route | null>(net.nodes.length).fill(null),
    };
    cp.ribs.push(rib);
    const seeds = net.origins[p]!.filter((o) => net.nodes[o]!.up);
    if (seeds.length > 0) propagate(net, cp, p, rib, seeds);
  }
  return cp;
}

/** The paths a router holds for a prefix: its own origination first, then per link in order.
 * `into`: an array to reuse (the control plane's hot loop reads the list once and drops it). */
export function candidatesAt(
  net: Net,
  rib: PrefixRib,
  node: NetNode,
  p: number,
  scope?: Scope,
  into: Route[] = [],
): Route[] {
  // Written by index, then cut to size (see linksFor).
  const out = into;
  let k = 0;
  if (node.up) {
    if (node.originates.includes(p)) out[k++] = localRoute(net, node, p);
    for (const l of scope ? linksFor(net, scope, node, p, candidateScratch) : node.links) {
      const link = net.links[l]!;
      if (!link.up) continue;
      const r = rib.ribIn[2 * l + (link.b === node.index ? 1 : 0)];
      if (r) out[k++] = r;
    }
  }
  if (out.length !== k) out.length = k;
  return out;
}

/**
 * Copies of `node`'s own prefix `p` that its neighbours send back over the session they learned
 * it on. FRR skips the sender only when it is alone in its update group, so a hub usually does
 * send a site its own prefix back; the site drops it as an AS-path loop unless it has allowas-in
 * or the hub overrides the AS. FRR then holds those copies beside the local path, which beats
 * them at Weight (32768 against 0), so they change the selection reason but never the best path
 * or forwarding: the control plane leaves them out and only the RIB view lists them as rivals.
 */
export function returnedCopies(net: Net, cp: ControlPlane, node: NetNode, p: number): Route[] {
  const out: Route[] = [];
  if (!node.up || !node.originates.includes(p)) return out;
  const rib = cp.ribs[p]!;
  for (const l of linksFor(net, cp.scope, node, p, candidateScratch)) {
    const link = net.links[l]!;
    if (!link.up) continue;
    const peer = net.nodes[link.a === node.index ? link.b : link.a]!;
    const peerBest = rib.best[peer.index];
    // Only what the peer learned over this very session comes back over it (other links are in ribIn).
    if (!peerBest || peerBest.link !== l || !peer.up) continue;
    const copy = exportRoute(net, peer, peerBest, l, node, undefined, true);
    if (copy) out.push(copy);
  }
  return out;
}

const localRoutes = new WeakMap<Net['prefixes'], Map<number, Route>>();

/** A network statement: weight 32768, origin IGP, an explicit MED of 0 (what FRR sends). */
export function localRoute(net: Net, node: NetNode, p: number): Route {
  let cache = localRoutes.get(net.prefixes);
  if (!cache) {
    cache = new Map();
    localRoutes.set(net.prefixes, cache);
  }
  const key = node.index * 1_000_003 + p;
  let r = cache.get(key);
  if (!r || r.localPref !== node.bgp.defaultLocalPref) {
    r = {
      prefix: p,
      weight: 32768,
      localPref: node.bgp.defaultLocalPref,
      med: 0,
      asPath: [],
      fromNode: node.index,
      link: -1,
      ebgp: false,
      local: true,
      peerRouterId: node.routerIdNum,
      peerAddress: 0,
    };
    cache.set(key, r);
  }
  return r;
}

/** Runs the worklist from `seeds` to a fixed point. Returns false (and records it) when the
 * iteration limit is hit: a policy that never converges (a "bad gadget"). */
export function propagate(
  net: Net,
  cp: ControlPlane,
  p: number,
  rib: PrefixRib,
  seeds: number[],
  changed?: number[],
  log?: UndoLog,
): boolean {
  const work = scratchFor(net.nodes.length);
  const { queue, queued, changes, full, pending } = work;
  try {
    return run(net, cp, p, rib, seeds, changed, log);
  } finally {
    // Every router that got a mark was queued: clearing the queued ones leaves the scratch clean.
    for (let i = 0; i < work.size; i++) {
      const n = queue[i]!;
      queued[n] = 0;
      changes[n] = 0;
      full[n] = 0;
    }
    work.size = 0;
    pending.clear();
  }
}

/**
 * Per-router work arrays for propagate, reused between calls: the sweep runs propagate for
 * thousands of (scenario, prefix) pairs, and allocating three router-sized arrays each time was
 * a large share of its garbage. All zero between calls.
 */
interface Scratch {
  /** The worklist: entries [0, size). Written by index and never truncated: emptying an array
   * with `length = 0` frees its storage, and regrowing it per prefix was measurable garbage. */
  queue: number[];
  size: number;
  queued: Uint8Array;
  changes: Uint32Array;
  /** Per router: re-run the full decision (full) or just take the best of the current best and
   * the better arrivals (pending). The shortcut is exact only while the order is transitive:
   * no MED set by policy (MEDs are then all 0 or absent) and no deterministic-med grouping. */
  full: Uint8Array;
  pending: Map<number, Route>;
}

let scratch: Scratch | null = null;

function scratchFor(nodes: number): Scratch {
  if (!scratch || scratch.queued.length < nodes) {
    scratch = {
      queue: [],
      size: 0,
      queued: new Uint8Array(nodes),
      changes: new Uint32Array(nodes),
      full: new Uint8Array(nodes),
      pending: new Map(),
    };
  }
  return scratch;
}

function run(
  net: Net,
  cp: ControlPlane,
  p: number,
  rib: PrefixRib,
  seeds: number[],
  changed: number[] | undefined,
  log: UndoLog | undefined,
): boolean {
  const work = scratchFor(net.nodes.length);
  const { queue, queued, changes, full, pending } = work;
  for (const s of seeds) {
    full[s] = 1;
    if (!queued[s]) {
      queued[s] = 1;
      queue[work.size++] = s;
    }
  }
  const memo: ExportMemo = { prepend: 0, asPath: null };
  // Generous: a converging policy settles in a few rounds per router; a divergent one never does.
  const limit = 64;
  for (let head = 0; head < work.size; head++) {
    const n = queue[head]!;
    queued[n] = 0;
    const node = net.nodes[n]!;
    let newBest: Route | null;
    if (!isActive(cp.scope, node, p)) newBest = null;
    else if (full[n]) newBest = selectBest(candidatesAt(net, rib, node, p, cp.scope, heldScratch), node.bgp);
    else newBest = pending.get(n) ?? rib.best[n] ?? null;
    full[n] = 0;
    pending.delete(n);
    if (newBest === rib.best[n]) continue;
    logWrite(log, rib.best, n, newBest);
    if (changed && changes[n] === 0) changed.push(n);
    if (++changes[n]! > limit) {
      const nodes: number[] = [];
      for (let i = 0; i < net.nodes.length; i++) if (changes[i]! > limit / 2) nodes.push(i);
      cp.converged = false;
      cp.diverged.push({ prefix: p, nodes });
      return false;
    }
    memo.asPath = null; // a new best path: nothing prepended yet
    for (const l of linksFor(net, cp.scope, node, p, exportScratch)) {
      const link = net.links[l]!;
      if (!link.up) continue;
      const peerIndex = link.a === n ? link.b : link.a;
      const peer = net.nodes[peerIndex]!;
      if (!isActive(cp.scope, peer, p)) continue;
      const slot = 2 * l + (link.b === peerIndex ? 1 : 0);
      const old = rib.ribIn[slot] ?? null;
      const advertised = newBest ? exportRoute(net, node, newBest, l, peer, memo) : null;
      if (sameRoute(old, advertised)) continue;
      logWrite(log, rib.ribIn, slot, advertised);
      if (net.medInUse || peer.bgp.deterministicMed || full[peerIndex]) {
        full[peerIndex] = 1;
      } else {
        const current = pending.get(peerIndex) ?? rib.best[peerIndex] ?? null;
        if (old !== null && (old === rib.best[peerIndex] || old === pending.get(peerIndex))) {
          full[peerIndex] = 1;
        } else if (advertised && (current === null || compareRoutes(advertised, current, peer.bgp) > 0)) {
          pending.set(peerIndex, advertised);
        } else {
          continue;
        }
      }
      if (!queued[peerIndex]) {
        queued[peerIndex] = 1;
        queue[work.size++] = peerIndex;
      }
    }
  }
  return true;
}

/** The AS path of the last export of one best path, by prepend count: shared by every peer that
 * gets the same (one entry: peers almost always get the same prepend). Reset per best path. */
interface ExportMemo {
  prepend: number;
  asPath: number[] | null;
}

/** What `from` advertises over link `l` to `to`, as `to` holds it after its inbound policy; null
 * when nothing is sent or the receiver rejects it (AS-path loop). */
export function exportRoute(
  net: Net,
  from: NetNode,
  route: Route,
  l: number,
  to: NetNode,
  memo?: ExportMemo,
  backToSender = false,
): Route | null {
  const link = net.links[l]!;
  // Not back to the peer it came from, unless asked for FRR's returned copies (returnedCopies).
  if (route.link === l && !backToSender) return null;
  if (!route.local) {
    if (link.ibgp && !route.ebgp) return null; // no route reflection: iBGP-learned stays put
    if (!link.ibgp && !from.bgp.givesTransit) return null; // sites/clouds give no transit
  }
  const fromIsA = link.a === from.index;
  const prefix = net.prefixes.list[route.prefix]!;
  const out = mergedSet(link.policies[fromIsA ? 1 : 3], prefix);
  let asPath: number[];
  let med: number | null;
  let localPref: number;
  if (link.ibgp) {
    asPath = route.asPath;
    med = out.med ?? route.med;
    localPref = out.localPref ?? route.localPref;
  } else {
    const prepend = 1 + (out.asPathPrepend ?? 0);
    if (from.bgp.asOverride) {
      const base = route.asPath.map((as) => (as === to.asn ? from.asn : as));
      asPath = new Array<number>(prepend).fill(from.asn).concat(base);
    } else {
      const shared = memo?.asPath && memo.prepend === prepend ? memo.asPath : null;
      asPath = shared ?? new Array<number>(prepend).fill(from.asn).concat(route.asPath);
      if (memo && !shared) {
        memo.prepend = prepend;
        memo.asPath = asPath;
      }
    }
    // Originated prefixes carry MED 0; a transit router does not pass MED on to another AS.
    med = out.med ?? (route.local ? 0 : null);
    localPref = to.bgp.defaultLocalPref;
    let own = 0;
    for (const as of asPath) if (as === to.asn) own++;
    if (own > (to.bgp.allowasIn ?? 0)) return null;
  }
  const inbound = mergedSet(link.policies[fromIsA ? 2 : 0], prefix);
  if (inbound.asPathPrepend) {
    asPath = new Array<number>(inbound.asPathPrepend).fill(asPath[0] ?? from.asn).concat(asPath);
  }
  return {
    prefix: route.prefix,
    weight: inbound.weight ?? 0,
    localPref: inbound.localPref ?? localPref,
    med: inbound.med ?? med,
    asPath,
    fromNode: from.index,
    link: l,
    ebgp: !link.ibgp,
    local: false,
    peerRouterId: from.routerIdNum,
    peerAddress: fromIsA ? link.aAddressNum : link.bAddressNum,
  };
}

type PolicySet = { weight?: number; localPref?: number; med?: number; asPathPrepend?: number };
const EMPTY_SET: PolicySet = {};

/** Every matching policy applies in document order; a later one's field overrides an earlier's. */
function mergedSet(
  policies: Net['links'][number]['policies'][number],
  prefix: { base: number; len: number },
): PolicySet {
  if (policies.length === 0) return EMPTY_SET;
  let merged: PolicySet | null = null;
  for (const policy of policies) {
    if (
      policy.ranges.length > 0 &&
      !policy.ranges.some((r) => prefix.len >= r.len && prefix.base >= r.base && prefix.base < r.base + r.size)
    ) {
      continue;
    }
    merged = { ...(merged ?? {}), ...policy.applied.set };
  }
  return merged ?? EMPTY_SET;
}

function sameRoute(a: Route | null, b: Route | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (
    a.weight !== b.weight ||
    a.localPref !== b.localPref ||
    a.med !== b.med ||
    a.fromNode !== b.fromNode ||
    a.link !== b.link ||
    a.asPath.length !== b.asPath.length
  ) {
    return false;
  }
  for (let i = 0; i < a.asPath.length; i++) if (a.asPath[i] !== b.asPath[i]) return false;
  return true;
}
