// What the user is looking at in the results: steering (design) or failure analysis (what-if),
// which class / site / destination / flow is in focus, the failures being edited and which
// element filters the flow table. Session state only: it never enters the design's undo history.
import { create } from 'zustand';
import type { Failure } from '../model';

export type AnalysisMode = 'design' | 'what-if';

/** An element the flow table is filtered to (a click on a node or a link). */
export interface ElementFilter {
  kind: 'node' | 'link';
  id: string;
}

export interface AnalysisState {
  mode: AnalysisMode;
  /** Traffic class in focus; null shows every class. */
  selectedClass: string | null;
  selectedSite: string | null;
  selectedDestination: string | null;
  /** Flow id (as the engine names it) highlighted on the canvas and explained in Why. */
  selectedFlow: string | null;
  elementFilter: ElementFilter | null;
  /** The failures of the what-if scenario being edited (not yet saved into the design). */
  failures: Failure[];
  /** When the resilience report is open, the canvas shows the criticality heat map. */
  showCriticality: boolean;

  setMode: (mode: AnalysisMode) => void;
  setSelectedClass: (id: string | null) => void;
  setSelectedSite: (id: string | null) => void;
  setSelectedDestination: (id: string | null) => void;
  selectFlow: (id: string | null) => void;
  setElementFilter: (filter: ElementFilter | null) => void;
  /** Adds the failure, or replaces the one already on the same target. */
  putFailure: (failure: Failure) => void;
  /** Fails the element hard if it is up, otherwise restores it: what a click in what-if does. */
  toggleFailure: (kind: Failure['kind'], target: string, mode?: Failure['mode']) => void;
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
  elementFilter: null,
  failures: [],
  showCriticality: false,

  setMode: (mode) => set({ mode }),
  setSelectedClass: (selectedClass) => set({ selectedClass }),
  setSelectedSite: (selectedSite) => set({ selectedSite }),
  setSelectedDestination: (selectedDestination) => set({ selectedDestination }),
  selectFlow: (selectedFlow) => set({ selectedFlow }),
  setElementFilter: (elementFilter) => set({ elementFilter }),
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
  removeFailure: (kind, target) => set((s) => ({ failures: s.failures.filter((f) => !sameTarget(f, kind, target)) })),
  setFailures: (failures) => set({ failures: [...failures] }),
  clearFailures: () => set({ failures: [] }),
  setShowCriticality: (showCriticality) => set({ showCriticality }),
}));
