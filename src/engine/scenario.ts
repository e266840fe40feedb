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
  computeFlows,
  type Dependencies,
  dependencies,
  flowDiagnostics,
  type Trace,
} from './pipeline';
import type { Flow, FlowChange, ScenarioDiff, ScenarioOutput } from './types';

export interface ScenarioState {
  net: Net;
  cp: ControlPlane;
  /** Indexes (into baseline.specs) of the flows recomputed. */
  dirty: Set<number>;
  flows: Flow[];
  traces: Trace[];
  diagnostics: Diagnostic[];
  /** Puts the baseline's RIBs back: call once the scenario's outputs are materialised. */
  restore: () => void;
}

export function scenarioState(base: Baseline, failures: Failure[]): ScenarioState {
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
  const dirty = new Set<number>();
  const seeds: number[] = [];
  const changed: number[] = [];
  const touched = touchedPrefixes(base, deps, downLinks, downNodes);
  for (let p = 0; p < net.prefixes.count; p++) {
    if (!touched[p]) continue;
    const rib: PrefixRib = cp.ribs[p]!;
    seeds.length = 0;
    for (const l of downLinks) {
      const link = net.links[l]!;
      if (rib.ribIn[2 * l] || rib.ribIn[2 * l + 1]) {
        logWrite(log, rib.ribIn, 2 * l, null);
        logWrite(log, rib.ribIn, 2 * l + 1, null);
        seeds.push(link.a, link.b);
      }
    }
    for (const n of downNodes) if (rib.best[n]) seeds.push(n);
    if (seeds.length === 0) continue;
    changed.length = 0;
    propagate(net, cp, p, rib, seeds, changed, log);
    // A flow is stale when a router it relies on changed its best path for a prefix it uses.
    for (const n of changed) {
      const list = deps.byPrefixNode.get(p * net.nodes.length + n);
      if (list) for (const i of list) dirty.add(i);
    }
  }
  // ... or when a link it may use (any candidate's path) failed or degraded.
  for (const l of [...downLinks, ...degraded]) {
    const list = deps.byLink.get(l);
    if (list) for (const i of list) dirty.add(i);
  }
  const traces = base.traces.slice();
  const flows = computeFlows(net, cp, base.specs, dirty, base.flows, traces);
  return { net, cp, dirty, flows, traces, diagnostics, restore: () => undo(log) };
}

/** The prefixes a failure can change: those the down links carried and those a down node
 * originates or holds (over its links, which are down too). The rest keep the baseline's RIBs,
 * so the scenario skips them without looking at their RIBs. */
function touchedPrefixes(base: Baseline, deps: Dependencies, downLinks: number[], downNodes: number[]): Uint8Array {
  const touched = new Uint8Array(base.net.prefixes.count);
  const mark = (l: number) => {
    for (const p of deps.prefixesByLink[l]!) touched[p] = 1;
  };
  for (const l of downLinks) mark(l);
  for (const n of downNodes) {
    const node = base.net.nodes[n]!;
    for (const l of node.links) mark(l);
    for (const p of node.originates) touched[p] = 1;
  }
  return touched;
}

export function runScenario(base: Baseline, failures: Failure[]): ScenarioOutput {
  const state = scenarioState(base, failures);
  let result: ReturnType<typeof assemble>;
  try {
    result = assemble(state.net, state.cp, state.flows, state.traces);
  } finally {
    state.restore();
  }
  const diff = diffFlows(base.flows, state.flows, state.dirty);
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
  diagnostics.push(...flowDiagnostics(state.net, state.cp, state.flows));
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

export function diffFlows(before: Flow[], after: Flow[], dirty: Set<number>): ScenarioDiff {
  const diff: ScenarioDiff = {
    moved: [],
    dropped: [],
    newSlaMisses: [],
    newComplianceBlocks: [],
    newOverloads: [],
    changed: [],
  };
  for (const i of [...dirty].sort((a, b) => a - b)) {
    const b = before[i]!;
    const a = after[i]!;
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
