// Pure shaping of the resilience report for the panel: single points of failure grouped by
// element, and the ranked scenarios worth showing.
import type { ElementRef, ResilienceReport, SweepScenario } from '../../engine/types';

export interface SpofGroup {
  element: ElementRef;
  /** "pii-us from site-nyc, site-dal" per class. */
  cuts: { trafficClass: string; sites: string[]; critical: boolean }[];
  flows: number;
  critical: boolean;
}

/** Single points of failure, one entry per element, critical classes first, then most flows. */
export function groupSpofs(report: ResilienceReport): SpofGroup[] {
  const byElement = new Map<string, SpofGroup>();
  for (const s of report.singlePointsOfFailure) {
    const key = `${s.element.kind}:${s.element.id}`;
    let g = byElement.get(key);
    if (!g) {
      g = { element: s.element, cuts: [], flows: 0, critical: false };
      byElement.set(key, g);
    }
    let cut = g.cuts.find((c) => c.trafficClass === s.trafficClass);
    if (!cut) {
      cut = { trafficClass: s.trafficClass, sites: [], critical: s.critical };
      g.cuts.push(cut);
    }
    if (!cut.sites.includes(s.site)) cut.sites.push(s.site);
    g.flows += s.flows.length;
    g.critical ||= s.critical;
  }
  return [...byElement.values()].sort(
    (a, b) => Number(b.critical) - Number(a.critical) || b.flows - a.flows || a.element.id.localeCompare(b.element.id),
  );
}

/** Scenarios that change anything, in the report's rank order. */
export function impactfulScenarios(report: ResilienceReport): SweepScenario[] {
  return report.scenarios.filter(
    (s) =>
      s.breaks.length > 0 ||
      s.moves.length > 0 ||
      s.newSlaMisses > 0 ||
      s.newComplianceBlocks > 0 ||
      s.newOverloads.length > 0,
  );
}
