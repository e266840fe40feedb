// The check at the heart of the lab: for every router and prefix, does FRR hold the best path
// and ECMP set the engine predicted, and is FRR's selectionReason one the engine allows?
// Pure: both sides are first reduced to the same comparable form (next hops named by the
// neighbour and design link, never by address), so a difference reads in design terms.
import type { RibEntry, RouteCandidate } from '../engine/types';
import type { AddressPlan } from '../model/addressing';
import type { Design } from '../model/types';
import type { ObservedTable } from './frr-json';

/** `local` for a prefix the router originates, else `<neighbour> via <link>`. */
export type NextHopKey = string;
export const LOCAL: NextHopKey = 'local';

/** One router's route to one prefix, in comparable form. */
export interface RouteView {
  best: NextHopKey;
  /** Sorted, best included. */
  ecmp: NextHopKey[];
}

export interface ExpectedRoute extends RouteView {
  /** FRR may print any of these as selectionReason (see RibEntry.possibleReasons). */
  possibleReasons: string[];
  arrivalOrderDependent: boolean;
}

export interface ObservedRoute extends RouteView {
  selectionReason: string | null;
  /** How many valid paths FRR holds (to explain a reason mismatch). */
  candidates: number;
}

/** routes[router][prefix] */
export type Routes<T> = Record<string, Record<string, T>>;

export type ProblemKind = 'missing-in-frr' | 'unexpected-in-frr' | 'best' | 'ecmp' | 'reason';

export interface RouteCheck {
  router: string;
  prefix: string;
  expected: ExpectedRoute | null;
  observed: ObservedRoute | null;
  /** Empty when FRR did what the engine said. */
  problems: ProblemKind[];
}

export function nextHopKey(fromNode: string, viaLink: string | null): NextHopKey {
  return viaLink === null ? LOCAL : `${fromNode} via ${viaLink}`;
}

function candidateKey(c: RouteCandidate): NextHopKey {
  return c.locallyOriginated ? LOCAL : nextHopKey(c.fromNode, c.viaLink);
}

/** The engine's RIBs for the given routers, in comparable form (entries without a best are absent). */
export function expectedRoutes(
  ribs: Record<string, Record<string, RibEntry>>,
  routers: Iterable<string>,
): Routes<ExpectedRoute> {
  const out: Routes<ExpectedRoute> = {};
  for (const router of routers) {
    const table: Record<string, ExpectedRoute> = {};
    for (const [prefix, entry] of Object.entries(ribs[router] ?? {})) {
      if (!entry.best) continue;
      const best = candidateKey(entry.best);
      const ecmp = new Set(entry.ecmp.map(candidateKey));
      ecmp.add(best);
      table[prefix] = {
        best,
        ecmp: [...ecmp].sort(),
        possibleReasons: [...entry.possibleReasons],
        arrivalOrderDependent: entry.arrivalOrderDependent,
      };
    }
    out[router] = table;
  }
  return out;
}

/** For each router, which neighbour and link an address on a directly connected link belongs to. */
export function nextHopIndex(design: Design, plan: AddressPlan): Record<string, Record<string, NextHopKey>> {
  const index: Record<string, Record<string, NextHopKey>> = {};
  for (const node of design.nodes) index[node.id] = {};
  for (const link of design.links) {
    const addresses = plan.links[link.id];
    if (!addresses) continue;
    const atSource = index[link.source];
    const atTarget = index[link.target];
    if (atSource) atSource[addresses.targetAddress] = nextHopKey(link.target, link.id);
    if (atTarget) atTarget[addresses.sourceAddress] = nextHopKey(link.source, link.id);
  }
  return index;
}

/** FRR's tables, in comparable form. An address outside the plan shows as `? <address>`. */
export function observedRoutes(
  tables: Record<string, ObservedTable>,
  index: Record<string, Record<string, NextHopKey>>,
): Routes<ObservedRoute> {
  const out: Routes<ObservedRoute> = {};
  for (const [router, table] of Object.entries(tables)) {
    const byAddress = index[router] ?? {};
    const name = (ip: string): NextHopKey => (ip === '0.0.0.0' ? LOCAL : (byAddress[ip] ?? `? ${ip}`));
    const routes: Record<string, ObservedRoute> = {};
    for (const [prefix, entry] of Object.entries(table)) {
      if (!entry.best) continue;
      routes[prefix] = {
        best: name(entry.best.nextHop),
        ecmp: [...new Set(entry.ecmpNextHops.map(name))].sort(),
        selectionReason: entry.selectionReason,
        candidates: entry.paths.filter((p) => p.valid).length,
      };
    }
    out[router] = routes;
  }
  return out;
}

export interface CompareOptions {
  /** Also check FRR's selectionReason (off after failures, where FRR's last comparison depends
   * on the order paths were withdrawn and re-learned). */
  checkReasons: boolean;
}

/** Every (router, prefix) either side has, for the routers in `expected`. */
export function compareRoutes(
  expected: Routes<ExpectedRoute>,
  observed: Routes<ObservedRoute>,
  options: CompareOptions = { checkReasons: true },
): RouteCheck[] {
  const checks: RouteCheck[] = [];
  for (const router of Object.keys(expected).sort()) {
    const want = expected[router] ?? {};
    const got = observed[router] ?? {};
    const prefixes = [...new Set([...Object.keys(want), ...Object.keys(got)])].sort();
    for (const prefix of prefixes) {
      const e = want[prefix] ?? null;
      const o = got[prefix] ?? null;
      checks.push({ router, prefix, expected: e, observed: o, problems: problemsOf(e, o, options) });
    }
  }
  return checks;
}

function problemsOf(e: ExpectedRoute | null, o: ObservedRoute | null, options: CompareOptions): ProblemKind[] {
  if (!e && !o) return [];
  if (!o) return ['missing-in-frr'];
  if (!e) return ['unexpected-in-frr'];
  const problems: ProblemKind[] = [];
  if (e.best !== o.best) problems.push('best');
  if (e.ecmp.join('|') !== o.ecmp.join('|')) problems.push('ecmp');
  if (options.checkReasons && !reasonAllowed(e, o.selectionReason)) problems.push('reason');
  return problems;
}

export function reasonAllowed(e: ExpectedRoute, reason: string | null): boolean {
  return reason !== null && e.possibleReasons.includes(reason);
}

/** Only the routes whose best path or ECMP set differ: selection reasons are ignored. */
export function pathMismatches(checks: readonly RouteCheck[]): RouteCheck[] {
  return checks.filter((c) => c.problems.some((p) => p !== 'reason'));
}

/** The neighbour and link a next-hop key names; null for `local` and unknown addresses. */
export function parseNextHop(key: NextHopKey): { node: string; link: string } | null {
  const match = /^(.+) via (.+)$/.exec(key);
  return match?.[1] && match[2] ? { node: match[1], link: match[2] } : null;
}
