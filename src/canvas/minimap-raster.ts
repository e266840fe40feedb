// Where each node lands on the minimap, as plain numbers for a <canvas>. React Flow's minimap
// draws one SVG rect per node; on a large design software raster repaints all of them on every
// pan frame (the mask moves), which alone made panning miss 30 fps. A large design's minimap
// therefore paints its nodes once into a canvas underneath and React Flow's SVG keeps only the
// moving mask and the click/drag handling. The geometry follows the SVG's own viewBox.
import type { NodeKind } from '../model/enums';

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MinimapNode {
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Parses an SVG viewBox attribute ("x y w h"); null when it is missing or degenerate. */
export function parseViewBox(text: string | null): ViewBox | null {
  if (!text) return null;
  const parts = text
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, width, height] = parts as [number, number, number, number];
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/** Maps nodes from flow coordinates to canvas pixels as an SVG with this viewBox and the default
 * preserveAspectRatio (xMidYMid meet) would: uniform scale, centred. At least a pixel each, so a
 * thousand tiny nodes stay visible. */
export function minimapRects(
  nodes: readonly MinimapNode[],
  view: ViewBox,
  pixels: { width: number; height: number },
): MinimapNode[] {
  const scale = Math.min(pixels.width / view.width, pixels.height / view.height);
  const dx = (pixels.width - view.width * scale) / 2;
  const dy = (pixels.height - view.height * scale) / 2;
  return nodes.map((n) => ({
    kind: n.kind,
    x: dx + (n.x - view.x) * scale,
    y: dy + (n.y - view.y) * scale,
    width: Math.max(1, n.width * scale),
    height: Math.max(1, n.height * scale),
  }));
}
