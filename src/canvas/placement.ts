// Where click-to-add puts a node: the free spot closest to the centre of the view, so nodes
// added one after another never hide each other.
import type { Position } from '../model/types';

/** A node's footprint on the canvas, with a margin (nodes are about 200 x 56). */
export const NODE_SLOT = { width: 240, height: 96 };

export function freeSpotNear(occupied: readonly Position[], center: Position): Position {
  const start = { x: center.x - 100, y: center.y - 28 };
  const free = (p: Position) =>
    occupied.every((o) => Math.abs(o.x - p.x) >= NODE_SLOT.width || Math.abs(o.y - p.y) >= NODE_SLOT.height);
  if (free(start)) return start;
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
    const spot = candidates.find(free);
    if (spot) return spot;
  }
  return start;
}

function dist(a: Position, b: Position): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
