// The engine, top-down. Each stage is one file:
//   normalize (normalize.ts)   design → indexed network, broken elements skipped with diagnostics
//   control plane (bgp.ts)     BGP to a fixed point with FRR's best-path order (bestpath.ts)
//   steering (steering.ts)     per flow: candidates, compliance, PBR, strategy, fallback
//   load & cost (load.ts)      per link, per hub, per flow
//   explanations (explain.ts)  the words; the structure is built with each flow
// Failure scenarios (scenario.ts) start from the baseline and recompute only what a failure
// touches; the resilience sweep (sweep.ts) runs every single failure that way.
import type { Diagnostic } from '../model/diagnostics';
import type { Design, Failure } from '../model/types';
import { validateDesign } from '../model/validate';
import { type ControlPlane, computeControlPlane, makeScope } from './bgp';
import { summarize } from './explain';
import { enumerateFlows, type FlowSpec } from './flows';
import { Forwarder } from './forwarding';
import { computeLoads, type Loads, updateLoads } from './load';
import { info, type Net, normalize, warn } from './normalize';
import { decidingStep, materializeRibs, ribEntry, routerViews, sessions } from './rib-view';
import { runScenario } from './scenario';
import { type BaseCandidate, decide, type SiteView, siteView } from './steering';
import type {
  BestPathStep,
  ComputeOptions,
  EngineOutput,
  EngineResult,
  Flow,
  FlowPath,
  RibEntry,
  ScenarioOutput,
  TimerProfile,
} from './types';

/** Everything a later stage or a scenario reuses. */
export interface Baseline {
  net: Net;
  cp: ControlPlane;
  specs: FlowSpec[];
  flows: Flow[];
  result: EngineResult;
  diagnostics: Diagnostic[];
  traces: Trace[];
  /** The load sums behind result (flows, link and hub loads), for incremental updates. */
  loads: Loads;
  /** Per link: the flows whose candidates may use it (built on the first metric edit; the
   * candidates' links depend on the control plane only, so later metric edits keep it). */
  flowsByLink?: number[][];
  /** The design minus its links, serialised (what a link-metric edit must leave unchanged). */
  restKey?: string;
  /** Which flows depend on what, so a scenario recomputes only those (built on first use). */
  deps?: Dependencies;
}

/** Flow indexes by (prefix, router) whose best path they rely on, and by link they may use. */
export interface Dependencies {
  byPrefixNode: Map<number, number[]>;
  byLink: Map<number, number[]>;
  /** Per link: the prefixes with a route over it in either direction (what its failure withdraws). */
  prefixesByLink: number[][];
  /** Per link: the (prefix, receiving end) pairs whose best path arrived over it, as
   * 2 * prefix + (b receives ? 1 : 0), ascending: the only routers its failure makes re-decide
   * while the best-path order is transitive. */
  bestVia: number[][];
  /** No MED set by policy and no deterministic-med anywhere: losing a path that is not a
   * router's best never changes its best (see scenario.ts mustReselect). */
  transitive: boolean;
}

/** Internal per-flow trace (parallel to Baseline.flows): the routers a flow's forward
 * candidates and its return path cross, and the links its candidates may use. */
export interface Trace {
  forward: number[];
  links: number[];
  back: number[];
  /** The paths the flow's demand takes, as link indexes with their share (for loads). */
  carried: { links: number[]; share: number }[];
}

export function dependencies(base: Baseline): Dependencies {
  if (base.deps) return base.deps;
  const { net } = base;
  const byPrefixNode = new Map<number, number[]>();
  const byLink = new Map<number, number[]>();
  const fwd = new Forwarder(net, base.cp);
  const add = (map: Map<number, number[]>, key: number, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  // A router forwards on its longest match: a change to a less specific prefix than the one it
  // uses cannot move the flow (if the one it uses goes, that change is recorded too). Without
  // this cut every flow depended on every router's default route.
  const usedAt = (d: number, n: number, i: number) => {
    for (const q of fwd.coveringOf(d)) {
      add(byPrefixNode, q * net.nodes.length + n, i);
      if (base.cp.ribs[q]!.best[n]) break;
    }
  };
  base.specs.forEach((spec, i) => {
    const trace = base.traces[i];
    const forward = trace?.forward ?? [spec.site];
    for (const n of forward) usedAt(spec.prefix, n, i);
    const own = net.nodes[spec.site]!.originates[0];
    if (own !== undefined && trace) {
      for (const n of trace.back) usedAt(own, n, i);
    }
    for (const l of trace?.links ?? []) add(byLink, l, i);
  });
  const prefixesByLink: number[][] = net.links.map(() => []);
  const bestVia: number[][] = net.links.map(() => []);
  base.cp.ribs.forEach((rib, p) => {
    for (let l = 0; l < net.links.length; l++) if (rib.ribIn[2 * l] || rib.ribIn[2 * l + 1]) prefixesByLink[l]!.push(p);
    for (let n = 0; n < net.nodes.length; n++) {
      const best = rib.best[n];
      if (best && best.link >= 0) bestVia[best.link]!.push(2 * p + (net.links[best.link]!.b === n ? 1 : 0));
    }
  });
  const transitive = !net.medInUse && net.nodes.every((n) => !n.bgp.deterministicMed);
  base.deps = { byPrefixNode, byLink, prefixesByLink, bestVia, transitive };
  return base.deps;
}

const AUTO_RIB_LIMIT = 5_000;

export function computeDesign(design: Design, options: ComputeOptions = {}): EngineOutput {
  return createEngine().compute(design, options);
}

export function computeScenario(design: Design, failures: Failure[], options: ComputeOptions = {}): ScenarioOutput {
  return createEngine().scenario(design, failures, options);
}

export interface Engine {
  /** Computes a design (with options.failures: that scenario, as a plain result). */
  compute(design: Design, options?: ComputeOptions): EngineOutput;
  /** Baseline plus the failures: the after-failure result, the diff and convergence. */
  scenario(design: Design, failures: Failure[], options?: ComputeOptions): ScenarioOutput;
  /** The baseline the last compute built (for the sweep). */
  baseline(design: Design, options?: ComputeOptions): Baseline;
}

/** A stateful engine: recomputing a design after a metric-only edit (latency, loss, cost,
 * bandwidth of a link) reuses the control plane and recomputes only the flows that link touches. */
export function createEngine(): Engine {
  let last: { key: string; timers: TimerProfile; scope: string; baseline: Baseline } | null = null;

  const baseline = (design: Design, options: ComputeOptions = {}): Baseline => {
    const timers = options.timers ?? 'design';
    const scope = options.ribScope ?? 'auto';
    if (last && last.timers === timers && last.scope === scope) {
      if (last.baseline.net.design === design) return last.baseline;
      // The common edit first: it checks for itself that nothing but link metrics changed.
      const quick = refreshLinkMetrics(last.baseline, design);
      if (quick) {
        last = { ...last, baseline: quick };
        return quick;
      }
    }
    const key = controlPlaneKey(design);
    if (last && last.key === key && last.timers === timers && last.scope === scope) {
      const updated = refreshSteering(last.baseline, design);
      if (updated) {
        last = { key, timers, scope, baseline: updated };
        return updated;
      }
    }
    const built = buildBaseline(design, timers, scope);
    last = { key, timers, scope, baseline: built };
    return built;
  };

  return {
    baseline,
    compute(design, options = {}) {
      const base = baseline(design, options);
      if (!options.failures || options.failures.length === 0) {
        return { result: base.result, diagnostics: base.diagnostics };
      }
      const s = runScenario(base, options.failures);
      return { result: s.scenario.result, diagnostics: s.diagnostics };
    },
    scenario(design, failures, options = {}) {
      return runScenario(baseline(design, options), failures);
    },
  };
}

function buildBaseline(design: Design, timers: TimerProfile, scopeOption: string): Baseline {
  const diagnostics: Diagnostic[] = validateDesign(design).filter((d) => d.code !== 'link.dangling-end');
  const net = normalize(design, [], timers, diagnostics);
  const cells = net.nodes.length * net.prefixes.count;
  const all = scopeOption === 'all' || (scopeOption === 'auto' && cells <= AUTO_RIB_LIMIT);
  if (scopeOption === 'auto' && !all) {
    diagnostics.push(
      info(
        'engine.rib-scope',
        `${net.nodes.length} routers x ${net.prefixes.count} prefixes: RIBs are listed for what the flows use only`,
      ),
    );
  }
  const cp = computeControlPlane(net, makeScope(net, all));
  const specs = enumerateFlows(net, diagnostics);
  const traces: Trace[] = [];
  // The RIB entries first: a flow's BGP explanation is its site's entry, the same object.
  const ribs = materializeRibs(net, cp);
  const flows = computeFlows(net, cp, specs, undefined, undefined, traces, ribs);
  const loads = computeLoads(net, flows, traces, true);
  const result = resultOf(net, cp, loads, ribs);
  diagnostics.push(...flowDiagnostics(net, cp, result.flows));
  return { net, cp, specs, flows: result.flows, result, diagnostics, traces, loads };
}

/** Builds (or rebuilds, for `only`) the flows on a control plane. */
export function computeFlows(
  net: Net,
  cp: ControlPlane,
  specs: FlowSpec[],
  only?: Set<number>,
  previous?: Flow[],
  traces?: Trace[],
  ribs?: EngineResult['ribs'],
): Flow[] {
  const one = flowBuilder(net, cp, false, ribs);
  if (only && previous) {
    // Incremental: touch only the stale flows.
    const out = previous.slice();
    for (const i of inViewOrder(specs, only, net)) out[i] = one(specs[i]!, i, traces);
    return out;
  }
  const out = new Array<Flow>(specs.length);
  const built = traces ? new Array<Trace>(specs.length) : undefined;
  for (const i of inViewOrder(specs, specs.keys(), net)) out[i] = one(specs[i]!, i, built);
  if (traces && built) for (let i = 0; i < built.length; i++) traces[i] = built[i]!;
  return out;
}

/**
 * Flow indexes grouped by the site view they share (site and destination prefix), ascending
 * within a group. Flows are listed class by class, but built view by view: a view (the site's
 * candidates with their paths) is then dropped as soon as its flows are built, so the garbage
 * collector frees it young instead of copying it to the old generation with the results. The
 * order of building changes nothing else: every cache below is keyed by what it depends on.
 */
function inViewOrder(specs: FlowSpec[], indexes: Iterable<number>, net: Net): number[] {
  const count = net.prefixes.count;
  const key = (i: number) => specs[i]!.site * count + specs[i]!.prefix;
  return [...indexes].sort((a, b) => key(a) - key(b) || a - b);
}

/**
 * Rebuilds only the flows `only` (by spec index) and returns them sparsely, with their traces:
 * a failure scenario changes a few hundred of 28k flows, and copying the whole arrays per
 * scenario was most of the sweep's garbage. `lite` flows (for the sweep, which reads only
 * paths, state and SLA) carry no explanation and no return path (see flowBuilder).
 */
export function recomputeFlows(
  net: Net,
  cp: ControlPlane,
  specs: FlowSpec[],
  only: Iterable<number>,
  lite: boolean,
): { flows: Map<number, Flow>; traces: Map<number, Trace> } {
  const one = flowBuilder(net, cp, lite);
  const flows = new Map<number, Flow>();
  // Lite flows (the sweep) need no traces: nothing sums their loads or tracks their dependencies.
  const traces: Trace[] | undefined = lite ? undefined : [];
  const byIndex = new Map<number, Trace>();
  for (const i of inViewOrder(specs, only, net)) {
    flows.set(i, one(specs[i]!, i, traces));
    if (traces) byIndex.set(i, traces[i]!);
  }
  return { flows, traces: byIndex };
}

/**
 * One flow at a time on a control plane, sharing what flows of the same site and prefix share:
 * the site's candidates (every class of a site steers over the same routes), its RIB entry and
 * the return path from each destination. With `lite`, the explanation (summary, BGP entry,
 * steering candidates) and the return path are left out: the resilience sweep only diffs paths,
 * states and SLA, and building them was most of its time. Everything else is identical.
 */
function flowBuilder(
  net: Net,
  cp: ControlPlane,
  lite: boolean,
  ribs?: EngineResult['ribs'],
): (spec: FlowSpec, i: number, traces: Trace[] | undefined) => Flow {
  const fwd = new Forwarder(net, cp);
  const seen = new Uint8Array(net.nodes.length + net.links.length);
  // The last site view only: callers build flows grouped by view (see inViewOrder).
  let viewKey = -1;
  let cached: { view: SiteView; forward: number[]; links: number[] } | null = null;
  const entries = new Map<number, SiteBgp>();
  // Every class of a site shares the return path from a destination (one walk, not one per flow).
  const returns = new Map<number, ReturnPath>();
  let returnSite = -1;
  const returnOf = (spec: FlowSpec): ReturnPath => {
    if (lite) return NO_RETURN;
    if (spec.site !== returnSite) {
      // Flows come site by site (inViewOrder): the last site's return walks are done with, so
      // they are dropped young rather than kept to the end of the compute (a cache only: a
      // site met again would walk again, to the same result).
      const own = returnSite >= 0 ? net.nodes[returnSite]!.originates[0] : undefined;
      if (own !== undefined) fwd.forget(own);
      returns.clear();
      returnSite = spec.site;
    }
    const key = spec.destination * net.nodes.length + spec.site;
    let back = returns.get(key);
    if (!back) {
      const nodes = returnPath(net, fwd, spec);
      back = { nodes, hubs: nodes.filter((n) => net.nodes[n]!.kind === 'hub').map((n) => net.nodes[n]!.id) };
      returns.set(key, back);
    }
    return back;
  };
  return (spec, i, traces) => {
    const key = spec.site * net.prefixes.count + spec.prefix;
    if (key !== viewKey || !cached) {
      const v = siteView(net, cp, fwd, spec.site, spec.prefix);
      cached = traces
        ? { view: v, ...traceSets(spec.site, v, seen, net.nodes.length) }
        : { view: v, forward: NO_NODES, links: NO_NODES };
      viewKey = key;
    }
    const view = cached.view;
    let bgp = NO_BGP;
    if (!lite) {
      const entryKey = spec.site * net.prefixes.count + view.matched;
      let known = entries.get(entryKey);
      if (known === undefined) {
        const site = net.nodes[spec.site]!;
        const entry =
          view.matched < 0
            ? null
            : (ribs?.[site.id]?.[net.prefixes.list[view.matched]!.cidr] ?? ribEntry(net, cp, site, view.matched));
        known = siteBgp(net, site.id, view.matched, entry);
        entries.set(entryKey, known);
      }
      bgp = known;
    }
    const out = { back: NO_NODES, carried: NO_CARRIED };
    const flow = buildFlow(net, returnOf, spec, view, bgp, out, lite);
    if (traces) traces[i] = { forward: cached.forward, links: cached.links, back: out.back, carried: out.carried };
    return flow;
  };
}

const NO_NODES: number[] = [];
const NO_CARRIED: Trace['carried'] = [];

/** A site's BGP decision for the prefix its flows match: the step that decided, and the
 * explanation part every class of the site shares (one read-only object, not one per flow). */
interface SiteBgp {
  step: BestPathStep | null;
  explanation: Flow['explanation']['bgp'];
}

const NO_BGP: SiteBgp = { step: null, explanation: null };

function siteBgp(net: Net, site: string, matched: number, entry: RibEntry | null): SiteBgp {
  const step = entry ? decidingStep(entry) : null;
  return {
    step,
    explanation:
      entry && matched >= 0
        ? {
            node: site,
            prefix: net.prefixes.list[matched]!.cidr,
            best: entry.best,
            decidingStep: step,
            possibleReasons: entry.possibleReasons,
            rivals: entry.rivals,
            arrivalOrderDependent: entry.arrivalOrderDependent,
          }
        : null,
  };
}

/** The routers on the return path from a destination to a site, and its hubs (by id). Shared
 * read-only by every class of the site. */
interface ReturnPath {
  nodes: number[];
  hubs: string[];
}

const NO_RETURN: ReturnPath = { nodes: [], hubs: [] };

/** The routers and links any of a site's candidates cross (what its flows depend on), each
 * once, in order of first appearance. `seen` is all zero between calls. */
function traceSets(
  site: number,
  view: SiteView,
  seen: Uint8Array,
  nodeCount: number,
): { forward: number[]; links: number[] } {
  const forward = [site];
  const links: number[] = [];
  seen[site] = 1;
  for (const c of view.candidates) {
    for (const nodes of c.nodePaths) {
      for (const n of nodes) {
        if (!seen[n]) {
          seen[n] = 1;
          forward.push(n);
        }
      }
    }
    for (const ls of c.linkIdx) {
      for (const l of ls) {
        if (!seen[nodeCount + l]) {
          seen[nodeCount + l] = 1;
          links.push(l);
        }
      }
    }
  }
  for (const n of forward) seen[n] = 0;
  for (const l of links) seen[nodeCount + l] = 0;
  return { forward, links };
}

function buildFlow(
  net: Net,
  returnOf: (spec: FlowSpec) => ReturnPath,
  spec: FlowSpec,
  view: SiteView,
  bgp: SiteBgp,
  out: { back: number[]; carried: Trace['carried'] },
  lite: boolean,
): Flow {
  const decision = decide(net, spec, view, lite);
  const delivered = decision.state === 'ok' || decision.state === 'sla-miss';
  const only = decision.chosen.length === 1 ? decision.chosen[0]! : null;
  let paths: FlowPath[];
  if (only && only.share === 1) {
    // One chosen candidate (the usual case): its paths (already largest share first) and their
    // link lists are the flow's, shared read-only by every class that picks it.
    paths = only.candidate.paths;
    if (delivered) out.carried = carriedOf(only.candidate);
  } else {
    paths = [];
    const carried: Trace['carried'] = [];
    for (const { candidate, share } of decision.chosen) {
      candidate.paths.forEach((p, k) => {
        paths.push(share === 1 ? p : { ...p, share: p.share * share });
        if (delivered) carried.push({ links: candidate.linkIdx[k]!, share: p.share * share });
      });
    }
    paths.sort((a, b) => b.share - a.share);
    out.carried = carried;
  }
  const primary = delivered ? paths[0] : undefined;
  const site = net.nodes[spec.site]!;
  const back = delivered ? returnOf(spec) : NO_RETURN;
  out.back = back.nodes;
  const returnHubs = back.hubs;
  const egressHub = primary?.egressHub ?? null;
  const step = bgp.step;
  const flow: Flow = {
    id: spec.id,
    site: site.id,
    trafficClass: spec.cls.id,
    destination: net.nodes[spec.destination]!.id,
    destinationPrefix: net.prefixes.list[spec.prefix]!.cidr,
    matchedPrefix: view.matched >= 0 ? net.prefixes.list[view.matched]!.cidr : null,
    egressHub,
    path: primary?.path ?? [],
    links: primary?.links ?? [],
    paths: delivered ? paths : [],
    latencyMs: primary?.latencyMs ?? 0,
    jitterMs: primary?.jitterMs ?? 0,
    lossPct: primary?.lossPct ?? 0,
    demandMbps: spec.demandMbps,
    deliveredMbps: delivered ? spec.demandMbps : 0,
    costPerMonth: 0,
    meetsSla: decision.meetsSla,
    compliant: decision.compliant,
    state: decision.state,
    returnAsymmetric: egressHub !== null && returnHubs.length > 0 && returnHubs[0] !== egressHub,
    returnHubs,
    explanation: NO_EXPLANATION,
  };
  if (lite) return flow;
  const steps = decision.steps; // this flow's own list
  if (flow.returnAsymmetric) {
    steps.push(`return traffic enters through ${returnHubs[0]}, not ${egressHub}: stateful inspection breaks`);
  }
  // Filled in place rather than spreading the flow into a new object: 28k flows at the largest size.
  flow.explanation = {
    summary: summarize(flow, decision.detail, step),
    bgp: bgp.explanation,
    steering: { rule: decision.rule, detail: decision.detail },
    candidates: decision.evaluated,
    steps,
  };
  return flow;
}

/** What a candidate carries when it takes a flow's whole demand: its paths as link indexes. */
function carriedOf(candidate: BaseCandidate): Trace['carried'] {
  candidate.carried ??= candidate.paths.map((p, k) => ({ links: candidate.linkIdx[k]!, share: p.share }));
  return candidate.carried;
}

/** Placeholder until buildFlow writes the flow's explanation (summarize reads the flow first). */
const NO_EXPLANATION: Flow['explanation'] = {
  summary: '',
  bgp: null,
  steering: { rule: { kind: 'none' }, detail: '' },
  candidates: [],
  steps: [],
};

/** The return path's routers, from the destination back to the site's first prefix. */
function returnPath(net: Net, fwd: Forwarder, spec: FlowSpec): number[] {
  const sitePrefix = net.nodes[spec.site]!.originates[0];
  if (sitePrefix === undefined) return [];
  const walk = fwd.walk(spec.destination, sitePrefix);
  let primary: (typeof walk.paths)[number] | null = null;
  for (const p of walk.paths) if (!primary || p.share > primary.share) primary = p;
  return primary ? primary.nodes : [];
}

export function assemble(net: Net, cp: ControlPlane, flows: Flow[], traces?: Trace[]): EngineResult {
  return resultOf(net, cp, computeLoads(net, flows, traces));
}

function resultOf(net: Net, cp: ControlPlane, loads: Loads, ribs = materializeRibs(net, cp)): EngineResult {
  return {
    addressing: net.addressing,
    timers: net.timers,
    ribScope: cp.scope.all ? 'all' : 'flows',
    failures: net.failures,
    routers: routerViews(net),
    sessions: sessions(net, cp),
    ribs,
    converged: cp.converged,
    flows: loads.flows,
    linkLoads: loads.linkLoads,
    hubLoads: loads.hubLoads,
    totals: loads.totals,
  };
}

export function flowDiagnostics(net: Net, cp: ControlPlane, flows: Flow[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of cp.diverged) {
    out.push({
      severity: 'error',
      code: 'bgp.diverged',
      message: `BGP policies never converge for ${net.prefixes.list[d.prefix]!.cidr}: ${d.nodes
        .map((n) => net.nodes[n]!.id)
        .join(', ')} keep changing their best path (a policy conflict); results show the state at the iteration limit`,
      elementId: net.nodes[d.nodes[0] ?? 0]?.id ?? '',
    });
  }
  for (const f of flows) {
    if (f.state === 'unreachable') {
      out.push(warn('flow.unreachable', f.explanation.summary, f.site));
    }
    if (f.explanation.steps.some((s) => s.includes('forwarding loop'))) {
      out.push(warn('flow.loop', `${f.id}: a route ends in a forwarding loop`, f.site));
    }
  }
  return out;
}

/** The parts of a design the control plane depends on. Equal keys = the same RIBs. */
function controlPlaneKey(design: Design): string {
  return JSON.stringify([
    design.settings,
    design.nodes.map((n) => [
      n.id,
      n.kind,
      n.asn,
      n.prefixes,
      n.tags,
      n.bgp,
      n.routerId,
      n.loopback,
      'transit' in n ? n.transit : null,
    ]),
    design.links.map((l) => [l.id, l.source, l.target, l.addressing, l.circuit]),
    design.bgpPolicies,
  ]);
}

/** Same control plane, new metrics/classes: rebuild the net's link metrics and only the flows
 * whose candidates touch a changed link (all flows when classes, rules or demands changed). */
const METRICS = ['latencyMs', 'jitterMs', 'lossPct', 'bandwidthMbps', 'costPerMonth'] as const;

/** The common edit: only link metrics changed. Reuses the network, the control plane and every
 * output that depends only on them (RIBs, sessions, routers); re-steers only the flows whose
 * candidates cross a changed link, then re-sums the loads. */
function refreshLinkMetrics(base: Baseline, design: Design): Baseline | null {
  const old = base.net.design;
  if (design.links.length !== old.links.length) return null;
  const changed: number[] = [];
  const links = base.net.links.slice();
  for (let i = 0; i < design.links.length; i++) {
    const now = design.links[i]!;
    const was = old.links[i]!;
    if (now === was) continue;
    const sameElsewhere =
      now.id === was.id &&
      now.source === was.source &&
      now.target === was.target &&
      now.transport === was.transport &&
      now.encapsulation === was.encapsulation &&
      now.circuit === was.circuit &&
      now.name === was.name &&
      JSON.stringify(now.detection) === JSON.stringify(was.detection) &&
      JSON.stringify(now.addressing) === JSON.stringify(was.addressing);
    if (!sameElsewhere) return null;
    if (METRICS.every((m) => now[m] === was[m])) continue;
    const index = base.net.linkIndex.get(now.id);
    if (index === undefined || base.net.links[index]!.design !== was) return null;
    links[index] = { ...links[index]!, design: now, ...Object.fromEntries(METRICS.map((m) => [m, now[m]])) };
    changed.push(index);
  }
  if (!sameApartFromLinks(old, design)) {
    base.restKey ??= JSON.stringify({ ...old, links: null });
    if (JSON.stringify({ ...design, links: null }) !== base.restKey) return null;
  }
  const net: Net = { ...base.net, design, links };
  base.flowsByLink ??= flowsByLink(net, base.traces);
  const only = new Set<number>();
  for (const l of changed) for (const i of base.flowsByLink[l]!) only.add(i);
  const traces = base.traces.slice();
  const flows0 = computeFlows(net, base.cp, base.specs, only, base.flows, traces);
  const loads = updateLoads(net, base.loads, base.traces, flows0, traces, only, changed);
  const flows = loads.flows;
  const result: EngineResult = {
    ...base.result,
    flows,
    linkLoads: loads.linkLoads,
    hubLoads: loads.hubLoads,
    totals: loads.totals,
  };
  const diagnostics = [
    ...base.diagnostics.filter((d) => !d.code.startsWith('flow.')),
    ...flowDiagnostics(net, base.cp, flows).filter((d) => d.code.startsWith('flow.')),
  ];
  const { restKey, flowsByLink: byLink } = base;
  return {
    net,
    cp: base.cp,
    specs: base.specs,
    flows,
    result,
    diagnostics,
    traces,
    loads,
    restKey,
    flowsByLink: byLink,
  };
}

/** The same objects everywhere but `links` (what an editor's one-field change produces): then
 * nothing but links can differ, without serialising a large design to be sure. */
function sameApartFromLinks(a: Design, b: Design): boolean {
  const keys = Object.keys(a) as (keyof Design)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (k !== 'links' && (!(k in b) || a[k] !== b[k])) return false;
  return true;
}

function flowsByLink(net: Net, traces: Trace[]): number[][] {
  const out: number[][] = net.links.map(() => []);
  traces.forEach((t, i) => {
    for (const l of t.links) out[l]!.push(i);
  });
  return out;
}

/** Same control plane, but classes, rules, demands or node attributes changed. */
function refreshSteering(base: Baseline, design: Design): Baseline | null {
  const diagnostics: Diagnostic[] = validateDesign(design).filter((d) => d.code !== 'link.dangling-end');
  const fresh = normalize(design, [], base.net.timers, diagnostics);
  if (fresh.prefixes.count !== base.net.prefixes.count || fresh.links.length !== base.net.links.length) return null;
  const net: Net = { ...fresh, prefixes: base.net.prefixes, origins: base.net.origins };
  const changed = new Set<string>();
  net.links.forEach((l, i) => {
    const old = base.net.links[i]!;
    if (
      l.latencyMs !== old.latencyMs ||
      l.jitterMs !== old.jitterMs ||
      l.lossPct !== old.lossPct ||
      l.bandwidthMbps !== old.bandwidthMbps ||
      l.costPerMonth !== old.costPerMonth
    ) {
      changed.add(l.id);
    }
  });
  const sameSteering =
    JSON.stringify([
      design.trafficClasses,
      design.pbrRules,
      design.nodes.map((n) =>
        n.kind === 'site' ? n.demandMbps : n.kind === 'hub' ? [n.security, n.capacityMbps, n.location] : n.location,
      ),
    ]) ===
    JSON.stringify([
      base.net.design.trafficClasses,
      base.net.design.pbrRules,
      base.net.design.nodes.map((n) =>
        n.kind === 'site' ? n.demandMbps : n.kind === 'hub' ? [n.security, n.capacityMbps, n.location] : n.location,
      ),
    ]);
  const cp = base.cp;
  let specs = base.specs;
  let flows: Flow[];
  let traces: Trace[];
  if (sameSteering) {
    const changedIdx = new Set([...changed].map((id) => net.linkIndex.get(id)!));
    const only = new Set<number>();
    base.traces.forEach((t, i) => {
      if (t.links.some((l) => changedIdx.has(l))) only.add(i);
    });
    traces = base.traces.slice();
    flows = computeFlows(net, cp, specs, only, base.flows, traces);
  } else {
    specs = enumerateFlows(net, diagnostics);
    traces = [];
    flows = computeFlows(net, cp, specs, undefined, undefined, traces);
  }
  const loads = computeLoads(net, flows, traces);
  const result = resultOf(net, cp, loads);
  diagnostics.push(...flowDiagnostics(net, cp, result.flows));
  return { net, cp, specs, flows: result.flows, result, diagnostics, traces, loads };
}
