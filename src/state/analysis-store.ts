// What the user is looking at in the results: steering (design) or failure analysis (what-if),
// which class / site / destination / flow is in focus, the failures being edited and which
// element filters the flow table. Session state only: it never enters the design's undo history.
import { create } from 'zustand';
import type { Failure } from '../model';

export type AnalysisMode = 'design' | 'what-if';

/** What a click on a canvas element does in what-if mode. */
export type ClickFailureMode = 'hard' | 'silent' | 'degrade';

export interface AnalysisState {
  mode: AnalysisMode;
  /** Traffic class in focus; null shows every class. */
  selectedClass: string | null;
  selectedSite: string | null;
  selectedDestination: string | null;
  /** Flow id (as the engine names it) highlighted on the canvas and explained in Why. */
  selectedFlow: string | null;
  /** In what-if mode a click fails the element this way (degrade applies to links only). */
  clickFailureMode: ClickFailureMode;
  /** What a click-degrade adds to a link. */
  degradeBy: { addLatencyMs: number; addLossPct: number };
  /** The failures of the what-if scenario being edited (not yet saved into the design). */
  failures: Failure[];
  /** When the resilience report is open, the canvas shows the criticality heat map. */
  showCriticality: boolean;

  setMode: (mode: AnalysisMode) => void;
  setSelectedClass: (id: string | null) => void;
  setSelectedSite: (id: string | null) => void;
  setSelectedDestination: (id: string | null) => void;
  selectFlow: (id: string | null) => void;
  setClickFailureMode: (mode: ClickFailureMode) => void;
  setDegradeBy: (by: { addLatencyMs: number; addLossPct: number }) => void;
  /** Adds the failure, or replaces the one already on the same target. */
  putFailure: (failure: Failure) => void;
  /** Fails the element hard if it is up, otherwise restores it: what a click in what-if does. */
  toggleFailure: (kind: Failure['kind'], target: string, mode?: Failure['mode']) => void;
  /** A click on a canvas element in what-if mode: fail it the chosen way, or restore it. */
  clickFail: (kind: 'node' | 'link', target: string) => void;
  removeFailure: (kind: Failure['kind'], target: string) => void;
  setFailures: (failures: Failure[]) => void;
  clearFailures: () => void;
  setShowCriticality: (on: boolean) => void;
}

const sameTarget = (f: Failure, kind: Failure['kind'], target: string) => f.kind === kind && f.target === target;

export const useAnalysisStore = create<AnalysisState>()((set) => ({
  mode: 'design',
  selectedClass: null,
  selectedSite: null,
  selectedDestination: null,
  selectedFlow: null,
  clickFailureMode: 'hard',
  degradeBy: { addLatencyMs: 50, addLossPct: 1 },
  failures: [],
  showCriticality: false,

  setMode: (mode) => set({ mode }),
  setSelectedClass: (selectedClass) => set({ selectedClass }),
  setSelectedSite: (selectedSite) => set({ selectedSite }),
  setSelectedDestination: (selectedDestination) => set({ selectedDestination }),
  selectFlow: (selectedFlow) => set({ selectedFlow }),
  setClickFailureMode: (clickFailureMode) => set({ clickFailureMode }),
  setDegradeBy: (degradeBy) => set({ degradeBy }),
  putFailure: (failure) =>
    set((s) => ({
      failures: [...s.failures.filter((f) => !sameTarget(f, failure.kind, failure.target)), failure],
    })),
  toggleFailure: (kind, target, mode = 'hard') =>
    set((s) =>
      s.failures.some((f) => sameTarget(f, kind, target))
        ? { failures: s.failures.filter((f) => !sameTarget(f, kind, target)) }
        : { failures: [...s.failures, { kind, target, mode }] },
    ),
  clickFail: (kind, target) =>
    set((s) => {
      if (s.failures.some((f) => sameTarget(f, kind, target)))
        return { failures: s.failures.filter((f) => !sameTarget(f, kind, target)) };
      // A node cannot be degraded (only links carry latency and loss): it fails hard instead.
      const failure: Failure =
        s.clickFailureMode === 'degrade' && kind === 'link'
          ? { kind, target, mode: 'degrade', ...s.degradeBy }
          : { kind, target, mode: s.clickFailureMode === 'silent' ? 'silent' : 'hard' };
      return { failures: [...s.failures, failure] };
    }),
  removeFailure: (kind, target) => set((s) => ({ failures: s.failures.filter((f) => !sameTarget(f, kind, target)) })),
  setFailures: (failures) => set({ failures: [...failures] }),
  clearFailures: () => set({ failures: [] }),
  setShowCriticality: (showCriticality) => set({ showCriticality }),
}));
