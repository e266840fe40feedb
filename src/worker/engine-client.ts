// The app's handle on the engine worker, the only worker the analysis uses. Every computation
// takes an AbortSignal; aborting terminates the worker (a running computation cannot be
// interrupted otherwise) and a fresh one is spawned for the next call. The latest computation
// wins: a new compute or scenario supersedes one still running, whose promise rejects with an
// AbortError, so a stale result is never delivered. Questions about held results (traffic on
// the canvas, one flow's explanation, the table's order) queue behind and never cancel anything.
// Compute and sweep run in separate workers so a long sweep never delays an edit's recompute.
import * as Comlink from 'comlink';
import type { CanvasOverlay } from '../canvas/overlay-types';
import type { Flow, SweepProgress, TimerProfile } from '../engine/types';
import type { Design, Failure } from '../model/types';
import type { ComputeReply, FlowQuery, ScenarioReply, SweepReply, TrafficReply, TrafficRequest } from './analysis-view';
import type { EngineWorkerApi } from './engine-worker-api';

export interface WorkerHandle {
  endpoint: Comlink.Endpoint;
  terminate(): void;
}

export type WorkerFactory = () => WorkerHandle;

export interface EngineClient {
  /** The design's baseline; `ticket` names the result in later questions. */
  compute(design: Design, ticket: number, signal?: AbortSignal): Promise<ComputeReply>;
  /** A what-if scenario on the baseline of the same design. */
  scenario(design: Design, failures: Failure[], ticket: number, signal?: AbortSignal): Promise<ScenarioReply>;
  /** Canvas decorations for the flows in focus, as a patch to the overlay numbered `have` (its
   * content `held`, when the worker asks for it); null when the worker no longer holds a ticket. */
  traffic(request: TrafficRequest, have: number | null, held?: CanvasOverlay): Promise<TrafficReply | null>;
  /** One flow of a held result, with its whole explanation. */
  why(ticket: number, flowId: string): Promise<Flow | null>;
  /** The flow table's rows to draw, in order. */
  flowOrder(query: FlowQuery): Promise<Uint32Array | null>;
  sweep(
    design: Design,
    options?: { signal?: AbortSignal; onProgress?: (progress: SweepProgress) => void; timers?: TimerProfile },
  ): Promise<SweepReply>;
  dispose(): void;
}

const browserWorker: WorkerFactory = () => {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  return { endpoint: worker, terminate: () => worker.terminate() };
};

type Remote = Comlink.Remote<EngineWorkerApi>;

/** One worker: spawned lazily, replaced after an abort or a superseded computation. */
class Slot {
  private handle: WorkerHandle | null = null;
  private remote: Remote | null = null;
  /** The running computation (latest wins among these). */
  private current: { reject: (e: unknown) => void } | null = null;
  /** Every call waiting on this worker: all reject when it is terminated. */
  private readonly waiting = new Set<(e: unknown) => void>();
  /** The design this worker last received: sent once, not cloned again for each call. */
  private sentDesign: Design | null = null;

  constructor(private readonly factory: WorkerFactory) {}

  /** A computation: supersedes the running one. */
  run<T>(signal: AbortSignal | undefined, call: (api: Remote) => Promise<T>): Promise<T> {
    if (this.current) this.kill(abortError('superseded by a newer request'));
    if (signal?.aborted) return Promise.reject(abortError('aborted'));
    return this.call(call, signal, true);
  }

  /** A question about held results: never cancels anything. */
  ask<T>(call: (api: Remote) => Promise<T>): Promise<T> {
    return this.call(call, undefined, false);
  }

  /** The design argument for the worker: null when it already has this very design. */
  design(design: Design): Design | null {
    if (this.sentDesign === design) return null;
    this.sentDesign = design;
    return design;
  }

  private call<T>(call: (api: Remote) => Promise<T>, signal: AbortSignal | undefined, heavy: boolean): Promise<T> {
    if (!this.remote) {
      this.handle = this.factory();
      this.remote = Comlink.wrap<EngineWorkerApi>(this.handle.endpoint);
    }
    const remote = this.remote;
    return new Promise<T>((resolve, reject) => {
      const ticket = { reject };
      if (heavy) this.current = ticket;
      this.waiting.add(reject);
      const onAbort = () => {
        if (this.current === ticket) this.kill(abortError('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        signal?.removeEventListener('abort', onAbort);
        // Rejected already by kill(): a stale answer is never delivered.
        if (!this.waiting.delete(reject)) return false;
        if (this.current === ticket) this.current = null;
        return true;
      };
      call(remote).then(
        (value) => {
          if (settle()) resolve(value);
        },
        (error: unknown) => {
          if (settle()) reject(error);
        },
      );
    });
  }

  kill(reason: unknown) {
    const waiting = [...this.waiting];
    this.waiting.clear();
    this.current = null;
    this.sentDesign = null;
    if (this.remote) this.remote[Comlink.releaseProxy]();
    this.handle?.terminate();
    this.handle = null;
    this.remote = null;
    for (const reject of waiting) reject(reason);
  }
}

function abortError(message: string): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

export function createEngineClient(factory: WorkerFactory = browserWorker): EngineClient {
  const analysis = new Slot(factory);
  const sweeps = new Slot(factory);
  return {
    compute(design, ticket, signal) {
      return analysis.run(signal, (api) => api.compute(analysis.design(design), ticket));
    },
    scenario(design, failures, ticket, signal) {
      return analysis.run(signal, (api) => api.scenario(analysis.design(design), failures, ticket));
    },
    traffic(request, have, held) {
      // (Comlink's Remote type spreads a union over promises; the value is one reply.)
      return analysis.ask((api) => api.traffic(request, have, held) as Promise<TrafficReply | null>);
    },
    why(ticket, flowId) {
      return analysis.ask((api) => api.why(ticket, flowId));
    },
    flowOrder(query) {
      return analysis.ask((api) => api.flowOrder(query));
    },
    sweep(design, options = {}) {
      const progress = options.onProgress ? Comlink.proxy(options.onProgress) : undefined;
      return sweeps.run(options.signal, (api) => api.sweep(design, options.timers ?? 'design', progress));
    },
    dispose() {
      analysis.kill(abortError('client disposed'));
      sweeps.kill(abortError('client disposed'));
    },
  };
}
