// What the engine worker sends the main thread: only what the UI draws. The whole results (RIBs,
// sessions, every flow with its explanation: about 100 MB at 1,000 sites) stay in the worker;
// the main thread gets the flow table as columns (moved, not copied), the totals, the
// diagnostics, the what-if cards, the resilience summary and ready-made canvas decorations, and
// asks for the rest (one flow's explanation, a table order) when it needs it.
import type { FlowFocus } from '../canvas/overlay/focus';
import type { OverlayPatch } from '../canvas/overlay/patch';
import type { Totals } from '../engine/types';
import type { Diagnostic } from '../model';
import type { FlowColumns } from '../panels/flows/flow-columns';
import type { FlowFilter, Sort } from '../panels/flows/flow-table';
import type { ReportView } from '../panels/resilience/resilience-view';
import type { ScenarioView } from '../panels/whatif/scenario-view';

/** One computed result as the main thread holds it. `ticket` names it in later questions. */
export interface ResultView {
  ticket: number;
  totals: Totals;
  converged: boolean;
  flows: FlowColumns;
}

export interface ComputeReply {
  result: ResultView;
  diagnostics: Diagnostic[];
}

/** A what-if scenario: its cards and its result. */
export interface ScenarioShown extends ScenarioView {
  result: ResultView;
}

export interface ScenarioReply {
  scenario: ScenarioShown;
  diagnostics: Diagnostic[];
}

export interface SweepReply {
  report: ReportView;
  diagnostics: Diagnostic[];
}

/** Which traffic the canvas shows: the worker walks the flows of these results. A ticket the
 * worker no longer holds (a newer result is on its way) gets no answer (null). */
export interface TrafficRequest {
  mode: 'design' | 'what-if';
  focus: FlowFocus;
  baselineTicket: number | null;
  /** The scenario drawn in what-if mode (null: the baseline with nothing failed yet). */
  scenarioTicket: number | null;
}

/** The traffic decorations, numbered, as a patch to the overlay numbered `base` (null: whole);
 * or, from a worker that does not know the overlay the main thread holds (a fresh one, after a
 * cancelled computation), a request to be sent it: a patch spares re-rendering the whole canvas. */
export type TrafficReply = TrafficPatch | { needBase: true };

export interface TrafficPatch {
  id: number;
  base: number | null;
  patch: OverlayPatch;
}

/** The flow table's rows to draw, in order, for a filter and sort. */
export interface FlowQuery {
  ticket: number;
  filter: FlowFilter;
  sort: Sort;
}
