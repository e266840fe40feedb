// The design document with undo history. The document (positions included) is the source of
// truth; every edit goes through `updateDesign(label, command)` so it is one undo step with a
// name. Selection, theme and results live elsewhere and never enter history.
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Design } from '../model/types';
import { blankDesign } from './blank-design';

export interface DesignState {
  design: Design;
  /** What the last change was ("Move 3 nodes"): the label of the step Undo would revert. */
  label: string;
}

/** How many steps Undo can go back; older steps are dropped. */
const HISTORY_LIMIT = 200;

export const useDesignStore = create<DesignState>()(
  temporal(() => ({ design: blankDesign(), label: '' }), {
    limit: HISTORY_LIMIT,
    partialize: (s) => ({ design: s.design, label: s.label }),
    // Commands return the same object when nothing changed: no history entry then.
    equality: (a, b) => a.design === b.design,
  }),
);

export function getDesign(): Design {
  return useDesignStore.getState().design;
}

export interface UpdateOptions {
  /** Edits with the same key within COALESCE_MS of each other merge into one undo step, so
   * typing a name is one step, not one per keystroke. */
  coalesceKey?: string;
}

/** How close in time two edits of one field must be to merge into one undo step. */
export const COALESCE_MS = 1500;

let lastCoalesce: { key: string; at: number; design: Design } | null = null;

/** Applies a command to the document as one undoable step. A recipe returning the same design
 * object is a no-op (nothing recorded). */
export function updateDesign(label: string, recipe: (d: Design) => Design, options: UpdateOptions = {}): void {
  const current = getDesign();
  const next = recipe(current);
  if (next === current) return;
  const now = Date.now();
  const key = options.coalesceKey;
  const merge =
    key !== undefined &&
    lastCoalesce !== null &&
    lastCoalesce.key === key &&
    lastCoalesce.design === current &&
    now - lastCoalesce.at < COALESCE_MS;
  if (merge) {
    // Same field, still typing: replace the present without a new history entry.
    const temporalStore = useDesignStore.temporal.getState();
    temporalStore.pause();
    useDesignStore.setState({ design: next, label });
    temporalStore.resume();
  } else {
    useDesignStore.setState({ design: next, label });
  }
  lastCoalesce = key === undefined ? null : { key, at: now, design: next };
}

/** Swaps in a whole design (open file, link, template): undoable, so a mistaken open is one Ctrl+Z away. */
export function replaceDesign(design: Design, label: string): void {
  useDesignStore.setState({ design, label });
}

/** Sets the design at startup (sample, autosave, link) without history: nothing to undo yet. */
export function initDesign(design: Design): void {
  const temporalStore = useDesignStore.temporal.getState();
  temporalStore.pause();
  useDesignStore.setState({ design, label: '' });
  temporalStore.resume();
  temporalStore.clear();
}

export function undo(): void {
  useDesignStore.temporal.getState().undo();
}

export function redo(): void {
  useDesignStore.temporal.getState().redo();
}

export interface HistoryInfo {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string;
  redoLabel: string;
}

export function historyInfo(): HistoryInfo {
  const t = useDesignStore.temporal.getState();
  const next = t.futureStates[t.futureStates.length - 1];
  return {
    canUndo: t.pastStates.length > 0,
    canRedo: t.futureStates.length > 0,
    undoLabel: t.pastStates.length > 0 ? useDesignStore.getState().label : '',
    redoLabel: next?.label ?? '',
  };
}
