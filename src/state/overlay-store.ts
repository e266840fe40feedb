// What analysis draws on the canvas (paths, heat, badges, failures), filled by the visualisation
// layer. Each node and edge subscribes to its own decoration (useNodeDecoration /
// useEdgeDecoration), so a new overlay re-renders only the elements whose decoration changed,
// and never the canvas as a whole. A new overlay that changes many elements (the first result
// of a 1,000-node design changes all 3,000) is applied in slices, one task each, so no single
// task re-renders more than a slice. `elementClick` lets a mode (what-if) take over clicks on
// elements before selection sees them.
import { create } from 'zustand';
import { type CanvasOverlay, type EdgeDecoration, EMPTY_OVERLAY, type NodeDecoration } from '../canvas/overlay-types';
import { valueForId } from '../model/ids';
import { afterNextFrame } from './after-next-frame';

export type ElementClickHandler = (kind: 'node' | 'link', id: string) => boolean;

export interface OverlayState {
  overlay: CanvasOverlay;
  /** The overlay once a sliced update has finished (the overlay itself when nothing is pending):
   * for views that read every edge's or node's decoration at once (the zoomed-out layers), which
   * would otherwise redraw on every slice. */
  settled: CanvasOverlay;
  elementClick: ElementClickHandler | null;
}

export const useOverlayStore = create<OverlayState>()(() => ({
  overlay: EMPTY_OVERLAY,
  settled: EMPTY_OVERLAY,
  elementClick: null,
}));

// Own entries only (valueForId): "constructor" is a valid element id.
export function useNodeDecoration(id: string): NodeDecoration | undefined {
  return useOverlayStore((s) => valueForId(s.overlay.nodes, id));
}

export function useEdgeDecoration(id: string): EdgeDecoration | undefined {
  return useOverlayStore((s) => valueForId(s.overlay.edges, id));
}

/** Decorations changed in the first slice: each re-renders its element, a fraction of a ms. */
export const OVERLAY_SLICE = 50;
/** What one slice may cost, render included; later slices are sized from the last one's time
 * (a busy machine gets smaller slices). */
const SLICE_BUDGET_MS = 25;
const MIN_SLICE = 20;
const MAX_SLICE = 600;

/** Cancels the slice waiting to run. */
let pending: (() => void) | null = null;

/** Shows `overlay`: at once when few decorations change, else a slice per task. A newer call
 * supersedes slices still waiting (it starts from what is on screen). A decoration that is the
 * same object as the one shown counts as unchanged (overlays keep the identity of what they do
 * not change: canvas/overlay/patch.ts). */
export function setOverlay(overlay: CanvasOverlay, slice = OVERLAY_SLICE): void {
  pending?.();
  pending = null;
  const shown = useOverlayStore.getState();
  const changes = changedKeys(shown.overlay, overlay);
  // Nothing to redraw: keep the records shown (a new record would wake every whole-record reader),
  // only settling them if slices toward this very overlay were cut short.
  if (changes.length === 0) {
    if (shown.settled !== shown.overlay) useOverlayStore.setState({ settled: shown.overlay });
    return;
  }
  if (changes.length <= slice) {
    useOverlayStore.setState({ overlay, settled: overlay });
    return;
  }
  // Named with its size, so a performance run can tell which update its slices belong to.
  performance.mark?.(`egress:overlay-update(${changes.length})`);
  let at = 0;
  let size = slice;
  const step = () => {
    pending = null;
    const started = performance.now();
    const current = useOverlayStore.getState().overlay;
    const end = Math.min(changes.length, at + size);
    const nodes = { ...current.nodes };
    const edges = { ...current.edges };
    for (; at < end; at++) {
      const [kind, id] = changes[at]!;
      const target: Record<string, unknown> = kind === 'node' ? nodes : edges;
      const value = kind === 'node' ? overlay.nodes[id] : overlay.edges[id];
      if (value === undefined) delete target[id];
      else target[id] = value;
    }
    // The last slice shows the overlay itself, so identity checks against it hold afterwards.
    performance.mark?.('egress:overlay-slice');
    useOverlayStore.setState(at >= changes.length ? { overlay, settled: overlay } : { overlay: { nodes, edges } });
    if (at < changes.length) {
      pending = afterNextFrame(step);
      // React renders the store change in a microtask queued by setState above, so this one runs
      // after it: the time covers the slice and its render, and the next slice is sized to the budget.
      queueMicrotask(() => {
        const took = Math.max(1, performance.now() - started);
        size = Math.round(Math.min(MAX_SLICE, Math.max(MIN_SLICE, (size * SLICE_BUDGET_MS) / took)));
      });
    }
  };
  // Not in this task or its frame: the caller has just built the overlay (a patch of thousands
  // of decorations, their diff), and that plus a slice's render was one task over 50 ms. Each
  // slice gets a frame of its own too (after-next-frame.ts).
  pending = afterNextFrame(step);
}

function changedKeys(shown: CanvasOverlay, next: CanvasOverlay): ['node' | 'edge', string][] {
  const out: ['node' | 'edge', string][] = [];
  const diff = <T>(kind: 'node' | 'edge', a: Record<string, T>, b: Record<string, T>) => {
    for (const id in b) if (valueForId(a, id) !== b[id]) out.push([kind, id]);
    for (const id in a) if (!Object.hasOwn(b, id)) out.push([kind, id]);
  };
  diff('node', shown.nodes, next.nodes);
  diff('edge', shown.edges, next.edges);
  return out;
}

export function clearOverlay(): void {
  setOverlay(EMPTY_OVERLAY);
}

export function setElementClick(handler: ElementClickHandler | null): void {
  useOverlayStore.setState({ elementClick: handler });
}
