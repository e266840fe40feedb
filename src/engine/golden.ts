// The reviewable digest of an engine result that golden files hold: every decision a reviewer
// should see change in a diff (flows, best paths and ECMP per router, sessions, the sweep),
// without the bulk (full candidate lists) that would bury it.
import type { Design } from '../model/types';
import { computeDesign } from './pipeline';
import { resilienceSweep } from './sweep';

export function engineGolden(design: Design) {
  const { result, diagnostics } = computeDesign(design);
  const { report } = resilienceSweep(design);
  return {
    diagnostics: diagnostics.map((d) => `${d.severity} ${d.code} ${d.elementId ?? ''}`.trim()),
    flows: result.flows.map((f) => ({
      id: f.id,
      state: f.state,
      egressHub: f.egressHub,
      paths: f.paths.map((p) => `${p.share} ${p.path.join('>')}`),
      latencyMs: f.latencyMs,
      lossPct: f.lossPct,
      meetsSla: f.meetsSla,
      compliant: f.compliant,
      returnAsymmetric: f.returnAsymmetric,
      costPerMonth: f.costPerMonth,
      rule: f.explanation.steering.rule,
      bgpStep: f.explanation.bgp?.decidingStep ?? null,
    })),
    ribs: Object.fromEntries(
      Object.entries(result.ribs).map(([node, table]) => [
        node,
        Object.fromEntries(
          Object.entries(table).map(([prefix, e]) => [
            prefix,
            {
              best: e.best ? `${e.best.fromNode} ${e.best.asPath.join(' ')}`.trim() : null,
              ecmp: e.ecmp.length,
              candidates: e.candidates.length,
              reasons: e.possibleReasons,
              arrivalOrderDependent: e.arrivalOrderDependent,
            },
          ]),
        ),
      ]),
    ),
    sessions: result.sessions.map(
      (s) => `${s.linkId} ${s.type} ${s.state} a>b ${s.advertisedAtoB.length} b>a ${s.advertisedBtoA.length}`,
    ),
    totals: result.totals,
    resilience: {
      scenarios: report.scenarios.map(
        (s) => `${s.element.kind} ${s.element.id}: breaks ${s.dropped}, moves ${s.moved}, criticality ${s.criticality}`,
      ),
      singlePointsOfFailure: report.singlePointsOfFailure.map(
        (s) => `${s.element.kind} ${s.element.id} -> ${s.site} ${s.trafficClass}${s.critical ? ' (critical)' : ''}`,
      ),
    },
  };
}
