// A cancellable, latest-wins handle on analysis.worker.ts. Computes and scenarios supersede each
// other: a newer one terminates the worker (a running computation cannot be interrupted
// otherwise) and the stale promise rejects with an AbortError. Explanations queue behind.
import type { EngineOutput, Flow, FlowExplanation, ScenarioOutput } from '../../engine/types';
import type { Design, Failure } from '../../model';
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol';

export interface AnalysisClient {
  compute(design: Design, signal?: AbortSignal): Promise<EngineOutput>;
  scenario(design: Design, failures: Failure[], signal?: AbortSignal): Promise<ScenarioOutput>;
  explain(flowId: string, source: 'baseline' | 'scenario'): Promise<FlowExplanation | null>;
  dispose(): void;
}

export interface MinimalWorker {
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<AnalysisReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

const browserWorker = (): MinimalWorker =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' }) as MinimalWorker;

function abortError(message: string): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

/** AnalysisRequest without its id, member by member (Omit over a union would merge them). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
  heavy: boolean;
  flows: Flow[];
  resolve: (reply: AnalysisReply) => void;
  reject: (error: unknown) => void;
}

export function createAnalysisClient(factory: () => MinimalWorker = browserWorker): AnalysisClient {
  let worker: MinimalWorker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const kill = (reason: Error) => {
    worker?.terminate();
    worker = null;
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) p.reject(reason);
  };

  const ensure = (): MinimalWorker => {
    if (worker) return worker;
    const w = factory();
    w.onmessage = (event) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return; // stale: never delivered
      if (reply.kind === 'flows') {
        for (const f of reply.flows) p.flows.push(f);
        return;
      }
      pending.delete(reply.id);
      if (reply.kind === 'error') p.reject(new Error(reply.error));
      else p.resolve(reply);
    };
    w.onerror = (event) => kill(new Error(`the analysis worker failed: ${event.message}`));
    worker = w;
    return w;
  };

  const send = (request: WithoutId<AnalysisRequest>, heavy: boolean, signal?: AbortSignal) => {
    // Latest wins among computations: whatever is computing is now stale.
    if (heavy && [...pending.values()].some((p) => p.heavy)) kill(abortError('superseded by a newer request'));
    if (signal?.aborted) return Promise.reject(abortError('aborted'));
    const w = ensure();
    const id = nextId++;
    return new Promise<{ reply: AnalysisReply; flows: Flow[] }>((resolve, reject) => {
      const entry: Pending = {
        heavy,
        flows: [],
        resolve: (reply) => {
          signal?.removeEventListener('abort', onAbort);
          resolve({ reply, flows: entry.flows });
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      const onAbort = () => {
        if (pending.get(id) === entry) kill(abortError('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      pending.set(id, entry);
      w.postMessage({ ...request, id } as AnalysisRequest);
    });
  };

  return {
    async compute(design, signal) {
      const { reply, flows } = await send({ op: 'compute', design }, true, signal);
      if (reply.kind !== 'compute') throw new Error(`unexpected reply ${reply.kind}`);
      return { ...reply.output, result: { ...reply.output.result, flows } };
    },
    async scenario(design, failures, signal) {
      const { reply, flows } = await send({ op: 'scenario', design, failures }, true, signal);
      if (reply.kind !== 'scenario') throw new Error(`unexpected reply ${reply.kind}`);
      const s = reply.output.scenario;
      return { ...reply.output, scenario: { ...s, result: { ...s.result, flows } } };
    },
    async explain(flowId, source) {
      const { reply } = await send({ op: 'explain', flowId, source }, false);
      if (reply.kind !== 'explain') throw new Error(`unexpected reply ${reply.kind}`);
      return reply.explanation;
    },
    dispose() {
      kill(abortError('client disposed'));
    },
  };
}
