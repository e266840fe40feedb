// The resilience sweep: every single link, node, shared circuit and cloud region fails in turn
// (hard), each computed incrementally from the baseline (scenario.ts), summarised without
// building a full result. Single points of failure are per site and class: an element whose
// failure alone stops a flow of that site and class being delivered (the site and the
// destination themselves excepted: failing an endpoint is not a point of failure "for" it).
import type { Design, Failure } from '../model/types';
import { estimateConvergence } from './convergence';
import { failedElements } from './normalize';
import { createEngine } from './pipeline';
import { diffFlows, scenarioState } from './scenario';
import type {
  ElementRef,
  Flow,
  ResilienceReport,
  SinglePointOfFailure,
  SweepOptions,
  SweepOutput,
  SweepScenario,
} from './types';

export function resilienceSweep(design: Design, options: SweepOptions = {}): SweepOutput {
  const engine = createEngine();
  const base = engine.baseline(design, options.timers ? { timers: options.timers } : {});
  const net = base.net;
  const elements: ElementRef[] = [
    ...net.links.map((l) => ({ kind: 'link' as const, id: l.id })),
    ...net.nodes.map((n) => ({ kind: 'node' as const, id: n.id })),
    ...design.circuits.map((c) => ({ kind: 'circuit' as const, id: c.id })),
    ...[
      ...new Set(
        net.nodes.flatMap((n) => (n.design.kind === 'cloud' ? [`${n.design.provider}:${n.design.region}`] : [])),
      ),
    ].map((id) => ({ kind: 'region' as const, id })),
  ];
  const totalDemand = base.flows.reduce((s, f) => s + f.demandMbps, 0) || 1;
  // Per link index: baseline load and capacity; the scenario's load change, cleared after each.
  const baseLoad = Float64Array.from(net.links, (l) => base.result.linkLoads[l.index]?.loadMbps ?? 0);
  const capacity = Float64Array.from(net.links, (l) => l.bandwidthMbps);
  const delta = new Float64Array(net.links.length);
  const seen = new Uint8Array(net.links.length);
  const touchedLinks: number[] = [];
  const addLoad = (flow: Flow, sign: number) => {
    for (const p of flow.paths) {
      for (const id of p.links) {
        const l = net.linkIndex.get(id)!;
        if (!seen[l]) {
          seen[l] = 1;
          touchedLinks.push(l);
        }
        delta[l]! += sign * flow.deliveredMbps * p.share;
      }
    }
  };
  const flowIndex = new Map(base.flows.map((f, i) => [f.id, i]));
  const scenarios: SweepScenario[] = [];
  const spofs = new Map<string, SinglePointOfFailure>();
  let cancelled = false;
  elements.forEach((element, done) => {
    if (cancelled) return;
    if (options.shouldCancel?.()) {
      cancelled = true;
      return;
    }
    options.onProgress?.({ done, total: elements.length, element });
    const failures: Failure[] = [{ kind: element.kind, target: element.id, mode: 'hard' }];
    const state = scenarioState(base, failures, true);
    state.restore(); // the flows are materialised; only they are read below
    const diff = diffFlows(base.flows, state.flows);
    // Load deltas on the links the changed flows touch (summed in the same order as ever:
    // changed flows, old paths then new, path by path).
    touchedLinks.length = 0;
    for (const id of diff.changed) {
      const i = flowIndex.get(id)!;
      addLoad(base.flows[i]!, -1);
      addLoad(state.flows.get(i)!, 1);
    }
    const newOverloads: string[] = [];
    for (const l of touchedLinks) {
      const before = baseLoad[l]!;
      const cap = capacity[l]!;
      if (before <= cap + 1e-9 && before + delta[l]! > cap + 1e-9) newOverloads.push(net.links[l]!.id);
      delta[l] = 0;
      seen[l] = 0;
    }
    const breaks = diff.dropped.map((c) => c.flowId);
    const moves = diff.moved.map((c) => c.flowId);
    const undelivered = breaks.reduce((s, id) => s + base.flows[flowIndex.get(id)!]!.demandMbps, 0);
    const movedMbps = moves.reduce((s, id) => s + base.flows[flowIndex.get(id)!]!.demandMbps, 0);
    let worst = 0;
    const hits = failures.map((f) => failedElements(net, f));
    for (const c of [...diff.moved, ...diff.dropped]) {
      const conv = estimateConvergence(net, state.net, failures, base.flows[flowIndex.get(c.flowId)!]!, hits);
      worst = Math.max(worst, conv.phases.totalS);
    }
    scenarios.push({
      element,
      failures,
      moved: moves.length,
      dropped: breaks.length,
      newSlaMisses: diff.newSlaMisses.length,
      newComplianceBlocks: diff.newComplianceBlocks.length,
      newOverloads,
      breaks,
      moves,
      undeliveredMbps: Math.round(undelivered * 1000) / 1000,
      worstConvergenceS: worst,
      criticality: Math.min(1, Math.round(((undelivered + 0.2 * movedMbps) / totalDemand) * 1000) / 1000),
    });
    for (const id of breaks) {
      const f = base.flows[flowIndex.get(id)!]!;
      if (isEndpoint(element, f.site, f.destination, design)) continue;
      const key = `${element.kind}|${element.id}|${f.site}|${f.trafficClass}`;
      let spof = spofs.get(key);
      if (!spof) {
        const cls = design.trafficClasses.find((c) => c.id === f.trafficClass);
        spof = { element, site: f.site, trafficClass: f.trafficClass, critical: cls?.critical ?? false, flows: [] };
        spofs.set(key, spof);
      }
      spof.flows.push(id);
    }
  });
  scenarios.sort(
    (a, b) =>
      b.criticality - a.criticality ||
      b.dropped - a.dropped ||
      b.moved - a.moved ||
      a.element.id.localeCompare(b.element.id),
  );
  const report: ResilienceReport = {
    scenarios,
    singlePointsOfFailure: [...spofs.values()].sort(
      (a, b) =>
        Number(b.critical) - Number(a.critical) ||
        a.site.localeCompare(b.site) ||
        a.element.id.localeCompare(b.element.id),
    ),
    criticality: Object.fromEntries(scenarios.map((s) => [s.element.id, s.criticality])),
    worstConvergenceS: scenarios.reduce((m, s) => Math.max(m, s.worstConvergenceS), 0),
    cancelled,
  };
  return { report, diagnostics: base.diagnostics };
}

function isEndpoint(element: ElementRef, site: string, destination: string, design: Design): boolean {
  if (element.kind === 'node') return element.id === site || element.id === destination;
  if (element.kind === 'region') {
    const dest = design.nodes.find((n) => n.id === destination);
    return dest?.kind === 'cloud' && `${dest.provider}:${dest.region}` === element.id;
  }
  return false;
}
