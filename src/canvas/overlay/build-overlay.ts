// The one entry point the live layer calls: analysis state + engine results → CanvasOverlay.
// Pure. Which view wins: the resilience heat map when asked for, else what-if in failure mode,
// else steering.
import type { EngineResult, ResilienceReport, ScenarioResult } from '../../engine/types';
import type { Design, Failure } from '../../model';
import { type CanvasOverlay, EMPTY_OVERLAY } from '../overlay-types';
import { criticalityOverlay } from './criticality';
import type { FlowFocus } from './focus';
import { steeringOverlay } from './steering';
import { whatIfOverlay } from './what-if';

export interface OverlayInput {
  design: Design;
  mode: 'design' | 'what-if';
  baseline: EngineResult | null;
  scenario: ScenarioResult | null;
  failures: readonly Failure[];
  focus: FlowFocus;
  report: ResilienceReport | null;
  showCriticality: boolean;
}

export function buildOverlay(input: OverlayInput): CanvasOverlay {
  if (input.showCriticality && input.report) return criticalityOverlay(input.design, input.report);
  if (input.mode === 'what-if') return whatIfOverlay(input);
  if (!input.baseline) return EMPTY_OVERLAY;
  return steeringOverlay({ design: input.design, result: input.baseline, focus: input.focus });
}
