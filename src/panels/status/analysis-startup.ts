// Starts the live analysis when the app starts (registered as the first STARTUP_SOURCE in
// app/registry.ts, the only startup hook the shell offers; it never supplies a design).
// Compute and sweep go through the engine client's workers; scenarios through the what-if
// worker (see panels/whatif/scenario.worker.ts for why).

import { type AnalysisEngine, startAnalysis } from '../../state/live-compute';
import { createEngineClient } from '../../worker/engine-client';
import { createScenarioClient } from '../whatif/scenario-client';

export function createLiveEngine(): AnalysisEngine {
  const client = createEngineClient();
  const scenarios = createScenarioClient();
  return {
    compute: (design, options, signal) => client.compute(design, options, signal),
    scenario: (design, failures, signal) => scenarios.scenario(design, failures, signal),
    sweep: (design, { signal, onProgress }) => client.sweep(design, { signal, onProgress }),
  };
}

/** A StartupSource's load(): starts the analysis and returns null so the design comes from the
 * next source. Never throws: without a worker the app still edits designs. */
export async function startAnalysisAtStartup(): Promise<null> {
  try {
    startAnalysis(createLiveEngine());
  } catch (error) {
    console.error('The analysis could not start', error);
  }
  return null;
}
