// Messages between the live layer and analysis.worker.ts. Results cross in pieces: the flows in
// chunks (each a separate message, so no single structured-clone on the main thread is long),
// then the rest. RIBs, router views, sessions and the addressing plan stay in the worker: the
// canvas and panels do not need them, and at 1,000 nodes they are tens of megabytes. Each flow's
// full explanation also stays there, fetched one at a time by the Why panel.
import type { EngineOutput, FlowExplanation, ScenarioOutput } from '../../engine/types';
import type { Design, Failure } from '../../model';

export type AnalysisRequest =
  | { id: number; op: 'compute'; design: Design }
  | { id: number; op: 'scenario'; design: Design; failures: Failure[] }
  | { id: number; op: 'explain'; flowId: string; source: 'baseline' | 'scenario' };

export type AnalysisReply =
  | { id: number; kind: 'flows'; flows: EngineOutput['result']['flows'] }
  | { id: number; kind: 'compute'; output: EngineOutput }
  | { id: number; kind: 'scenario'; output: ScenarioOutput }
  | { id: number; kind: 'explain'; explanation: FlowExplanation | null }
  | { id: number; kind: 'error'; error: string };

/** Flows per message: about half a megabyte, a few tens of ms to clone on a busy machine. */
export const FLOW_CHUNK = 400;
