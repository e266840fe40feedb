// FRR's best-path decision (bgpd/bgp_route.c bgp_path_info_cmp), step by step in FRR's order.
// compareRoutes answers "does `a` beat `b`, and at which step"; selectBest applies it the way
// bgpd walks a prefix's path list (pairwise, sequentially; grouped by neighbour AS first with
// deterministic-med), and multipath() reproduces FRR's ECMP equality rules.
import { neighborAs, type Route } from './route';
import { BEST_PATH_STEPS, type BestPathStep, type EffectiveBgp } from './types';

/** Step numbers = index in BEST_PATH_STEPS. */
export const STEP = Object.fromEntries(BEST_PATH_STEPS.map((s, i) => [s, i])) as Record<BestPathStep, number>;

/**
 * > 0 when `a` is preferred, < 0 when `b` is, with |result| - 1 = the deciding step's index.
 * The Older Path rule (both eBGP, compare-routerid off) depends on which path the router holds
 * as selected; a planner cannot know that, so the result reports the step as 'Older Path' but
 * orders the two by router-id and peer address, which is what FRR does when neither is selected.
 */
export function compareRoutes(a: Route, b: Route, cfg: EffectiveBgp): number {
  if (a.weight !== b.weight) return decide(a.weight > b.weight, STEP.Weight);
  if (a.localPref !== b.localPref) return decide(a.localPref > b.localPref, STEP['Local Pref']);
  if (a.local !== b.local) return decide(a.local, STEP['Local Route']);
  if (a.asPath.length !== b.asPath.length) return decide(a.asPath.length < b.asPath.length, STEP['AS Path']);
  // Origin: every route here is a network statement (IGP), so this step never decides.
  if (medComparable(a, b, cfg)) {
    const am = a.med ?? 0;
    const bm = b.med ?? 0;
    if (am !== bm) return decide(am < bm, STEP.MED);
  }
  if (a.ebgp !== b.ebgp) return decide(a.ebgp, STEP['Peer Type']);
  // IGP metric: no IGP is modelled (directly connected next hops), always equal.
  const older = !cfg.compareRouterId && a.ebgp && b.ebgp && !a.local && !b.local;
  if (a.peerRouterId !== b.peerRouterId) {
    return decide(a.peerRouterId < b.peerRouterId, older ? STEP['Older Path'] : STEP['Router ID']);
  }
  // Cluster length: no route reflection, always equal.
  if (a.peerAddress !== b.peerAddress) {
    return decide(a.peerAddress < b.peerAddress, older ? STEP['Older Path'] : STEP['Neighbor IP']);
  }
  return decide(a.link < b.link, STEP['Nothing left to compare']);
}

function decide(aWins: boolean, step: number): number {
  return aWins ? step + 1 : -(step + 1);
}

/** MED is compared between paths from the same neighbour AS, between paths with empty AS paths
 * (internal routes), or always with always-compare-med. */
function medComparable(a: Route, b: Route, cfg: EffectiveBgp): boolean {
  if (cfg.alwaysCompareMed) return true;
  if (a.asPath.length === 0 && b.asPath.length === 0) return true;
  const as = neighborAs(a);
  return as !== 0 && as === neighborAs(b);
}

export function stepName(result: number): BestPathStep {
  return BEST_PATH_STEPS[Math.abs(result) - 1]!;
}

/** The best of `candidates` in bgpd's order. Without deterministic-med the walk is sequential, so
 * with MED the answer can depend on order (as in FRR); candidates arrive in link order. */
export function selectBest(candidates: readonly Route[], cfg: EffectiveBgp): Route | null {
  if (candidates.length === 0) return null;
  if (!cfg.deterministicMed) return sequentialBest(candidates, cfg);
  // deterministic-med: best per neighbour AS first, then between the group winners.
  const groups = new Map<number, Route[]>();
  for (const c of candidates) {
    const key = c.local ? -1 : neighborAs(c);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const winners: Route[] = [];
  for (const group of groups.values()) winners.push(sequentialBest(group, cfg)!);
  return sequentialBest(winners, cfg);
}

function sequentialBest(candidates: readonly Route[], cfg: EffectiveBgp): Route | null {
  let best: Route | null = null;
  for (const c of candidates) {
    if (best === null || compareRoutes(c, best, cfg) > 0) best = c;
  }
  return best;
}

/** Equal up to the IGP-metric step and eligible for multipath with the best (FRR's paths_eq). */
export function multipathEqual(best: Route, other: Route, cfg: EffectiveBgp): boolean {
  if (best.local || other.local) return false;
  if (best.weight !== other.weight || best.localPref !== other.localPref) return false;
  if (best.asPath.length !== other.asPath.length) return false;
  if (medComparable(best, other, cfg) && (best.med ?? 0) !== (other.med ?? 0)) return false;
  if (best.ebgp !== other.ebgp) return false;
  if (cfg.multipathRelax) return true;
  if (best.ebgp) return neighborAs(best) === neighborAs(other);
  return sameAsPath(best.asPath, other.asPath);
}

function sameAsPath(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The multipath set: the best plus equal paths, lower peer address first, up to maximum-paths. */
export function multipath(best: Route | null, candidates: readonly Route[], cfg: EffectiveBgp): Route[] {
  if (!best) return [];
  if (cfg.maximumPaths <= 1) return [best];
  const equal = candidates.filter((c) => c !== best && multipathEqual(best, c, cfg));
  if (equal.length === 0) return [best];
  equal.sort((x, y) => x.peerAddress - y.peerAddress || x.link - y.link);
  return [best, ...equal.slice(0, cfg.maximumPaths - 1)];
}

/** Candidates ranked in BGP preference (best first): steering's "BGP order". */
export function rankRoutes(best: Route | null, candidates: readonly Route[], cfg: EffectiveBgp): Route[] {
  const rest = candidates.filter((c) => c !== best).sort((x, y) => -compareRoutes(x, y, cfg));
  return best ? [best, ...rest] : rest;
}
