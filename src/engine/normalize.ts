// Stage 1, normalize: the design as indexed arrays the later stages can walk fast. Broken
// elements (dangling link ends, duplicate ids, self-loops) are skipped here with a diagnostic,
// so nothing downstream ever sees them. Failures are applied here too: a failed link or node is
// simply down; a degraded link carries its added latency and loss.
import { type AddressPlan, planAddresses } from '../model/addressing';
import type { Diagnostic } from '../model/diagnostics';
import type { DetectionMechanism } from '../model/enums';
import { ipv4ToInt, parseIpv4Cidr } from '../model/ipv4';
import type { Design, DesignLink, DesignNode, Failure, TrafficClass } from '../model/types';
import { PrefixTable } from './prefixes';
import type { AppliedPolicy, EffectiveBgp, TimerProfile } from './types';

export interface NetNode {
  index: number;
  id: string;
  kind: DesignNode['kind'];
  design: DesignNode;
  asn: number;
  country: string;
  routerId: string;
  routerIdNum: number;
  bgp: EffectiveBgp;
  /** Prefix numbers this node originates. */
  originates: number[];
  security: readonly string[];
  capacityMbps: number;
  up: boolean;
  /** Every link touching the node (up or down), as indexes into Net.links. */
  links: number[];
}

export interface NetLink {
  index: number;
  id: string;
  design: DesignLink;
  a: number;
  b: number;
  aAddress: string;
  bAddress: string;
  aAddressNum: number;
  bAddressNum: number;
  ibgp: boolean;
  up: boolean;
  downReason: string | null;
  latencyMs: number;
  jitterMs: number;
  lossPct: number;
  bandwidthMbps: number;
  costPerMonth: number;
  mechanism: DetectionMechanism;
  keepaliveS: number;
  holdS: number;
  bfdIntervalMs: number;
  bfdMultiplier: number;
  /** Seconds for the link's mechanism to notice a silent failure (capped by the hold timer). */
  silentDetectionS: number;
  /** Policies per receiving/sending side: [a-in, a-out, b-in, b-out]. */
  policies: [CompiledPolicy[], CompiledPolicy[], CompiledPolicy[], CompiledPolicy[]];
}

export interface CompiledPolicy {
  applied: AppliedPolicy;
  /** Interned prefix filters (empty = every prefix). */
  ranges: { base: number; size: number; len: number }[];
}

export interface Net {
  design: Design;
  addressing: AddressPlan;
  nodes: NetNode[];
  links: NetLink[];
  nodeIndex: Map<string, number>;
  linkIndex: Map<string, number>;
  prefixes: PrefixTable;
  /** For each prefix, the nodes originating it. */
  origins: number[][];
  classes: TrafficClass[];
  timers: TimerProfile;
  failures: Failure[];
  /** Some policy sets MED: best-path order may then be non-transitive (MED is compared only
   * within a neighbour AS), so the control plane always re-runs the full decision. */
  medInUse: boolean;
}

const FAST = { keepaliveS: 1, holdS: 3, bfdIntervalMs: 100, bfdMultiplier: 3 };

export function normalize(design: Design, failures: Failure[], timers: TimerProfile, diagnostics: Diagnostic[]): Net {
  const addressing = planAddresses(design);
  const prefixes = new PrefixTable();
  const nodes: NetNode[] = [];
  const nodeIndex = new Map<string, number>();
  const origins: number[][] = [];
  const defaults = design.settings.bgp;

  for (const node of design.nodes) {
    if (nodeIndex.has(node.id)) {
      diagnostics.push(
        err('engine.duplicate-node', `node id '${node.id}' is used twice: the second is ignored`, node.id),
      );
      continue;
    }
    const index = nodes.length;
    nodeIndex.set(node.id, index);
    const plan = addressing.routers[node.id] ?? { routerId: '0.0.0.0', loopback: '0.0.0.0' };
    const transit = node.kind === 'hub' || ((node.kind === 'site' || node.kind === 'cloud') && node.transit);
    const originates: number[] = [];
    for (const cidr of node.prefixes) {
      const p = prefixes.intern(cidr);
      if (originates.includes(p)) continue;
      originates.push(p);
      const list = origins[p] ?? [];
      list.push(index);
      origins[p] = list;
    }
    nodes.push({
      index,
      id: node.id,
      kind: node.kind,
      design: node,
      asn: node.asn,
      country: node.location.country,
      routerId: plan.routerId,
      routerIdNum: safeIpv4(plan.routerId),
      bgp: {
        asn: node.asn,
        routerId: plan.routerId,
        defaultLocalPref: defaults.defaultLocalPref,
        maximumPaths: node.bgp.maximumPaths ?? defaults.maximumPaths,
        compareRouterId: node.bgp.compareRouterId ?? defaults.compareRouterId,
        alwaysCompareMed: node.bgp.alwaysCompareMed ?? defaults.alwaysCompareMed,
        deterministicMed: node.bgp.deterministicMed ?? defaults.deterministicMed,
        multipathRelax: node.bgp.multipathRelax ?? defaults.multipathRelax,
        allowasIn: node.bgp.allowasIn ?? null,
        asOverride: node.bgp.asOverride ?? false,
        givesTransit: transit,
      },
      originates,
      security: node.kind === 'hub' ? node.security : [],
      capacityMbps: node.kind === 'hub' ? node.capacityMbps : Number.POSITIVE_INFINITY,
      up: true,
      links: [],
    });
  }
  for (let p = 0; p < prefixes.count; p++) origins[p] ??= [];

  const links: NetLink[] = [];
  const linkIndex = new Map<string, number>();
  const seenIds = new Set(nodeIndex.keys());
  for (const link of design.links) {
    const a = nodeIndex.get(link.source);
    const b = nodeIndex.get(link.target);
    if (linkIndex.has(link.id) || seenIds.has(link.id)) {
      diagnostics.push(
        err('engine.duplicate-link', `link id '${link.id}' is used twice: the second is ignored`, link.id),
      );
      continue;
    }
    if (a === undefined || b === undefined) {
      const missing = a === undefined ? link.source : link.target;
      diagnostics.push(
        err('engine.dangling-link', `link '${link.id}' ends at '${missing}', which does not exist: skipped`, link.id),
      );
      continue;
    }
    if (a === b) {
      diagnostics.push(
        err('engine.self-loop', `link '${link.id}' connects '${link.source}' to itself: skipped`, link.id),
      );
      continue;
    }
    const plan = addressing.links[link.id];
    const aAddress = plan?.sourceAddress ?? '0.0.0.0';
    const bAddress = plan?.targetAddress ?? '0.0.0.0';
    const d = link.detection;
    const t =
      timers === 'fast'
        ? FAST
        : {
            keepaliveS: d.bgpKeepaliveS,
            holdS: d.bgpHoldS,
            bfdIntervalMs: d.bfdIntervalMs,
            bfdMultiplier: d.bfdMultiplier,
          };
    const index = links.length;
    linkIndex.set(link.id, index);
    links.push({
      index,
      id: link.id,
      design: link,
      a,
      b,
      aAddress,
      bAddress,
      aAddressNum: safeIpv4(aAddress),
      bAddressNum: safeIpv4(bAddress),
      ibgp: nodes[a]!.asn === nodes[b]!.asn,
      up: true,
      downReason: null,
      latencyMs: link.latencyMs,
      jitterMs: link.jitterMs,
      lossPct: link.lossPct,
      bandwidthMbps: link.bandwidthMbps,
      costPerMonth: link.costPerMonth,
      mechanism: d.mechanism,
      ...t,
      silentDetectionS: silentDetection(d.mechanism, t, d),
      policies: [[], [], [], []],
    });
    nodes[a]!.links.push(index);
    nodes[b]!.links.push(index);
  }

  const net: Net = {
    design,
    addressing,
    nodes,
    links,
    nodeIndex,
    linkIndex,
    prefixes,
    origins,
    classes: design.trafficClasses,
    timers,
    failures,
    medInUse: design.bgpPolicies.some((p) => p.set.med !== undefined),
  };
  compilePolicies(net);
  return failures.length > 0 ? withFailures(net, failures, diagnostics) : net;
}

/** A copy of `base` with failures applied. Only the failed elements are copied; everything else
 * (prefix table, policies, addressing) is shared, so a scenario costs what it touches. */
export function withFailures(base: Net, failures: Failure[], diagnostics: Diagnostic[]): Net {
  const net: Net = { ...base, nodes: base.nodes.slice(), links: base.links.slice(), failures };
  applyFailures(net, failures, diagnostics);
  return net;
}

function silentDetection(
  mechanism: DetectionMechanism,
  t: { holdS: number; bfdIntervalMs: number; bfdMultiplier: number },
  d: { probeIntervalMs: number; probeFailures: number; dpdTimeoutS: number },
): number {
  // The BGP hold timer always runs underneath: whichever notices first wins (hold 0 = disabled).
  const hold = t.holdS > 0 ? t.holdS : Number.POSITIVE_INFINITY;
  switch (mechanism) {
    case 'bgp':
      return t.holdS > 0 ? t.holdS : Number.POSITIVE_INFINITY;
    case 'bfd':
      return Math.min(hold, (t.bfdIntervalMs * t.bfdMultiplier) / 1000);
    case 'sdwan-probe':
      return Math.min(hold, (d.probeIntervalMs * d.probeFailures) / 1000);
    case 'ipsec-dpd':
      return Math.min(hold, d.dpdTimeoutS);
  }
}

/** Whether a node matches a policy/class selector: its id, `tag:<tag>`, or `*`. */
export function selectorMatches(selector: string, node: DesignNode): boolean {
  if (selector === '*') return true;
  if (selector.startsWith('tag:')) return node.tags.includes(selector.slice(4));
  return selector === node.id;
}

function compilePolicies(net: Net) {
  for (const policy of net.design.bgpPolicies) {
    const applied: AppliedPolicy = { policyId: policy.id, prefixes: policy.prefixes, set: { ...policy.set } };
    const compiled: CompiledPolicy = {
      applied,
      ranges: policy.prefixes.map((cidr) => {
        const r = parseIpv4Cidr(cidr);
        return { base: r.base, size: r.size, len: r.prefixLength };
      }),
    };
    const dirOffset = policy.direction === 'in' ? 0 : 1;
    for (const link of net.links) {
      const a = net.nodes[link.a]!;
      const b = net.nodes[link.b]!;
      if (
        selectorMatches(policy.router, a.design) &&
        (!policy.neighbor || selectorMatches(policy.neighbor, b.design))
      ) {
        link.policies[dirOffset]!.push(compiled);
      }
      if (
        selectorMatches(policy.router, b.design) &&
        (!policy.neighbor || selectorMatches(policy.neighbor, a.design))
      ) {
        link.policies[2 + dirOffset]!.push(compiled);
      }
    }
  }
}

function applyFailures(net: Net, failures: Failure[], diagnostics: Diagnostic[]) {
  for (const failure of failures) {
    const hit = failedElements(net, failure);
    if (hit.nodes.length === 0 && hit.links.length === 0) {
      diagnostics.push(
        warn('engine.unknown-failure', `failure of ${failure.kind} '${failure.target}' matches nothing in the design`),
      );
      continue;
    }
    const label = `${failure.kind} ${failure.target} (${failure.mode})`;
    const links = [...hit.links, ...hit.nodes.flatMap((n) => net.nodes[n]!.links)];
    if (failure.mode === 'degrade') {
      for (const l of new Set(links)) {
        const link = { ...net.links[l]! };
        link.latencyMs += failure.addLatencyMs ?? 0;
        link.lossPct = 100 - ((100 - link.lossPct) * (100 - (failure.addLossPct ?? 0))) / 100;
        net.links[l] = link;
      }
      continue;
    }
    for (const n of hit.nodes) net.nodes[n] = { ...net.nodes[n]!, up: false };
    for (const l of links) {
      if (net.links[l]!.up) net.links[l] = { ...net.links[l]!, up: false, downReason: label };
    }
  }
}

/** The links and nodes a failure takes: a circuit takes every link riding on it; a region every
 * cloud node in it (`provider:region`); a provider every cloud node of that provider. */
export function failedElements(net: Net, failure: Failure): { nodes: number[]; links: number[] } {
  switch (failure.kind) {
    case 'link': {
      const l = net.linkIndex.get(failure.target);
      return { nodes: [], links: l === undefined ? [] : [l] };
    }
    case 'node': {
      const n = net.nodeIndex.get(failure.target);
      return { nodes: n === undefined ? [] : [n], links: [] };
    }
    case 'circuit':
      return { nodes: [], links: net.links.filter((l) => l.design.circuit === failure.target).map((l) => l.index) };
    case 'region': {
      const [provider, region] = failure.target.split(':');
      return {
        nodes: net.nodes
          .filter((n) => n.design.kind === 'cloud' && n.design.provider === provider && n.design.region === region)
          .map((n) => n.index),
        links: [],
      };
    }
    case 'provider':
      return {
        nodes: net.nodes
          .filter((n) => n.design.kind === 'cloud' && n.design.provider === failure.target)
          .map((n) => n.index),
        links: [],
      };
  }
}

function safeIpv4(address: string): number {
  try {
    return ipv4ToInt(address);
  } catch {
    return 0;
  }
}

export function err(code: string, message: string, elementId?: string): Diagnostic {
  return elementId === undefined
    ? { severity: 'error', code, message }
    : { severity: 'error', code, message, elementId };
}

export function warn(code: string, message: string, elementId?: string): Diagnostic {
  return elementId === undefined
    ? { severity: 'warning', code, message }
    : { severity: 'warning', code, message, elementId };
}

export function info(code: string, message: string, elementId?: string): Diagnostic {
  return elementId === undefined ? { severity: 'info', code, message } : { severity: 'info', code, message, elementId };
}
