// What the lab compares FRR against: the engine's baseline and failure predictions. An
// interface so a test can hand the lab a deliberately wrong prediction and see the check fail.
import { computeDesign, computeScenario } from '../engine';
import type { EngineResult, ScenarioResult, TimerProfile } from '../engine/types';
import type { Design, Failure } from '../model/types';
import { LabError } from './run';

export interface Predictor {
  baseline(design: Design, timers: TimerProfile): EngineResult;
  scenario(design: Design, failures: Failure[], timers: TimerProfile): ScenarioResult;
}

export const enginePredictor: Predictor = {
  baseline(design, timers) {
    const { result, diagnostics } = computeDesign(design, { timers, ribScope: 'all' });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0)
      throw new LabError(`the engine cannot compute this design: ${errors.map((d) => d.message).join('; ')}`);
    return result;
  },
  scenario(design, failures, timers) {
    return computeScenario(design, failures, { timers, ribScope: 'all' }).scenario;
  },
};
