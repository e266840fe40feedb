// Failure scenarios, incrementally: start from the baseline's converged RIBs, withdraw what the
// failed sessions carried, and let BGP re-converge from the routers next to the failure (as the
// real routers do). Only prefixes whose RIBs change are copied; only flows that depend on them
// (or on a degraded link) are recomputed. Then the diff against the baseline and, per moved
// flow, a convergence estimate split into detection, propagation and FIB update.
import type { Diagnostic } from '../model/diagnostics';
import type { Failure } from '../model/types';
import { type ControlPlane, type PrefixRib, propagate } from './bgp';
import { estimateConvergence } from './convergence';
import { failedElements, type Net, withFailures } from './normalize';
import { assemble, type Baseline, computeFlows, dependencies, flowDiagnostics, type Trace } from './pipeline';
import type { Flow, FlowChange, ScenarioDiff, ScenarioOutput } from './types';

export interface ScenarioState {
  net: Net;
  cp: ControlPlane;
  /** Indexes (into baseline.specs) of the flows recomputed. */
  dirty: Set<number>;
  flows: Flow[];
  traces: Trace[];
  diagnostics: Diagnostic[];
}

export function scenarioState(base: Baseline, failures: Failure[]): ScenarioState {
  const diagnostics: Diagnostic[] = [];
  const net = withFailures(base.net, failures, diagnostics);
  const cp: ControlPlane = { ...base.cp, ribs: base.cp.ribs.slice(), diverged: [...base.cp.diverged] };
  const downLinks: number[] = [];
  const degraded = new Set<string>();
  net.links.forEach((link, i) => {
    const old = base.net.links[i]!;
    if (old.up && !link.up) downLinks.push(i);
    else if (link !== old) degraded.add(link.id);
  });
  const downNodes = net.nodes.filter((n, i) => !n.up && base.net.nodes[i]!.up).map((n) => n.index);
  const deps = dependencies(base);
  const dirty = new Set<number>();
  const mark = (list: number[] | undefined) => {
    if (list) for (const i of list) dirty.add(i);
  };
  for (let p = 0; p < net.prefixes.count; p++) {
    let rib: PrefixRib = cp.ribs[p]!;
    let copied = false;
    const seeds: number[] = [];
    const own = () => {
      if (!copied) {
        rib = { ribIn: rib.ribIn.slice(), best: rib.best.slice() };
        cp.ribs[p] = rib;
        copied = true;
      }
    };
    for (const l of downLinks) {
      const link = net.links[l]!;
      if (rib.ribIn[2 * l] || rib.ribIn[2 * l + 1]) {
        own();
        rib.ribIn[2 * l] = null;
        rib.ribIn[2 * l + 1] = null;
        seeds.push(link.a, link.b);
      }
    }
    for (const n of downNodes) {
      if (rib.best[n]) {
        own();
        seeds.push(n);
      }
    }
    if (seeds.length > 0) {
      const changed: number[] = [];
      propagate(net, cp, p, rib, seeds, changed);
      // A flow is stale when a router it relies on changed its best path for a prefix it uses.
      for (const n of changed) mark(deps.byPrefixNode.get(p * net.nodes.length + n));
    }
  }
  // ... or when a link it may use (any candidate's path) failed or degraded.
  for (const l of downLinks) mark(deps.byLink.get(l));
  for (const id of degraded) mark(deps.byLink.get(net.linkIndex.get(id)!));
  const traces = base.traces.slice();
  const flows = computeFlows(net, cp, base.specs, dirty, base.flows, traces);
  return { net, cp, dirty, flows, traces, diagnostics };
}

export function runScenario(base: Baseline, failures: Failure[]): ScenarioOutput {
  const state = scenarioState(base, failures);
  const result = assemble(state.net, state.cp, state.flows, state.traces);
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
    const samePath =
      JSON.stringify(b.paths.map((p) => [p.path, p.share])) === JSON.stringify(a.paths.map((p) => [p.path, p.share]));
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
