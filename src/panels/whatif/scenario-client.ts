// A cancellable, latest-wins handle on scenario.worker.ts (see the work-around note there).
// Aborting terminates the worker, since a running computation cannot be interrupted otherwise.
import type { ScenarioOutput } from '../../engine/types';
import type { Design, Failure } from '../../model';
import type { ScenarioReply, ScenarioRequest } from './scenario-protocol';

export interface ScenarioClient {
  scenario(design: Design, failures: Failure[], signal?: AbortSignal): Promise<ScenarioOutput>;
  dispose(): void;
}

export interface MinimalWorker {
  postMessage(message: ScenarioRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ScenarioReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

const browserWorker = (): MinimalWorker =>
  new Worker(new URL('./scenario.worker.ts', import.meta.url), { type: 'module', name: 'scenario' }) as MinimalWorker;

function abortError(message: string): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

export function createScenarioClient(factory: () => MinimalWorker = browserWorker): ScenarioClient {
  let worker: MinimalWorker | null = null;
  let nextId = 1;
  let running: { id: number; reject: (e: unknown) => void } | null = null;

  const kill = (reason: Error) => {
    worker?.terminate();
    worker = null;
    const r = running;
    running = null;
    r?.reject(reason);
  };

  return {
    scenario(design, failures, signal) {
      if (running) kill(abortError('superseded by a newer request'));
      if (signal?.aborted) return Promise.reject(abortError('aborted'));
      const w = worker ?? factory();
      worker = w;
      const id = nextId++;
      return new Promise<ScenarioOutput>((resolve, reject) => {
        running = { id, reject };
        const onAbort = () => {
          if (running?.id === id) kill(abortError('aborted'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        w.onmessage = (event) => {
          if (event.data.id !== id || running?.id !== id) return; // stale: never delivered
          running = null;
          signal?.removeEventListener('abort', onAbort);
          if (event.data.ok) resolve(event.data.output);
          else reject(new Error(event.data.error));
        };
        w.onerror = (event) => {
          if (running?.id !== id) return;
          signal?.removeEventListener('abort', onAbort);
          kill(new Error(`the scenario worker failed: ${event.message}`));
        };
        w.postMessage({ id, design, failures });
      });
    },
    dispose() {
      kill(abortError('client disposed'));
    },
  };
}
