// What the engine worker offers, as a plain object: engine.worker.ts exposes it over comlink,
// tests expose it over a MessageChannel. The client's types come from here, so the two sides
// cannot drift apart.
import * as Comlink from 'comlink';
import type { ComputeOptions, EngineOutput, ScenarioOutput, SweepOutput, SweepProgress, TimerProfile } from '../engine';
import { createEngine, resilienceSweep } from '../engine';
import type { Design, Failure } from '../model/types';

// One stateful engine per worker: a metric-only edit recomputes incrementally.
const engine = createEngine();

export const engineWorkerApi = {
  compute(design: Design, options: ComputeOptions = {}): EngineOutput {
    return engine.compute(design, options);
  },
  scenario(design: Design, failures: Failure[], options: ComputeOptions = {}): ScenarioOutput {
    return engine.scenario(design, failures, options);
  },
  sweep(design: Design, timers: TimerProfile, onProgress?: (progress: SweepProgress) => void): SweepOutput {
    let last = 0;
    return resilienceSweep(design, {
      timers,
      onProgress: (p) => {
        // Throttled: a message per element would flood the main thread on big designs.
        const now = Date.now();
        if (onProgress && (now - last > 100 || p.done === 0)) {
          last = now;
          onProgress(p);
        }
      },
    });
  },
};

export type EngineWorkerApi = typeof engineWorkerApi;

export function exposeEngine(endpoint: Comlink.Endpoint): void {
  Comlink.expose(engineWorkerApi, endpoint);
}
