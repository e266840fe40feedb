// An overlay as the difference from one the other side already holds: the worker builds every
// overlay, and sending only what changed (a focus change touches a few hundred of 3,000
// decorations) spares the main thread both the structured clone and a deep comparison of every
// decoration; the main thread applies the patch, keeping the identity of the rest, so only the
// canvas elements whose decoration changed re-render. Pure.
import type { CanvasOverlay, EdgeDecoration, NodeDecoration } from '../overlay-types';
import { deepEqual } from './deep-equal';

export interface OverlayPatch {
  /** True: the whole overlay (no base to diff against); false: changes to the base. */
  full: boolean;
  /** Changed or added decorations; null: the element has none any more. */
  nodes: Record<string, NodeDecoration | null>;
  edges: Record<string, EdgeDecoration | null>;
}

export function diffOverlay(base: CanvasOverlay | null, next: CanvasOverlay): OverlayPatch {
  if (!base) return { full: true, nodes: { ...next.nodes }, edges: { ...next.edges } };
  const side = <T>(a: Record<string, T>, b: Record<string, T>): Record<string, T | null> => {
    const out: Record<string, T | null> = {};
    for (const id in b) if (!(id in a) || !deepEqual(a[id], b[id])) out[id] = b[id]!;
    for (const id in a) if (!(id in b)) out[id] = null;
    return out;
  };
  return { full: false, nodes: side(base.nodes, next.nodes), edges: side(base.edges, next.edges) };
}

/** The base with the patch applied; the base itself when the patch changes nothing. */
export function applyPatch(base: CanvasOverlay, patch: OverlayPatch): CanvasOverlay {
  if (patch.full) return { nodes: strip(patch.nodes), edges: strip(patch.edges) };
  const nodeIds = Object.keys(patch.nodes);
  const edgeIds = Object.keys(patch.edges);
  if (nodeIds.length === 0 && edgeIds.length === 0) return base;
  const merge = <T>(into: Record<string, T>, changes: Record<string, T | null>, ids: string[]) => {
    if (ids.length === 0) return into;
    const out = { ...into };
    for (const id of ids) {
      const value = changes[id];
      if (value === null || value === undefined) delete out[id];
      else out[id] = value;
    }
    return out;
  };
  return { nodes: merge(base.nodes, patch.nodes, nodeIds), edges: merge(base.edges, patch.edges, edgeIds) };
}

function strip<T>(record: Record<string, T | null>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id in record) {
    const value = record[id];
    if (value !== null && value !== undefined) out[id] = value;
  }
  return out;
}
