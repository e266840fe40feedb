// Stage 3, steering: for each flow, the site's candidates are the routes it actually holds for
// the destination (one per neighbour session, plus what each next hop does beyond: its own best
// paths). Compliance (jurisdictions, inspection) removes candidates outright; then the first
// matching PBR rule, else the class's strategy, picks among what is left, with the class's
// fallback when nothing meets the SLA (Fortinet SD-WAN / Cisco app-aware routing semantics).

import type { Strategy } from '../model/enums';
import { parseIpv4Cidr } from '../model/ipv4';
import { isAllowedJurisdiction } from '../model/jurisdictions';
import type { PbrRule, TrafficClass } from '../model/types';
import { multipath, rankRoutes } from './bestpath';
import { type ControlPlane, candidatesAt } from './bgp';
import type { FlowSpec } from './flows';
import type { Forwarder } from './forwarding';
import type { Net } from './normalize';
import { rangeContains } from './prefixes';
import type { ExclusionReason, FlowPath, FlowState, SteeringCandidate, SteeringRule } from './types';

/** A candidate before the class is known: paths and metrics, shared by every class. */
export interface BaseCandidate {
  viaNode: number;
  viaLink: number;
  paths: FlowPath[];
  /** Link indexes per path (parallel to paths), for load accounting. */
  linkIdx: number[][];
  /** Node indexes per path. */
  nodePaths: number[][];
  hubs: number[][];
  egressHub: number;
  latencyMs: number;
  jitterMs: number;
  lossPct: number;
  pathCostPerMonth: number;
  bgpRank: number;
  bgpEcmp: boolean;
  deliverable: boolean;
  /** The node each path ends at. */
  ends: number[];
  problem: string | null;
  /** How flows have listed it so far (see steeringCandidate): shared equal views. */
  views: SteeringCandidate[] | undefined;
  /** Its paths as link indexes with their shares, when it carries a flow's whole demand. */
  carried: { links: number[]; share: number }[] | undefined;
}

export interface SiteView {
  /** The longest-match prefix the site uses, -1 when it has no route. */
  matched: number;
  candidates: BaseCandidate[];
  localBreakout: boolean;
}

export interface Decision {
  state: FlowState;
  chosen: { candidate: BaseCandidate; share: number }[];
  rule: SteeringRule;
  detail: string;
  steps: string[];
  evaluated: SteeringCandidate[];
  meetsSla: boolean;
  compliant: boolean;
}

export function siteView(net: Net, cp: ControlPlane, fwd: Forwarder, site: number, d: number): SiteView {
  const q = fwd.longestMatch(site, d);
  if (q < 0) return { matched: -1, candidates: [], localBreakout: false };
  const node = net.nodes[site]!;
  const rib = cp.ribs[q]!;
  const best = rib.best[site]!;
  if (best.local) return { matched: q, candidates: [], localBreakout: true };
  const routes = candidatesAt(net, rib, node, q, cp.scope);
  const ranked = rankRoutes(best, routes, node.bgp);
  const ecmp = multipath(best, routes, node.bgp); // a handful of routes: includes() beats a Set
  const candidates: BaseCandidate[] = [];
  ranked.forEach((route, rank) => {
    if (route.local) return;
    const link = net.links[route.link]!;
    const walk = fwd.walk(route.fromNode, d, [site]);
    // Largest share first; the index arrays stay parallel to `paths`.
    const order = walk.paths.map((_w, i) => i).sort((a, b) => walk.paths[b]!.share - walk.paths[a]!.share || a - b);
    const paths: FlowPath[] = [];
    const linkIdx: number[][] = [];
    const nodePaths: number[][] = [];
    const hubs: number[][] = [];
    let cost = 0;
    for (const i of order) {
      const w = walk.paths[i]!;
      const nodes = [site, ...w.nodes];
      const links = [route.link, ...w.links];
      paths.push(flowPath(net, nodes, links, w.share));
      linkIdx.push(links);
      nodePaths.push(nodes);
      hubs.push(nodes.filter((n) => net.nodes[n]!.kind === 'hub'));
      for (const l of links) cost += w.share * net.links[l]!.costPerMonth;
    }
    const primary = paths[0];
    const problem = walk.problem
      ? `${walk.problem === 'loop' ? 'forwarding loop' : 'no route'} at ${net.nodes[walk.problemNode]!.id}`
      : null;
    candidates.push({
      viaNode: route.fromNode,
      viaLink: link.index,
      paths,
      linkIdx,
      nodePaths,
      hubs,
      egressHub: primary?.egressHub ? net.nodeIndex.get(primary.egressHub)! : -1,
      latencyMs: max(paths, (p) => p.latencyMs),
      jitterMs: max(paths, (p) => p.jitterMs),
      lossPct: max(paths, (p) => p.lossPct),
      pathCostPerMonth: round(cost),
      bgpRank: rank,
      bgpEcmp: ecmp.includes(route),
      deliverable: !walk.problem && paths.length > 0,
      ends: walk.paths.map((w) => w.nodes[w.nodes.length - 1]!),
      problem,
      // Declared up front so every candidate keeps one object shape (filled later, on demand).
      views: undefined,
      carried: undefined,
    });
  });
  return { matched: q, candidates, localBreakout: false };
}

function max(paths: FlowPath[], f: (p: FlowPath) => number): number {
  let m = 0;
  for (const p of paths) m = Math.max(m, f(p));
  return m;
}

export function flowPath(net: Net, nodes: number[], links: number[], share: number): FlowPath {
  let latency = 0;
  let jitter = 0;
  let delivered = 1;
  let bandwidth = Number.POSITIVE_INFINITY;
  for (const l of links) {
    const link = net.links[l]!;
    latency += link.latencyMs;
    jitter += link.jitterMs;
    delivered *= 1 - link.lossPct / 100;
    bandwidth = Math.min(bandwidth, link.bandwidthMbps);
  }
  let egress: string | null = null;
  for (const n of nodes) if (net.nodes[n]!.kind === 'hub') egress = net.nodes[n]!.id;
  return {
    path: nodes.map((n) => net.nodes[n]!.id),
    links: links.map((l) => net.links[l]!.id),
    share,
    egressHub: egress,
    latencyMs: round(latency),
    jitterMs: round(jitter),
    lossPct: round((1 - delivered) * 100),
    bandwidthMbps: Number.isFinite(bandwidth) ? bandwidth : 0,
  };
}

export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function meetsSla(cls: TrafficClass, c: BaseCandidate): boolean {
  const sla = cls.sla;
  return (
    (sla.maxLatencyMs === undefined || c.latencyMs <= sla.maxLatencyMs) &&
    (sla.maxLossPct === undefined || c.lossPct <= sla.maxLossPct) &&
    (sla.maxJitterMs === undefined || c.jitterMs <= sla.maxJitterMs)
  );
}

function hasSla(cls: TrafficClass): boolean {
  return cls.sla.maxLatencyMs !== undefined || cls.sla.maxLossPct !== undefined || cls.sla.maxJitterMs !== undefined;
}

/** Hard constraints: every hub on every path (and a cloud destination) inside the allowed
 * jurisdictions; the egress hub carrying every required security function. */
const NO_EXCLUSION: { reasons: ExclusionReason[]; details: string[] } = { reasons: [], details: [] };

function exclusions(net: Net, spec: FlowSpec, c: BaseCandidate): { reasons: ExclusionReason[]; details: string[] } {
  const cls = spec.cls;
  if (cls.allowedJurisdictions.length === 0 && cls.requiredInspection.length === 0) return NO_EXCLUSION;
  const reasons: ExclusionReason[] = [];
  const details: string[] = [];
  const siteCountry = net.nodes[spec.site]!.country;
  if (cls.allowedJurisdictions.length > 0) {
    const allowed = cls.allowedJurisdictions.map((j) => (j === 'site' ? `${siteCountry} (the site's country)` : j));
    for (const hubs of c.hubs) {
      for (const h of hubs) {
        const hub = net.nodes[h]!;
        if (!isAllowedJurisdiction(hub.country, cls.allowedJurisdictions, siteCountry)) {
          const text = `${hub.id} is in ${hub.country}, outside ${allowed.join(', ')}`;
          if (!details.includes(text)) details.push(text);
        }
      }
    }
    const dest = net.nodes[spec.destination]!;
    if (dest.kind === 'cloud' && !isAllowedJurisdiction(dest.country, cls.allowedJurisdictions, siteCountry)) {
      details.push(`${dest.id} is in ${dest.country}, outside ${allowed.join(', ')}`);
    }
    if (details.length > 0) reasons.push('jurisdiction');
  }
  if (cls.requiredInspection.length > 0) {
    for (const hubs of c.hubs) {
      const egress = hubs[hubs.length - 1];
      if (egress === undefined) {
        details.push(`no hub on the path inspects (${cls.requiredInspection.join(', ')} required)`);
        reasons.push('inspection');
        break;
      }
      const hub = net.nodes[egress]!;
      const missing = cls.requiredInspection.filter((f) => !hub.security.includes(f));
      if (missing.length > 0) {
        details.push(`${hub.id} lacks ${missing.join(', ')}`);
        if (!reasons.includes('inspection')) reasons.push('inspection');
      }
    }
  }
  return { reasons, details };
}

/**
 * Steers one flow over its site's candidates. With `lite` (the resilience sweep) the decision is
 * the same but the per-candidate explanation (exclusion texts, the evaluated list) is skipped.
 */
export function decide(net: Net, spec: FlowSpec, view: SiteView, lite = false): Decision {
  const cls = spec.cls;
  const steps: string[] = [];
  const sla = hasSla(cls);
  const evaluated: Evaluated[] = view.candidates.map((c) => {
    const ex = exclusions(net, spec, c);
    const ok = meetsSla(cls, c);
    const elsewhere = c.ends.find((n) => n !== spec.destination);
    const delivers = c.deliverable && elsewhere === undefined;
    const hard = ex.reasons.length > 0;
    if (lite) return { base: c, hard, ok, excludedBy: ex.reasons, details: ex.details, delivers };
    const excludedBy: ExclusionReason[] = ok ? ex.reasons : [...ex.reasons, 'sla'];
    const extra: string[] = [];
    if (!ok) extra.push(slaText(cls, c));
    if (c.problem) extra.push(c.problem);
    if (elsewhere !== undefined) {
      extra.push(`delivered to ${net.nodes[elsewhere]!.id}, not ${net.nodes[spec.destination]!.id}`);
    }
    // Shared when nothing is added: candidates are read-only output.
    const details = extra.length > 0 ? [...ex.details, ...extra] : ex.details;
    return { base: c, hard, ok, excludedBy, details, delivers };
  });
  const deliverable = evaluated.filter((e) => e.delivers);
  const eligible = deliverable.filter((e) => !e.hard);
  const ctx: Context = { net, cls, steps, evaluated, lite };

  if (view.matched < 0 || deliverable.length === 0) {
    steps.push(
      view.matched < 0
        ? 'the site holds no route for the destination'
        : 'every route the site holds ends in a loop or a black hole',
    );
    return conclude(ctx, 'unreachable', [], NO_RULE, steps[0]!);
  }
  for (const e of evaluated)
    if (e.hard) steps.push(`excluded via ${net.nodes[e.base.viaNode]!.id}: ${e.details.join('; ')}`);
  if (eligible.length === 0) {
    return conclude(ctx, 'compliance-block', [], NO_RULE, 'no candidate satisfies the compliance rules: blocked');
  }

  // 1. PBR rules at the site, in order; the first that fires decides.
  for (const rule of net.design.pbrRules) {
    if (!pbrMatches(net, rule, spec)) continue;
    if (rule.action.drop) {
      steps.push(`PBR rule ${rule.id} drops this traffic`);
      return conclude(ctx, 'dropped', [], { kind: 'pbr', ruleId: rule.id }, `PBR rule ${rule.id}: drop`);
    }
    const pool = eligible.filter((e) =>
      rule.action.egressHub
        ? e.base.egressHub >= 0 && net.nodes[e.base.egressHub]!.id === rule.action.egressHub
        : rule.action.nextHop
          ? net.nodes[e.base.viaNode]!.id === rule.action.nextHop
          : false,
    );
    const target = rule.action.egressHub ?? rule.action.nextHop ?? '?';
    if (pool.length === 0) {
      steps.push(`PBR rule ${rule.id} sends to ${target}, but no allowed route goes there: rule skipped`);
      continue;
    }
    const pick = byBgp(pool.map((e) => e.base));
    steps.push(`PBR rule ${rule.id} sends to ${target}`);
    return conclude(ctx, 'ok', pick, { kind: 'pbr', ruleId: rule.id }, `PBR rule ${rule.id} steers to ${target}`);
  }

  // 2. The class's strategy among SLA-meeting candidates; 3. its fallback when none meets.
  const meeting = eligible.filter((e) => e.ok).map((e) => e.base);
  const pool = eligible.map((e) => e.base);
  if (sla && meeting.length === 0) {
    steps.push('no allowed candidate meets the SLA');
    switch (cls.fallback) {
      case 'drop':
        return conclude(ctx, 'dropped', [], FALLBACK.drop, 'nothing meets the SLA: dropped (strict)');
      case 'best-quality':
        return conclude(
          ctx,
          'ok',
          [bestQuality(pool)],
          FALLBACK['best-quality'],
          'nothing meets the SLA: best quality anyway',
        );
      case 'follow-bgp':
        return conclude(ctx, 'ok', byBgp(pool), FALLBACK['follow-bgp'], 'nothing meets the SLA: follows BGP');
    }
  }
  const candidates = sla ? meeting : pool;
  const rule = STRATEGY[cls.strategy];
  switch (cls.strategy) {
    case 'follow-bgp': {
      const pick = byBgp(candidates);
      return conclude(
        ctx,
        'ok',
        pick,
        rule,
        pick[0]!.bgpRank === 0 ? 'follows the BGP best path' : 'follows the best allowed BGP path',
      );
    }
    case 'manual': {
      for (const hubId of cls.preferredHubs) {
        const hit = candidates.filter((c) => c.egressHub >= 0 && net.nodes[c.egressHub]!.id === hubId);
        if (hit.length > 0) {
          const pick = byBgp(hit);
          return conclude(ctx, 'ok', pick, rule, `manual: first preferred hub available is ${hubId}`);
        }
      }
      return conclude(ctx, 'ok', byBgp(candidates), rule, 'manual: no preferred hub available, routing table decides');
    }
    case 'best-quality':
      return conclude(
        ctx,
        'ok',
        [bestQuality(candidates)],
        rule,
        'best quality: lowest latency, then loss, then jitter',
      );
    case 'lowest-cost-sla': {
      const pick = [...candidates].sort((a, b) => a.pathCostPerMonth - b.pathCostPerMonth || a.bgpRank - b.bgpRank)[0]!;
      return conclude(
        ctx,
        'ok',
        [pick],
        rule,
        `lowest cost meeting the SLA (${Math.round(pick.pathCostPerMonth)}/month)`,
      );
    }
    case 'load-balance-sla':
      return conclude(ctx, 'ok', candidates, rule, `load-balanced over ${candidates.length} path(s) meeting the SLA`);
  }
}

// The rules a decision names, one shared read-only object each (28k flows name a few).
const NO_RULE: SteeringRule = { kind: 'none' };
const FALLBACK: Record<'follow-bgp' | 'best-quality' | 'drop', SteeringRule> = {
  'follow-bgp': { kind: 'fallback', fallback: 'follow-bgp' },
  'best-quality': { kind: 'fallback', fallback: 'best-quality' },
  drop: { kind: 'fallback', fallback: 'drop' },
};
const STRATEGY: Record<Strategy, SteeringRule> = {
  'follow-bgp': { kind: 'strategy', strategy: 'follow-bgp' },
  manual: { kind: 'strategy', strategy: 'manual' },
  'best-quality': { kind: 'strategy', strategy: 'best-quality' },
  'lowest-cost-sla': { kind: 'strategy', strategy: 'lowest-cost-sla' },
  'load-balance-sla': { kind: 'strategy', strategy: 'load-balance-sla' },
};

interface Evaluated {
  base: BaseCandidate;
  hard: boolean;
  ok: boolean;
  excludedBy: ExclusionReason[];
  details: string[];
  delivers: boolean;
}

interface Context {
  net: Net;
  cls: TrafficClass;
  steps: string[];
  evaluated: Evaluated[];
  /** Skip the per-candidate output (SteeringCandidate list). */
  lite: boolean;
}

function conclude(
  ctx: Context,
  state: FlowState,
  picked: BaseCandidate[],
  rule: SteeringRule,
  detail: string,
): Decision {
  const { net, cls } = ctx;
  const share = picked.length > 0 ? 1 / picked.length : 0;
  let allMeet = picked.length > 0;
  for (const c of picked) if (!meetsSla(cls, c)) allMeet = false;
  const evaluated: SteeringCandidate[] = [];
  for (const e of ctx.lite ? [] : ctx.evaluated) {
    const chosen = picked.includes(e.base);
    evaluated.push(steeringCandidate(net, e, chosen, chosen ? share : 0));
  }
  return {
    state: state === 'ok' && !allMeet ? 'sla-miss' : state,
    chosen: picked.map((candidate) => ({ candidate, share })),
    rule,
    detail,
    steps: ctx.steps,
    evaluated,
    meetsSla: allMeet,
    compliant: state !== 'compliance-block',
  };
}

/**
 * A candidate as a flow's explanation lists it. Every class of a site sees the same candidates
 * and most see them the same way (same SLA verdict, exclusions and choice), so equal views are
 * one shared read-only object: 70k of them at the largest size were a large share of what the
 * garbage collector had to copy.
 */
function steeringCandidate(net: Net, e: Evaluated, chosen: boolean, share: number): SteeringCandidate {
  e.base.views ??= [];
  const views = e.base.views;
  for (const v of views) {
    if (
      v.meetsSla === e.ok &&
      v.chosen === chosen &&
      v.share === share &&
      sameStrings(v.excludedBy, e.excludedBy) &&
      sameStrings(v.exclusionDetails, e.details)
    ) {
      return v;
    }
  }
  const view = newSteeringCandidate(net, e, chosen, share);
  views.push(view);
  return view;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function newSteeringCandidate(net: Net, e: Evaluated, chosen: boolean, share: number): SteeringCandidate {
  return {
    viaNode: net.nodes[e.base.viaNode]!.id,
    viaLink: net.links[e.base.viaLink]!.id,
    paths: e.base.paths,
    egressHub: e.base.egressHub < 0 ? null : net.nodes[e.base.egressHub]!.id,
    latencyMs: e.base.latencyMs,
    jitterMs: e.base.jitterMs,
    lossPct: e.base.lossPct,
    pathCostPerMonth: e.base.pathCostPerMonth,
    bgpRank: e.base.bgpRank,
    bgpEcmp: e.base.bgpEcmp,
    meetsSla: e.ok,
    excludedBy: e.excludedBy,
    exclusionDetails: e.details,
    chosen,
    share,
  };
}

/** BGP's own choice among a pool: its multipath members if any are in it, else the best-ranked. */
function byBgp(pool: BaseCandidate[]): BaseCandidate[] {
  const ecmp = pool.filter((c) => c.bgpEcmp);
  if (ecmp.length > 0) return ecmp;
  return [pool.reduce((a, b) => (b.bgpRank < a.bgpRank ? b : a))];
}

function bestQuality(pool: BaseCandidate[]): BaseCandidate {
  return [...pool].sort(
    (a, b) => a.latencyMs - b.latencyMs || a.lossPct - b.lossPct || a.jitterMs - b.jitterMs || a.bgpRank - b.bgpRank,
  )[0]!;
}

function slaText(cls: TrafficClass, c: BaseCandidate): string {
  const misses: string[] = [];
  if (cls.sla.maxLatencyMs !== undefined && c.latencyMs > cls.sla.maxLatencyMs)
    misses.push(`latency ${c.latencyMs} ms > ${cls.sla.maxLatencyMs}`);
  if (cls.sla.maxLossPct !== undefined && c.lossPct > cls.sla.maxLossPct)
    misses.push(`loss ${c.lossPct} % > ${cls.sla.maxLossPct}`);
  if (cls.sla.maxJitterMs !== undefined && c.jitterMs > cls.sla.maxJitterMs)
    misses.push(`jitter ${c.jitterMs} ms > ${cls.sla.maxJitterMs}`);
  return `misses the SLA: ${misses.join(', ')}`;
}

function pbrMatches(net: Net, rule: PbrRule, spec: FlowSpec): boolean {
  const site = net.nodes[spec.site]!;
  if (
    !rule.appliesTo.some(
      (s) => s === '*' || s === site.id || (s.startsWith('tag:') && site.design.tags.includes(s.slice(4))),
    )
  ) {
    return false;
  }
  const m = rule.match;
  if (m.trafficClass && m.trafficClass !== spec.cls.id) return false;
  const prefix = net.prefixes.list[spec.prefix]!;
  if (m.destinationPrefixes.length > 0) {
    const inside = m.destinationPrefixes.some((cidr) => {
      const outer = net.prefixes.get(cidr);
      return outer !== undefined ? rangeContains(net.prefixes.list[outer]!, prefix) : cidrInside(cidr, prefix);
    });
    if (!inside) return false;
  }
  // A rule narrowed by DSCP / protocol / ports applies to a class carrying some of that traffic.
  const cm = spec.cls.match;
  if (m.dscp.length > 0 && cm.dscp.length > 0 && !m.dscp.some((d) => cm.dscp.includes(d))) return false;
  if (m.protocol !== 'any' && cm.protocol !== 'any' && m.protocol !== cm.protocol) return false;
  if (m.ports.length > 0 && cm.ports.length > 0 && !m.ports.some((p) => cm.ports.includes(p))) return false;
  return true;
}

function cidrInside(cidr: string, inner: { base: number; len: number; size: number }): boolean {
  const outer = parseIpv4Cidr(cidr);
  return (
    inner.len >= outer.prefixLength && inner.base >= outer.base && inner.base + inner.size <= outer.base + outer.size
  );
}
