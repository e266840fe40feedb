// The app's handle on the engine worker. Every call takes an AbortSignal; aborting terminates
// the worker (a running computation cannot be interrupted otherwise) and a fresh one is spawned
// for the next call. The latest request wins: a new compute supersedes one still running, whose
// promise rejects with an AbortError, so a stale result is never delivered. Compute and sweep
// run in separate workers so a long sweep never delays an edit's recompute.
import * as Comlink from 'comlink';
import type { ComputeOptions, EngineOutput, SweepOutput, SweepProgress, TimerProfile } from '../engine';
import type { Design } from '../model/types';
import type { EngineWorkerApi } from './engine-worker-api';

export interface WorkerHandle {
  endpoint: Comlink.Endpoint;
  terminate(): void;
}

export type WorkerFactory = () => WorkerHandle;

export interface EngineClient {
  compute(design: Design, options?: ComputeOptions, signal?: AbortSignal): Promise<EngineOutput>;
  sweep(
    design: Design,
    options?: { signal?: AbortSignal; onProgress?: (progress: SweepProgress) => void; timers?: TimerProfile },
  ): Promise<SweepOutput>;
  dispose(): void;
}

const browserWorker: WorkerFactory = () => {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  return { endpoint: worker, terminate: () => worker.terminate() };
};

/** One worker slot: spawned lazily, replaced after an abort or a superseded call. */
class Slot {
  private handle: WorkerHandle | null = null;
  private remote: Comlink.Remote<EngineWorkerApi> | null = null;
  private current: { reject: (e: unknown) => void } | null = null;

  constructor(private readonly factory: WorkerFactory) {}

  run<T>(signal: AbortSignal | undefined, call: (api: Comlink.Remote<EngineWorkerApi>) => Promise<T>): Promise<T> {
    // Latest wins: whatever is running in this slot is now stale.
    if (this.current) this.kill(abortError('superseded by a newer request'));
    if (signal?.aborted) return Promise.reject(abortError('aborted'));
    if (!this.remote) {
      this.handle = this.factory();
      this.remote = Comlink.wrap<EngineWorkerApi>(this.handle.endpoint);
    }
    const remote = this.remote;
    return new Promise<T>((resolve, reject) => {
      const ticket = { reject };
      this.current = ticket;
      const onAbort = () => {
        if (this.current === ticket) this.kill(abortError('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      call(remote).then(
        (value) => {
          signal?.removeEventListener('abort', onAbort);
          if (this.current !== ticket) return; // stale: never delivered
          this.current = null;
          resolve(value);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          if (this.current !== ticket) return;
          this.current = null;
          reject(error);
        },
      );
    });
  }

  kill(reason: unknown) {
    const running = this.current;
    this.current = null;
    if (this.remote) this.remote[Comlink.releaseProxy]();
    this.handle?.terminate();
    this.handle = null;
    this.remote = null;
    running?.reject(reason);
  }
}

function abortError(message: string): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

export function createEngineClient(factory: WorkerFactory = browserWorker): EngineClient {
  const computeSlot = new Slot(factory);
  const sweepSlot = new Slot(factory);
  return {
    compute(design, options = {}, signal) {
      return computeSlot.run(signal, (api) => api.compute(design, options));
    },
    sweep(design, options = {}) {
      const progress = options.onProgress ? Comlink.proxy(options.onProgress) : undefined;
      return sweepSlot.run(options.signal, (api) => api.sweep(design, options.timers ?? 'design', progress));
    },
    dispose() {
      computeSlot.kill(abortError('client disposed'));
      sweepSlot.kill(abortError('client disposed'));
    },
  };
}
