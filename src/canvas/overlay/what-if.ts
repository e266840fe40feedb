// The failure view: the steering view computed on the scenario's result, plus what the failure
// did: failed elements crossed out, degraded links marked, and the paths flows used BEFORE the
// failure kept as faint ghosts so the eye sees where traffic moved from and to.
import type { EngineResult, ScenarioResult } from '../../engine/types';
import type { Design, Failure } from '../../model';
import { valueForId } from '../../model/ids';
import type { CanvasOverlay, EdgeDecoration, NodeDecoration } from '../overlay-types';
import { deepEqual } from './deep-equal';
import { describeFailureMark, resolveFailures } from './failures';
import { type FlowFocus, matchesFocus } from './focus';
import { DEGRADED_COLOR, FAILED_COLOR, NEUTRAL_COLOR } from './heat';
import { steeringOverlay } from './steering';

export interface WhatIfInput {
  design: Design;
  /** Null before the first compute: only the failure marks show. */
  baseline: EngineResult | null;
  /** Null while the scenario is computing (or no failure is set): the marks still show. */
  scenario: ScenarioResult | null;
  /** The failures being edited: marked at once, before the scenario result arrives. */
  failures: readonly Failure[];
  focus: FlowFocus;
}

export function whatIfOverlay(input: WhatIfInput): CanvasOverlay {
  return markFailures(whatIfTraffic(input), input.design, input.failures);
}

/** Where traffic goes with the failure: the steering view of the scenario, with the paths moved
 * and dropped flows used before as ghosts. Walks every flow, so it runs in the worker. */
export function whatIfTraffic({ design, baseline, scenario, focus }: Omit<WhatIfInput, 'failures'>): CanvasOverlay {
  const result = scenario?.result ?? baseline;
  const base: CanvasOverlay = result ? steeringOverlay({ design, result, focus }) : { nodes: {}, edges: {} };
  const edges: Record<string, EdgeDecoration> = { ...base.edges };
  const nodes: Record<string, NodeDecoration> = { ...base.nodes };
  const classColor = new Map(design.trafficClasses.map((c) => [c.id, c.color]));

  if (scenario && baseline) {
    const baselineFlows = new Map(baseline.flows.map((f) => [f.id, f]));
    const ghosted = new Set<string>();
    const ghost = (linkId: string, color: string, label: string) => {
      const current = edges[linkId];
      // A link still used after the failure is drawn live, not as a ghost; moved flows are
      // listed first, so their ghost wins over a dropped flow's on a shared link.
      if ((current && !current.dimmed) || ghosted.has(linkId)) return;
      ghosted.add(linkId);
      edges[linkId] = { color, dimmed: true, label, width: 2 };
    };
    for (const change of [...scenario.diff.moved, ...scenario.diff.dropped]) {
      const before = baselineFlows.get(change.flowId);
      if (!before || !matchesFocus(before, focus)) continue;
      const color = classColor.get(change.trafficClass) ?? NEUTRAL_COLOR;
      const dropped = change.after.state !== 'ok' && change.after.path.length === 0;
      for (const id of before.links) ghost(id, color, dropped ? 'before (now dropped)' : 'before the failure');
    }
  }
  return { nodes, edges };
}

/** The failures being edited, drawn over a view: failed elements crossed out, degraded links
 * marked. Cheap (the design's elements, no flows), so the main thread marks a click at once,
 * before the scenario's result arrives. A mark equal to the one `shown` for the same element is
 * that very object: only elements whose mark changed re-render (the rest keep `base`'s
 * decorations, whose identity the worker's patches keep). */
export function markFailures(
  base: CanvasOverlay,
  design: Design,
  failures: readonly Failure[],
  shown?: CanvasOverlay,
): CanvasOverlay {
  if (failures.length === 0) return base;
  const edges: Record<string, EdgeDecoration> = { ...base.edges };
  const nodes: Record<string, NodeDecoration> = { ...base.nodes };
  const failed = resolveFailures(design, failures);
  const sameAsShown = <T>(drawn: Record<string, T> | undefined, id: string, mark: T): T => {
    const before = drawn ? valueForId(drawn, id) : undefined;
    return before !== undefined && deepEqual(before, mark) ? before : mark;
  };
  for (const [linkId, mark] of failed.links) {
    let decoration: EdgeDecoration;
    if (mark.mode === 'degrade') {
      const current = edges[linkId] ?? {};
      const live = current.dimmed !== true;
      decoration = {
        ...current,
        dimmed: false,
        color: live ? current.color : DEGRADED_COLOR,
        label: live && current.label ? `${describeFailureMark(mark)} · ${current.label}` : describeFailureMark(mark),
        width: Math.max(current.width ?? 2, 3),
      };
    } else {
      decoration = { failed: true, color: FAILED_COLOR, label: describeFailureMark(mark), width: 2 };
    }
    edges[linkId] = sameAsShown(shown?.edges, linkId, decoration);
  }
  for (const [nodeId, mark] of failed.nodes) {
    const current = nodes[nodeId] ?? {};
    nodes[nodeId] = sameAsShown(shown?.nodes, nodeId, {
      highlight: 'failed',
      badges: [{ kind: 'failed', label: describeFailureMark(mark) }, ...(current.badges ?? [])],
    });
  }
  return { nodes, edges };
}
