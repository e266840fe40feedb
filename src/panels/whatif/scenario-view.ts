// What of a what-if scenario the panel draws: the diff's counts, the first moved and dropped
// flows as cards with their convergence, and the new overloads. Built in the worker: a hub
// failure in a 1,000-site design moves thousands of flows, and their changes and convergence
// estimates are megabytes nobody reads past the first cards (the flow table lists them all). Pure.
import type { FlowChange, FlowConvergence, ScenarioResult } from '../../engine/types';
import type { Failure } from '../../model';

/** Cards per list: each is a small timeline; the flow table lists every flow. */
export const CARD_LIMIT = 12;

export interface ScenarioView {
  failures: Failure[];
  moved: FlowChange[];
  movedCount: number;
  dropped: FlowChange[];
  droppedCount: number;
  newSlaMisses: number;
  newComplianceBlocks: number;
  newOverloads: string[];
  /** Convergence of the listed flows, by flow id. */
  convergence: Record<string, FlowConvergence>;
  /** Why each listed dropped flow is not delivered (its explanation's summary). */
  droppedWhy: Record<string, string>;
  worstConvergenceS: number;
}

export function scenarioView(scenario: ScenarioResult, limit = CARD_LIMIT): ScenarioView {
  const d = scenario.diff;
  const moved = d.moved.slice(0, limit);
  const dropped = d.dropped.slice(0, limit);
  const listed = new Set([...moved, ...dropped].map((c) => c.flowId));
  const convergence: Record<string, FlowConvergence> = {};
  for (const c of scenario.convergence) if (listed.has(c.flowId)) convergence[c.flowId] = c;
  const droppedIds = new Set(dropped.map((c) => c.flowId));
  const droppedWhy: Record<string, string> = {};
  for (const f of scenario.result.flows) if (droppedIds.has(f.id)) droppedWhy[f.id] = f.explanation.summary;
  return {
    failures: scenario.failures,
    moved,
    movedCount: d.moved.length,
    dropped,
    droppedCount: d.dropped.length,
    newSlaMisses: d.newSlaMisses.length,
    newComplianceBlocks: d.newComplianceBlocks.length,
    newOverloads: d.newOverloads,
    convergence,
    droppedWhy,
    worstConvergenceS: scenario.worstConvergenceS,
  };
}
