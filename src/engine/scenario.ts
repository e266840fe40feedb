// Failure scenarios, incrementally: start from the baseline's converged RIBs, withdraw what the
// failed sessions carried, and let BGP re-converge from the routers next to the failure (as the
// real routers do). Only prefixes whose RIBs change are copied; only flows that depend on them
// (or on a degraded link) are recomputed. Then the diff against the baseline and, per moved
// flow, a convergence estimate split into detection, propagation and FIB update.
import type { Diagnostic } from '../model/diagnostics';
import type { Failure } from '../model/types';
import { type ControlPlane, logWrite, type PrefixRib, propagate, type UndoLog, undo } from './bgp';
import { estimateConvergence } from './convergence';
import { failedElements, type Net, withFailures } from './normalize';
import {
  assemble,
  type Baseline,
  type Dependencies,
  dependencies,
  flowDiagnostics,
  recomputeFlows,
  type Trace,
} from './pipeline';
import type { Flow, FlowChange, ScenarioDiff, ScenarioOutput } from './types';

export interface ScenarioState {
  net: Net;
  cp: ControlPlane;
  /** The flows recomputed, by index into baseline.specs (every other flow is the baseline's). */
  flows: Map<number, Flow>;
  traces: Map<number, Trace>;
  diagnostics: Diagnostic[];
  /** Puts the baseline's RIBs back: call once the scenario's outputs are materialised. */
  restore: () => void;
}

/** `lite`: recomputed flows carry no explanation or return path (the sweep's summaries). */
export function scenarioState(base: Baseline, failures: Failure[], lite = false): ScenarioState {
  const diagnostics: Diagnostic[] = [];
  const net = withFailures(base.net, failures, diagnostics);
  // The baseline's RIB arrays are edited in place and restored by `restore()` (undo log).
  const cp: ControlPlane = { ...base.cp, diverged: [...base.cp.diverged] };
  const log: UndoLog = { arrays: [], indexes: [], values: [] };
  const downLinks: number[] = [];
  const degraded: number[] = [];
  for (const failure of failures) {
    const hit = failedElements(base.net, failure);
    const links = [...hit.links, ...hit.nodes.flatMap((n) => base.net.nodes[n]!.links)];
    for (const l of links) {
      if (failure.mode === 'degrade') degraded.push(l);
      else if (base.net.links[l]!.up && !downLinks.includes(l)) downLinks.push(l);
    }
  }
  const downNodes = net.nodes.filter((n, i) => !n.up && base.net.nodes[i]!.up).map((n) => n.index);
  const deps = dependencies(base);
  // Flow indexes to recompute, marked once each (a hub failure marks the same flow thousands of
  // times). The marks are shared between scenarios and cleared below.
  const isDirty = dirtyMarks(base.specs.length);
  const dirty: number[] = [];
  const markDirty = (list: number[] | undefined) => {
    if (list) {
      for (const i of list) {
        if (!isDirty[i]) {
          isDirty[i] = 1;
          dirty.push(i);
        }
      }
    }
  };
  const seeds: number[] = [];
  const changed: number[] = [];
  // With a transitive best-path order only the routers whose best path crossed a down link
  // re-decide, and the down links' Adj-RIB-In slots are left as they were: nothing reads a down
  // session's slots (candidates, exports and sessions all skip down links), so a hub-to-hub
  // failure visits the few dozen prefixes routed over it instead of all thousand it carried.
  const { prefixes, carriedBy, reselect } = deps.transitive
    ? reselectingPrefixes(base, deps, downLinks, downNodes)
    : touchedPrefixes(base, deps, downLinks, downNodes);
  for (const p of prefixes) {
    const rib: PrefixRib = cp.ribs[p]!;
    seeds.length = 0;
    for (const n of reselect.get(p) ?? []) seeds.push(n);
    for (const l of carriedBy.get(p) ?? []) {
      const link = net.links[l]!;
      // Slot 2l is what a received over the link, 2l+1 what b received.
      withdraw(net, rib, 2 * l, link.a, seeds, log);
      withdraw(net, rib, 2 * l + 1, link.b, seeds, log);
    }
    for (const n of downNodes) if (rib.best[n]) seeds.push(n);
    if (seeds.length === 0) continue;
    changed.length = 0;
    if (net.origins[p]!.some((o) => net.nodes[o]!.up)) propagate(net, cp, p, rib, seeds, changed, log);
    else withdrawEverywhere(rib, changed, log);
    // A flow is stale when a router it relies on changed its best path for a prefix it uses.
    for (const n of changed) markDirty(deps.byPrefixNode.get(p * net.nodes.length + n));
  }
  // ... or when a link it may use (any candidate's path) failed or degraded.
  for (const l of [...downLinks, ...degraded]) markDirty(deps.byLink.get(l));
  for (const i of dirty) isDirty[i] = 0;
  const { flows, traces } = recomputeFlows(net, cp, base.specs, dirty, lite);
  return { net, cp, flows, traces, diagnostics, restore: () => undo(log) };
}

/**
 * A prefix whose every originator is down: BGP's fixed point holds no path to it anywhere (a
 * path-vector route needs an origin, and AS-path loop checks stop routes feeding each other),
 * so the scenario goes there directly. Simulating the withdrawal instead explores every
 * alternative path on the way ("path hunting"), which in a meshed core of 20 hubs was most of
 * the cost of failing a site.
 */
function withdrawEverywhere(rib: PrefixRib, changed: number[], log: UndoLog): void {
  for (let n = 0; n < rib.best.length; n++) {
    if (!rib.best[n]) continue;
    logWrite(log, rib.best, n, null);
    changed.push(n);
  }
  for (let slot = 0; slot < rib.ribIn.length; slot++) if (rib.ribIn[slot]) logWrite(log, rib.ribIn, slot, null);
}

/**
 * Whether losing route `lost` can change `node`'s best path. With a transitive order (no MED set
 * by policy, no deterministic-med) the best of the remaining paths is the old best unless the old
 * best is what was lost, so the router need not re-run the decision: on a hub-to-hub link that
 * carries every site prefix this skips a thousand full decisions per failure.
 */
function mustReselect(net: Net, node: number, rib: PrefixRib, lost: unknown): boolean {
  return net.medInUse || net.nodes[node]!.bgp.deterministicMed || rib.best[node] === lost;
}

let marks = new Uint8Array(0);

/** A zeroed mark per flow, reused: a sweep runs thousands of scenarios over 28k flows. */
function dirtyMarks(flows: number): Uint8Array {
  if (marks.length < flows) marks = new Uint8Array(flows);
  return marks;
}

/** Removes the route in `slot` (received by `receiver`) and seeds the receiver if that can
 * change its best path. */
function withdraw(net: Net, rib: PrefixRib, slot: number, receiver: number, seeds: number[], log: UndoLog): void {
  const lost = rib.ribIn[slot];
  if (!lost) return;
  logWrite(log, rib.ribIn, slot, null);
  if (mustReselect(net, receiver, rib, lost)) seeds.push(receiver);
}

/** The prefixes a failure can change, ascending: those the down links carried and those a down
 * node originates or holds (over its links, which are down too). The rest keep the baseline's
 * RIBs, so the scenario skips them without looking at their RIBs. `carriedBy`: per prefix, the
 * down links that carried it (in failure order), so a hub failure visits the slots that hold
 * something instead of every link for every prefix. */
function touchedPrefixes(base: Baseline, deps: Dependencies, downLinks: number[], downNodes: number[]): Touched {
  const carriedBy = new Map<number, number[]>();
  for (const l of downLinks) {
    for (const p of deps.prefixesByLink[l]!) {
      const list = carriedBy.get(p);
      if (list) list.push(l);
      else carriedBy.set(p, [l]);
    }
  }
  const prefixes = new Set(carriedBy.keys());
  for (const n of downNodes) {
    const node = base.net.nodes[n]!;
    for (const l of node.links) for (const p of deps.prefixesByLink[l]!) prefixes.add(p);
    for (const p of node.originates) prefixes.add(p);
  }
  return { prefixes: [...prefixes].sort((a, b) => a - b), carriedBy, reselect: new Map() };
}

/** What a failure changes, per prefix (ascending): the down links whose slots to withdraw
 * (`carriedBy`), or, with a transitive order, just the routers to re-decide (`reselect`). */
interface Touched {
  prefixes: number[];
  carriedBy: Map<number, number[]>;
  reselect: Map<number, number[]>;
}

/** The transitive case: per prefix, the routers whose best path crossed a down link (in
 * failure order, a before b), plus the prefixes down nodes originate (which may be orphaned). */
function reselectingPrefixes(base: Baseline, deps: Dependencies, downLinks: number[], downNodes: number[]): Touched {
  const reselect = new Map<number, number[]>();
  for (const l of downLinks) {
    const link = base.net.links[l]!;
    for (const code of deps.bestVia[l]!) {
      const p = code >> 1;
      const receiver = code & 1 ? link.b : link.a;
      const list = reselect.get(p);
      if (list) list.push(receiver);
      else reselect.set(p, [receiver]);
    }
  }
  const prefixes = new Set(reselect.keys());
  for (const n of downNodes) for (const p of base.net.nodes[n]!.originates) prefixes.add(p);
  return { prefixes: [...prefixes].sort((a, b) => a - b), carriedBy: new Map(), reselect };
}

export function runScenario(base: Baseline, failures: Failure[]): ScenarioOutput {
  const state = scenarioState(base, failures);
  const flows = base.flows.slice();
  const traces = base.traces.slice();
  for (const [i, f] of state.flows) flows[i] = f;
  for (const [i, t] of state.traces) traces[i] = t;
  let result: ReturnType<typeof assemble>;
  try {
    result = assemble(state.net, state.cp, flows, traces);
  } finally {
    state.restore();
  }
  const diff = diffFlows(base.flows, state.flows);
  const before = new Set([
    ...base.result.linkLoads.filter((l) => l.overCapacity).map((l) => l.linkId),
    ...base.result.hubLoads.filter((h) => h.overCapacity).map((h) => h.hubId),
  ]);
  diff.newOverloads = [
    ...result.linkLoads.filter((l) => l.overCapacity && !before.has(l.linkId)).map((l) => l.linkId),
    ...result.hubLoads.filter((h) => h.overCapacity && !before.has(h.hubId)).map((h) => h.hubId),
  ];
  const byId = new Map(base.flows.map((f) => [f.id, f]));
  const hits = failures.map((f) => failedElements(base.net, f));
  const convergence = [...diff.moved, ...diff.dropped].map((change) =>
    estimateConvergence(base.net, state.net, failures, byId.get(change.flowId)!, hits),
  );
  const diagnostics = [...base.diagnostics.filter((d) => !d.code.startsWith('flow.')), ...state.diagnostics];
  diagnostics.push(...flowDiagnostics(state.net, state.cp, flows));
  return {
    scenario: {
      failures,
      result,
      diff,
      convergence,
      worstConvergenceS: convergence.reduce((m, c) => Math.max(m, c.phases.totalS), 0),
    },
    diagnostics,
  };
}

const delivered = (f: Flow) => f.state === 'ok' || f.state === 'sla-miss';

/** The outcome changes between the baseline's flows and the recomputed ones (by index). */
export function diffFlows(before: Flow[], recomputed: ReadonlyMap<number, Flow>): ScenarioDiff {
  const diff: ScenarioDiff = {
    moved: [],
    dropped: [],
    newSlaMisses: [],
    newComplianceBlocks: [],
    newOverloads: [],
    changed: [],
  };
  for (const i of [...recomputed.keys()].sort((a, b) => a - b)) {
    const b = before[i]!;
    const a = recomputed.get(i)!;
    const samePath = sameRoutes(b, a);
    if (samePath && a.state === b.state && a.meetsSla === b.meetsSla) continue;
    diff.changed.push(a.id);
    const change: FlowChange = {
      flowId: a.id,
      site: a.site,
      trafficClass: a.trafficClass,
      destination: a.destination,
      before: { state: b.state, egressHub: b.egressHub, path: b.path },
      after: { state: a.state, egressHub: a.egressHub, path: a.path },
    };
    if (delivered(b) && !delivered(a)) diff.dropped.push(change);
    else if (delivered(b) && delivered(a) && !samePath) diff.moved.push(change);
    if (b.meetsSla && delivered(b) && delivered(a) && !a.meetsSla) diff.newSlaMisses.push(a.id);
    if (b.state !== 'compliance-block' && a.state === 'compliance-block') diff.newComplianceBlocks.push(a.id);
  }
  return diff;
}

/** Same paths (node ids) with the same shares: a flow that did not move. Compared field by field
 * (the sweep runs this for every dirty flow of every scenario; serialising both was its hot spot). */
function sameRoutes(b: Flow, a: Flow): boolean {
  if (a.paths.length !== b.paths.length) return false;
  for (let k = 0; k < a.paths.length; k++) {
    const x = a.paths[k]!;
    const y = b.paths[k]!;
    if (x.share !== y.share || x.path.length !== y.path.length) return false;
    for (let j = 0; j < x.path.length; j++) if (x.path[j] !== y.path[j]) return false;
  }
  return true;
}
