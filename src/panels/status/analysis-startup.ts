// Starts the live analysis when the app starts (registered in STARTUP_SERVICES in app/registry.ts,
// which the shell runs once the first design is in the store).
// Everything (compute, scenarios, explanations, the sweep) goes through the engine client.

import { type AnalysisEngine, startAnalysis, stopAnalysis } from '../../state/live-compute';
import { createEngineClient } from '../../worker/engine-client';

export function createLiveEngine(): AnalysisEngine {
  return createEngineClient();
}

/** A StartupService's start(): starts the analysis and returns its stop. Never throws: without a
 * worker the app still edits designs. */
export function startAnalysisAtStartup(): (() => void) | undefined {
  try {
    startAnalysis(createLiveEngine());
    return stopAnalysis;
  } catch (error) {
    console.error('The analysis could not start', error);
    return undefined;
  }
}
