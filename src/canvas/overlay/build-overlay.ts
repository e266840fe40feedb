// Analysis state + engine results → CanvasOverlay, in two halves so that no flow is walked on
// the main thread: `trafficOverlay` (where the flows in focus go; walks every flow) runs in the
// worker beside the results; `composeOverlay` (failure marks or the resilience heat map on top;
// looks only at the design's elements) runs on the main thread. Pure. Which view wins: the
// resilience heat map when asked for, else what-if in failure mode, else steering.
import type { EngineResult, ResilienceReport, ScenarioResult } from '../../engine/types';
import type { Design, Failure } from '../../model';
import { type CanvasOverlay, EMPTY_OVERLAY } from '../overlay-types';
import { criticalityOverlay } from './criticality';
import type { FlowFocus } from './focus';
import { steeringOverlay } from './steering';
import { markFailures, whatIfTraffic } from './what-if';

export interface TrafficInput {
  design: Design;
  mode: 'design' | 'what-if';
  baseline: EngineResult | null;
  /** Only the scenario of the failures being shown (null while it computes). */
  scenario: ScenarioResult | null;
  focus: FlowFocus;
}

export function trafficOverlay(input: TrafficInput): CanvasOverlay {
  if (input.mode === 'what-if') return whatIfTraffic(input);
  if (!input.baseline) return EMPTY_OVERLAY;
  return steeringOverlay({ design: input.design, result: input.baseline, focus: input.focus });
}

export interface ComposeInput {
  design: Design;
  mode: 'design' | 'what-if';
  /** The worker's trafficOverlay for this mode and focus (the last one it sent). */
  traffic: CanvasOverlay;
  failures: readonly Failure[];
  /** The resilience heat map, built with the report (null before a sweep finishes). */
  criticality: CanvasOverlay | null;
  showCriticality: boolean;
}

/** The overlay to draw; `shown` is the one on screen, whose equal failure marks are reused. */
export function composeOverlay(input: ComposeInput, shown?: CanvasOverlay): CanvasOverlay {
  if (input.showCriticality && input.criticality) return input.criticality;
  if (input.mode === 'what-if') return markFailures(input.traffic, input.design, input.failures, shown);
  return input.traffic;
}

export interface OverlayInput extends TrafficInput {
  failures: readonly Failure[];
  report: ResilienceReport | null;
  showCriticality: boolean;
}

/** Both halves in one call (tests, and any caller holding whole results). */
export function buildOverlay(input: OverlayInput): CanvasOverlay {
  return composeOverlay({
    design: input.design,
    mode: input.mode,
    traffic: trafficOverlay(input),
    failures: input.failures,
    criticality: input.report ? criticalityOverlay(input.design, input.report) : null,
    showCriticality: input.showCriticality,
  });
}
