// Starts the live analysis when the app starts (registered in STARTUP_SERVICES in app/registry.ts,
// which the shell runs once the first design is in the store).
// Compute, scenarios and explanations go through the analysis worker (see
// panels/whatif/analysis.worker.ts for why); the sweep through the engine client.

import { type AnalysisEngine, startAnalysis, stopAnalysis } from '../../state/live-compute';
import { createEngineClient } from '../../worker/engine-client';
import { createAnalysisClient } from '../whatif/analysis-client';

export function createLiveEngine(): AnalysisEngine {
  const client = createEngineClient();
  const analysis = createAnalysisClient();
  return {
    compute: (design, _options, signal) => analysis.compute(design, signal),
    scenario: (design, failures, signal) => analysis.scenario(design, failures, signal),
    explain: (flowId, source) => analysis.explain(flowId, source),
    sweep: (design, { signal, onProgress }) => client.sweep(design, { signal, onProgress }),
  };
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
