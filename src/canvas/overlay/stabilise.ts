// Keeps the object identity of decorations that did not change between two overlays. The canvas
// view model reuses a React Flow node only when its decoration is the same object, so with 1,000
// nodes a recompute that changes three badges re-renders three nodes, not a thousand.
import type { CanvasOverlay } from '../overlay-types';

export function stabilise(previous: CanvasOverlay, next: CanvasOverlay): CanvasOverlay {
  if (previous === next) return previous;
  let changed = false;
  const pick = <T>(prev: Record<string, T>, cur: Record<string, T>): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const [id, decoration] of Object.entries(cur)) {
      const old = prev[id];
      if (old !== undefined && deepEqual(old, decoration)) out[id] = old;
      else {
        out[id] = decoration;
        changed = true;
      }
    }
    if (Object.keys(prev).length !== Object.keys(cur).length) changed = true;
    return out;
  };
  const nodes = pick(previous.nodes, next.nodes);
  const edges = pick(previous.edges, next.edges);
  // Nothing changed at all: hand back the previous overlay so store subscribers do not fire.
  return changed ? { nodes, edges } : previous;
}

/** Structural equality of plain data (decorations: objects, arrays, strings, numbers, booleans). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
