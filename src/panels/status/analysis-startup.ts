// Starts the live analysis when the app starts (registered as the first STARTUP_SOURCE in
// app/registry.ts, the only startup hook the shell offers; it never supplies a design).
// Compute, scenarios and explanations go through the analysis worker (see
// panels/whatif/analysis.worker.ts for why); the sweep through the engine client.

import { type AnalysisEngine, startAnalysis } from '../../state/live-compute';
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
