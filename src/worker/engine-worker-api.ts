// What the engine worker offers, as a plain object: engine.worker.ts exposes it over comlink,
// tests expose it over a MessageChannel. The client's types come from here, so the two sides
// cannot drift apart. Replies carry only what the UI draws (analysis-view.ts); typed-array
// columns are transferred, not copied.
import * as Comlink from 'comlink';
import type { CanvasOverlay } from '../canvas/overlay-types';
import { type Flow, resilienceSweep, type SweepProgress, type TimerProfile } from '../engine';
import type { Design, Failure } from '../model';
import { columnBuffers } from '../panels/flows/flow-columns';
import { reportView } from '../panels/resilience/resilience-view';
import { AnalysisSession } from './analysis-session';
import type {
  ComputeReply,
  FlowQuery,
  ResultView,
  ScenarioReply,
  SweepReply,
  TrafficReply,
  TrafficRequest,
} from './analysis-view';

/** At most one progress message per this many ms: one per element floods the main thread. */
const PROGRESS_EVERY_MS = 100;

const moved = <T>(value: T, result: ResultView): T => Comlink.transfer(value, columnBuffers(result.flows));

export function createEngineWorkerApi() {
  // One session per worker: the results it holds answer the later questions.
  const session = new AnalysisSession();
  return {
    /** `design` null: the design of this worker's previous call. */
    compute(design: Design | null, ticket: number): ComputeReply {
      const reply = session.compute(design, ticket);
      return moved(reply, reply.result);
    },
    scenario(design: Design | null, failures: Failure[], ticket: number): ScenarioReply {
      const reply = session.scenario(design, failures, ticket);
      return moved(reply, reply.scenario.result);
    },
    traffic(request: TrafficRequest, have: number | null, held?: CanvasOverlay): TrafficReply | null {
      return session.traffic(request, have, held);
    },
    why(ticket: number, flowId: string): Flow | null {
      return session.why(ticket, flowId);
    },
    flowOrder(query: FlowQuery): Uint32Array | null {
      const order = session.flowOrder(query);
      return order ? Comlink.transfer(order, [order.buffer as ArrayBuffer]) : null;
    },
    sweep(design: Design, timers: TimerProfile, onProgress?: (progress: SweepProgress) => void): SweepReply {
      let last = 0;
      const out = resilienceSweep(design, {
        timers,
        onProgress: (p) => {
          const now = Date.now();
          if (onProgress && (now - last > PROGRESS_EVERY_MS || p.done === 0)) {
            last = now;
            onProgress(p);
          }
        },
      });
      return { report: reportView(design, out.report), diagnostics: out.diagnostics };
    },
  };
}

export type EngineWorkerApi = ReturnType<typeof createEngineWorkerApi>;

export function exposeEngine(endpoint: Comlink.Endpoint): void {
  Comlink.expose(createEngineWorkerApi(), endpoint);
}
