// What the engine last said, as the UI draws it (src/worker/analysis-view.ts: the whole results
// stay in the worker): the baseline of the design, the what-if scenario, the resilience report,
// and the status of each run. Written only by the live layer (live-compute.ts); read by the
// overlay and the panels. Never in undo history.
import { create } from 'zustand';
import type { SweepProgress } from '../engine/types';
import type { Design, Diagnostic } from '../model';
import type { ReportView } from '../panels/resilience/resilience-view';
import type { ResultView, ScenarioShown } from '../worker/analysis-view';
import { useAnalysisStore } from './analysis-store';

export type ComputeStatus = 'idle' | 'computing' | 'up-to-date' | 'error';

export interface RunInfo {
  status: ComputeStatus;
  /** Why the last run failed (an exception in the engine or the worker), for the status panel. */
  error: string | null;
  /** Wall time of the last finished run, ms. */
  durationMs: number | null;
}

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface SweepState {
  status: SweepStatus;
  progress: SweepProgress | null;
  report: ReportView | null;
  /** The design the report was computed on: a later edit makes the report stale, not wrong. */
  design: Design | null;
  error: string | null;
  durationMs: number | null;
}

export interface ResultsState {
  baseline: ResultView | null;
  /** The design the baseline belongs to. */
  baselineDesign: Design | null;
  diagnostics: Diagnostic[];
  run: RunInfo;
  scenario: ScenarioShown | null;
  scenarioDiagnostics: Diagnostic[];
  scenarioRun: RunInfo;
  sweep: SweepState;
}

export const IDLE_RUN: RunInfo = { status: 'idle', error: null, durationMs: null };
export const IDLE_SWEEP: SweepState = {
  status: 'idle',
  progress: null,
  report: null,
  design: null,
  error: null,
  durationMs: null,
};

export const useResultsStore = create<ResultsState>()(() => ({
  baseline: null,
  baselineDesign: null,
  diagnostics: [],
  run: IDLE_RUN,
  scenario: null,
  scenarioDiagnostics: [],
  scenarioRun: IDLE_RUN,
  sweep: IDLE_SWEEP,
}));

export function resetResults(): void {
  useResultsStore.setState({
    baseline: null,
    baselineDesign: null,
    diagnostics: [],
    run: IDLE_RUN,
    scenario: null,
    scenarioDiagnostics: [],
    scenarioRun: IDLE_RUN,
    sweep: IDLE_SWEEP,
  });
}

/** The result the canvas shows in the current mode: the scenario's when one is computed. */
export function shownResult(state: ResultsState, mode: 'design' | 'what-if'): ResultView | null {
  return mode === 'what-if' && state.scenario ? state.scenario.result : state.baseline;
}

/** The result the panels and the canvas show now (scenario in what-if mode, else baseline). */
export function useShownResult(): ResultView | null {
  const mode = useAnalysisStore((s) => s.mode);
  return useResultsStore((s) => shownResult(s, mode));
}
