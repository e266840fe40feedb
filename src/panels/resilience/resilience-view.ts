// Pure shaping of the resilience report for the panel: single points of failure grouped by
// element, and the ranked scenarios worth showing. Runs in the worker (reportView): the whole
// report lists, per failure, every flow it moves or breaks (megabytes at 1,000 sites); the
// panel and the heat map need counts, the top of the ranking and the decorations.
import { criticalityOverlay, heatIndex } from '../../canvas/overlay/criticality';
import type { CanvasOverlay } from '../../canvas/overlay-types';
import type { ElementRef, ResilienceReport, SweepScenario } from '../../engine/types';
import type { Design, Failure } from '../../model';

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

/** Failures that change anything, hottest first (the heat map's order: a critical class cut
 * off, then flows broken, then traffic moved), sites and destinations left out like on the map. */
export function rankScenarios(design: Design, report: ResilienceReport): { scenario: SweepScenario; heat: number }[] {
  const heat = heatIndex(design, report);
  return report.scenarios
    .flatMap((scenario) => {
      const h = heat.get(`${scenario.element.kind}:${scenario.element.id}`);
      return h === undefined || h === 0 ? [] : [{ scenario, heat: h }];
    })
    .sort(
      (a, b) =>
        b.heat - a.heat ||
        b.scenario.breaks.length - a.scenario.breaks.length ||
        b.scenario.moves.length - a.scenario.moves.length,
    );
}

/** Failures listed in the ranking. */
export const RANK_LIMIT = 40;
/** Single points of failure listed (a design of single-homed sites has one per site link). */
export const SPOF_LIMIT = 60;

export interface RankedFailure {
  element: ElementRef;
  failures: Failure[];
  breaks: number;
  moves: number;
  worstConvergenceS: number;
  /** 0..1, the heat map's score. */
  heat: number;
}

/** What the resilience panel and the heat map draw of a report. */
export interface ReportView {
  scenarioCount: number;
  worstConvergenceS: number;
  cancelled: boolean;
  /** The SPOF_LIMIT most important single points of failure (critical first, then most flows). */
  spofs: SpofGroup[];
  spofCount: number;
  /** The RANK_LIMIT failures with the most impact, hottest first. */
  ranked: RankedFailure[];
  /** The criticality heat map, for the design the sweep ran on. */
  overlay: CanvasOverlay;
}

export function reportView(design: Design, report: ResilienceReport, limit = RANK_LIMIT): ReportView {
  const spofs = groupSpofs(report);
  return {
    scenarioCount: report.scenarios.length,
    worstConvergenceS: report.worstConvergenceS,
    cancelled: report.cancelled,
    spofs: spofs.slice(0, SPOF_LIMIT),
    spofCount: spofs.length,
    ranked: rankScenarios(design, report)
      .slice(0, limit)
      .map(({ scenario: s, heat }) => ({
        element: s.element,
        failures: s.failures,
        breaks: s.breaks.length,
        moves: s.moves.length,
        worstConvergenceS: s.worstConvergenceS,
        heat,
      })),
    overlay: criticalityOverlay(design, report),
  };
}
