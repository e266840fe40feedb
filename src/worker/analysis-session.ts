// The worker's side of the live analysis: it keeps the whole results and answers the main
// thread with what it draws (analysis-view.ts). One session per worker. Stateful on purpose:
// the engine reuses its baseline for a metric edit and for every what-if click, the Why panel
// asks for one flow's explanation later, and the flow table's filter and sort run over the flows
// held here. No comlink: engine-worker-api.ts exposes it; tests call it directly.
import { trafficOverlay } from '../canvas/overlay/build-overlay';
import { diffOverlay } from '../canvas/overlay/patch';
import { type CanvasOverlay, EMPTY_OVERLAY } from '../canvas/overlay-types';
import { createEngine, type EngineResult, type Flow, type ScenarioResult } from '../engine';
import type { Design, Failure } from '../model';
import { buildFlowColumns } from '../panels/flows/flow-columns';
import { type FlowRow, flowOrder, flowRows } from '../panels/flows/flow-table';
import { scenarioView } from '../panels/whatif/scenario-view';
import type { ComputeReply, FlowQuery, ResultView, ScenarioReply, TrafficReply, TrafficRequest } from './analysis-view';

/** Overlays remembered as bases for patches: the main thread holds the last one it applied. */
const KEEP_SENT = 4;

interface Held {
  ticket: number;
  design: Design;
  result: EngineResult;
  /** Built on the first table query (filtering needs each flow's paths). */
  rows: FlowRow[] | null;
}

export class AnalysisSession {
  private readonly engine = createEngine();
  private design: Design | null = null;
  private baseline: Held | null = null;
  private scenarioHeld: (Held & { scenario: ScenarioResult }) | null = null;
  private readonly sent = new Map<number, CanvasOverlay>();
  private lastSent = 0;

  /** `design` null: the design of the previous call (the client sends a design once). */
  private use(design: Design | null): Design {
    if (design) this.design = design;
    if (!this.design) throw new Error('the engine worker has no design yet');
    return this.design;
  }

  compute(design: Design | null, ticket: number): ComputeReply {
    const d = this.use(design);
    const out = this.engine.compute(d);
    this.baseline = hold(ticket, d, out.result);
    // A scenario belongs to the baseline it was computed on.
    this.scenarioHeld = null;
    return { result: view(this.baseline), diagnostics: out.diagnostics };
  }

  scenario(design: Design | null, failures: Failure[], ticket: number): ScenarioReply {
    const d = this.use(design);
    const out = this.engine.scenario(d, failures);
    this.scenarioHeld = { ...hold(ticket, d, out.scenario.result), scenario: out.scenario };
    return {
      scenario: { ...scenarioView(out.scenario), result: view(this.scenarioHeld) },
      diagnostics: out.diagnostics,
    };
  }

  /** The canvas decorations of the flows in focus, as a patch to the overlay numbered `have`
   * that the main thread holds (sent earlier, or `held`: its content, when this session does not
   * know it); null when a ticket is not held any more. */
  traffic(request: TrafficRequest, have: number | null = null, held?: CanvasOverlay): TrafficReply | null {
    if (have !== null && held) this.sent.set(have, held);
    const base = have === null ? undefined : this.sent.get(have);
    if (have !== null && !base) return { needBase: true };
    const overlay = this.trafficOverlay(request);
    if (!overlay) return null;
    // Numbers above any the main thread holds (it may hold one from an earlier worker).
    this.lastSent = Math.max(this.lastSent, have ?? 0);
    const id = ++this.lastSent;
    this.sent.set(id, overlay);
    this.sent.delete(id - KEEP_SENT);
    return { id, base: base ? have : null, patch: diffOverlay(base ?? null, overlay) };
  }

  private trafficOverlay(request: TrafficRequest): CanvasOverlay | null {
    const baseline = request.baselineTicket === null ? null : this.held(request.baselineTicket);
    if (request.baselineTicket !== null && !baseline) return null;
    const wantsScenario = request.mode === 'what-if' && request.scenarioTicket !== null;
    const scenario = wantsScenario ? this.scenarioHeld : null;
    if (wantsScenario && scenario?.ticket !== request.scenarioTicket) return null;
    const design = baseline?.design ?? this.design;
    if (!design) return EMPTY_OVERLAY;
    return trafficOverlay({
      design,
      mode: request.mode,
      baseline: baseline?.result ?? null,
      scenario: scenario?.scenario ?? null,
      focus: request.focus,
    });
  }

  /** One flow with its whole explanation. */
  why(ticket: number, flowId: string): Flow | null {
    return this.held(ticket)?.result.flows.find((f) => f.id === flowId) ?? null;
  }

  /** The table's row order for a filter and sort; null when the ticket is not held any more. */
  flowOrder(query: FlowQuery): Uint32Array | null {
    const held = this.held(query.ticket);
    if (!held) return null;
    held.rows ??= flowRows(held.design, held.result.flows);
    return flowOrder(held.rows, query.filter, query.sort);
  }

  private held(ticket: number): Held | null {
    if (this.baseline?.ticket === ticket) return this.baseline;
    if (this.scenarioHeld?.ticket === ticket) return this.scenarioHeld;
    return null;
  }
}

function hold(ticket: number, design: Design, result: EngineResult): Held {
  return { ticket, design, result, rows: null };
}

function view(held: Held): ResultView {
  return resultView(held.ticket, held.design, held.result);
}

/** A result as the main thread holds it. */
export function resultView(ticket: number, design: Design, result: EngineResult): ResultView {
  return { ticket, totals: result.totals, converged: result.converged, flows: buildFlowColumns(design, result.flows) };
}
