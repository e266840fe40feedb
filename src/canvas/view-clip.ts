// Long links are clipped to the part of the canvas around the view. A dashed line is rasterised
// dash by dash along its whole length, and with 1,000 nodes at 100 % zoom a view holds a hundred
// links thousands of pixels long: panning re-rasterised them all (half the frame time of a pan in
// bench/ui.bench.ts). The clip rectangle snaps to a grid of blocks about half a view wide, so it
// changes only when the view crosses a block edge, not on every pan frame; the dash offset keeps
// the dashes where the whole line would have them, so nothing visibly moves at that moment.
import type { Point } from './geometry';

export interface ClipRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The clip rectangle for a view (React Flow transform [x, y, zoom], pane size in px), as a
 * tuple so a shallow comparison tells whether it changed. */
export function viewClip(transform: readonly [number, number, number], width: number, height: number): ClipTuple {
  const [tx, ty, zoom] = transform;
  const w = width / zoom;
  const h = height / zoom;
  // A power of two of at least half the view: the grid changes only when the zoom halves or doubles.
  const block = 2 ** Math.ceil(Math.log2(Math.max(64, Math.max(w, h) / 2)));
  const vx = -tx / zoom;
  const vy = -ty / zoom;
  return [
    (Math.floor(vx / block) - 1) * block,
    (Math.floor(vy / block) - 1) * block,
    (Math.ceil((vx + w) / block) + 1) * block,
    (Math.ceil((vy + h) / block) + 1) * block,
  ];
}

export type ClipTuple = readonly [number, number, number, number];

export interface ClippedSegment {
  from: Point;
  to: Point;
  /** Distance from the segment's original start to `from`: the stroke-dashoffset that keeps the
   * dashes in place. */
  offset: number;
}

/** The part of the segment a → b inside `rect` (Liang-Barsky), or null when none is. */
export function clipSegment(a: Point, b: Point, rect: ClipRect): ClippedSegment | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - rect.x0],
    [dx, rect.x1 - a.x],
    [-dy, a.y - rect.y0],
    [dy, rect.y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return {
    from: { x: a.x + t0 * dx, y: a.y + t0 * dy },
    to: { x: a.x + t1 * dx, y: a.y + t1 * dy },
    offset: t0 * Math.hypot(dx, dy),
  };
}
