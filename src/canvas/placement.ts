// Where click-to-add puts a node: the free spot closest to the centre of the view, so nodes
// added one after another never hide each other.
import type { Position } from '../model/types';
import { TYPICAL_NODE_SIZE } from './geometry';

/** A node's footprint on the canvas, with a margin. */
export const NODE_SLOT = { width: 240, height: 96 };

/** The visible part of the canvas in flow coordinates. */
export interface ViewBounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The free spot nearest `center`; with `view`, the nearest one whose node is wholly in view when
 * there is one (a node added half under the canvas edge looks like nothing happened), else the
 * nearest free one anywhere. */
export function freeSpotNear(occupied: readonly Position[], center: Position, view?: ViewBounds): Position {
  const start = { x: center.x - 100, y: center.y - 28 };
  const free = (p: Position) =>
    occupied.every((o) => Math.abs(o.x - p.x) >= NODE_SLOT.width || Math.abs(o.y - p.y) >= NODE_SLOT.height);
  const inView = (p: Position) =>
    !view ||
    (p.x >= view.x0 &&
      p.y >= view.y0 &&
      p.x + TYPICAL_NODE_SIZE.width <= view.x1 &&
      p.y + TYPICAL_NODE_SIZE.height <= view.y1);
  if (free(start) && inView(start)) return start;
  let nearestFree: Position | null = free(start) ? start : null;
  // Rings of grid cells around the centre, nearest first.
  for (let ring = 1; ring < 40; ring++) {
    const candidates: Position[] = [];
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        candidates.push({ x: start.x + dx * NODE_SLOT.width, y: start.y + dy * NODE_SLOT.height });
      }
    }
    candidates.sort((a, b) => dist(a, start) - dist(b, start));
    const freeHere = candidates.filter(free);
    const spot = freeHere.find(inView);
    if (spot) return spot;
    nearestFree ??= freeHere[0] ?? null;
  }
  return nearestFree ?? start;
}

function dist(a: Position, b: Position): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
