// Floating-edge geometry: links attach where the line between two node centres crosses each
// node's border, so a network diagram reads cleanly whatever the node positions.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** About the size a node is drawn at, for placing nodes before React Flow has measured them. */
export const TYPICAL_NODE_SIZE = { width: 200, height: 60 } as const;

export function center(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** Where the segment from the centre of `r` towards `toward` leaves the rectangle (plus a gap). */
export function borderPoint(r: Rect, toward: Point, gap = 2): Point {
  const c = center(r);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const hw = r.width / 2 + gap;
  const hh = r.height / 2 + gap;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : hw / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : hh / Math.abs(dy),
  );
  return { x: c.x + dx * Math.min(scale, 1), y: c.y + dy * Math.min(scale, 1) };
}

export interface EdgeGeometry {
  path: string;
  labelX: number;
  labelY: number;
  /** The two ends of a straight link (curves have none). */
  line?: { from: Point; to: Point };
}

/** A straight link, or a gentle curve when several links join the same two nodes. */
export function floatingEdge(source: Rect, target: Rect, parallelIndex: number, parallelCount: number): EdgeGeometry {
  const sc = center(source);
  const tc = center(target);
  const offset = (parallelIndex - (parallelCount - 1) / 2) * 36;
  // Normal of the centre line, oriented the same way whichever end is the source, so parallel
  // links in opposite directions still fan out instead of overlapping.
  const flip = sc.x < tc.x || (sc.x === tc.x && sc.y < tc.y) ? 1 : -1;
  const dx = tc.x - sc.x;
  const dy = tc.y - sc.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = (-dy / length) * flip;
  const ny = (dx / length) * flip;
  const mid = { x: (sc.x + tc.x) / 2 + nx * offset * 2, y: (sc.y + tc.y) / 2 + ny * offset * 2 };
  const s = borderPoint(source, offset === 0 ? tc : mid);
  const t = borderPoint(target, offset === 0 ? sc : mid);
  if (offset === 0) {
    return {
      path: `M${s.x},${s.y} L${t.x},${t.y}`,
      labelX: (s.x + t.x) / 2,
      labelY: (s.y + t.y) / 2,
      line: { from: s, to: t },
    };
  }
  // Quadratic Bézier through `mid`'s control point; the curve's midpoint is halfway to it.
  const labelX = 0.25 * s.x + 0.5 * mid.x + 0.25 * t.x;
  const labelY = 0.25 * s.y + 0.5 * mid.y + 0.25 * t.y;
  return { path: `M${s.x},${s.y} Q${mid.x},${mid.y} ${t.x},${t.y}`, labelX, labelY };
}
