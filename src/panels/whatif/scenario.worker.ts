// What-if scenarios in a worker. WORK-AROUND: the engine client (src/worker/engine-client.ts)
// offers compute and sweep but not `scenario` (the diff and convergence phases the what-if panel
// shows), and only src/worker may use comlink. So this small worker runs the pure engine's
// scenario with plain postMessage. Replace it with the client's method once it exists.
import { createEngine } from '../../engine';
import type { Design, Failure } from '../../model';
import type { ScenarioReply, ScenarioRequest } from './scenario-protocol';

// Stateful: clicking failures one after another reuses the baseline of the unchanged design.
const engine = createEngine();

self.onmessage = (event: MessageEvent<ScenarioRequest>) => {
  const { id, design, failures } = event.data;
  let reply: ScenarioReply;
  try {
    reply = { id, ok: true, output: engine.scenario(design as Design, failures as Failure[]) };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
