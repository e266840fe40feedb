// The analysis worker: computes the design and what-if scenarios with the pure engine and sends
// the main thread only what it draws, in pieces (analysis-protocol.ts). It keeps the full
// results so the Why panel can ask for one flow's whole explanation.
//
// WORK-AROUND: the engine client (src/worker/engine-client.ts) has no `scenario` call and sends
// whole results (about 100 MB at 1,000 nodes: seconds of main-thread deserialisation), and only
// src/worker may use comlink; so this worker uses plain postMessage. The sweep still goes
// through the engine client.
import { createEngine } from '../../engine';
import type { EngineResult, ScenarioResult } from '../../engine/types';
import { type AnalysisReply, type AnalysisRequest, FLOW_CHUNK } from './analysis-protocol';
import { chunks, slimFlow, slimResult, slimScenario } from './slim-result';

// Stateful: a metric-only edit, or clicking failures one after another, reuses the baseline.
const engine = createEngine();
let baseline: EngineResult | null = null;
let scenario: ScenarioResult | null = null;

const post = (reply: AnalysisReply) => self.postMessage(reply);

function sendFlows(id: number, result: EngineResult) {
  for (const part of chunks(result.flows, FLOW_CHUNK)) post({ id, kind: 'flows', flows: part.map(slimFlow) });
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    switch (request.op) {
      case 'compute': {
        const out = engine.compute(request.design);
        baseline = out.result;
        sendFlows(request.id, out.result);
        post({
          id: request.id,
          kind: 'compute',
          output: { result: slimResult(out.result), diagnostics: out.diagnostics },
        });
        break;
      }
      case 'scenario': {
        const out = engine.scenario(request.design, request.failures);
        scenario = out.scenario;
        sendFlows(request.id, out.scenario.result);
        post({
          id: request.id,
          kind: 'scenario',
          output: { scenario: slimScenario(out.scenario), diagnostics: out.diagnostics },
        });
        break;
      }
      case 'explain': {
        const source = request.source === 'scenario' ? scenario?.result : baseline;
        const flow = source?.flows.find((f) => f.id === request.flowId);
        post({ id: request.id, kind: 'explain', explanation: flow?.explanation ?? null });
        break;
      }
    }
  } catch (error) {
    post({ id: request.id, kind: 'error', error: error instanceof Error ? error.message : String(error) });
  }
};
