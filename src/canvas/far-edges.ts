// Level of detail for large designs seen whole: React Flow draws every edge as its own <svg> with
// an interaction path and a label, and with 2,000 of them the browser spends each frame of a pan
// or drag re-layerising and re-rasterising thousands of paint chunks. Zoomed that far out nobody
// reads labels or clicks a 0.3 px line, so plain links are batched into a few <path> elements,
// one per look (transport style x overlay colour), and only the links that must stay interactive
// or animated (selected; flowing, labelled, failed while few) remain React Flow edges. Pure.
import { type BatchedPath, createPathBatcher } from './batched-paths';
import { floatingEdge, type Rect } from './geometry';
import type { EdgeDecoration } from './overlay-types';
import { edgePaint, type FlowEdge, type FlowNode } from './view-model';

/** The overlay's link decorations by link id (overlay-store's `overlay.edges`). */
export type EdgeDecorations = Readonly<Record<string, EdgeDecoration>>;

/** Zoomed out, flowing / labelled / failed links stay React Flow edges (animated, labelled,
 * clickable) only while there are at most this many: with every class shown, every used link
 * flows and carries a label, unreadable at 10 % zoom, and 2,000 animated dash patterns would be
 * repainted every frame. Beyond it they are batched in their overlay colours, without motion. */
export const FAR_DETAIL_LIMIT = 150;

/** A link the user acts on: selected always, flowing / labelled / failed while they are few. */
function hasDetail(decoration: EdgeDecoration | undefined): boolean {
  return Boolean(decoration?.animated || decoration?.label || decoration?.failed);
}

export function splitFarEdges(
  edges: readonly FlowEdge[],
  decorations: EdgeDecorations,
  detailLimit = FAR_DETAIL_LIMIT,
): { interactive: FlowEdge[]; batched: FlowEdge[] } {
  let detailed = 0;
  for (const edge of edges) if (hasDetail(decorations[edge.id])) detailed++;
  const keepDetail = detailed <= detailLimit;
  const interactive: FlowEdge[] = [];
  const batched: FlowEdge[] = [];
  for (const edge of edges) {
    const keep = edge.selected || (keepDetail && hasDetail(decorations[edge.id]));
    (keep ? interactive : batched).push(edge);
  }
  return { interactive, batched };
}

/** One batched <path>: every link that looks the same. */
export interface FarEdgeGroup extends BatchedPath {
  className: string;
  stroke?: string;
  strokeWidth?: number;
}

/** Per-link path strings, reused while both end nodes keep their object identity (React Flow
 * replaces only the node objects that moved, so a drag rebuilds only the dragged node's links). */
export type FarEdgeCache = Map<string, { source: FlowNode; target: FlowNode; path: string }>;

export function createFarEdgeCache(): FarEdgeCache {
  return new Map();
}

/**
 * Groups `edges` into batched paths. Links touching a node being dragged go in groups of their
 * own, so the groups of everything else keep the same `d` string and are not repainted.
 * Links whose nodes are not measured yet are left out (React Flow does the same).
 */
export function buildFarEdgeGroups(
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
  decorations: EdgeDecorations,
  cache: FarEdgeCache = createFarEdgeCache(),
): FarEdgeGroup[] {
  const byId = new Map<string, FlowNode>();
  for (const node of nodes) byId.set(node.id, node);
  const batch = createPathBatcher<FarEdgeGroup>();
  const seen = new Set<string>();

  for (const edge of edges) {
    const data = edge.data;
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!data || !source || !target) continue;
    const path = edgePath(edge, source, target, cache);
    if (path === null) continue;
    seen.add(edge.id);
    const { link } = data;
    const decoration = decorations[edge.id];
    const paint = edgePaint(decoration);
    const moving = source.dragging || target.dragging ? 'moving' : 'still';
    const dimmed = decoration?.dimmed ? ' is-dimmed' : decoration?.failed ? ' is-failed' : '';
    if (paint.heatColor) {
      batch.add(
        `heat|${paint.heatColor}|${moving}`,
        () => ({ className: 'fe-heat', ...(paint.heatColor ? { stroke: paint.heatColor } : {}) }),
        path,
      );
    }
    batch.add(
      `line|${link.transport}|${paint.stroke ?? ''}|${paint.strokeWidth ?? ''}|${dimmed}|${moving}`,
      () => ({
        className: `fe fe-${link.transport}${dimmed}${paint.stroke ? ' is-coloured' : ''}`,
        ...(paint.stroke ? { stroke: paint.stroke } : {}),
        ...(paint.strokeWidth ? { strokeWidth: paint.strokeWidth } : {}),
      }),
      path,
    );
  }
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);

  // Glows under lines, dimmed lines under the rest, so highlighted paths read on top.
  const rank = (g: FarEdgeGroup) => (g.className.startsWith('fe-heat') ? 0 : g.className.includes('is-dimmed') ? 1 : 2);
  return batch.groups(rank);
}

function edgePath(edge: FlowEdge, source: FlowNode, target: FlowNode, cache: FarEdgeCache): string | null {
  const cached = cache.get(edge.id);
  if (cached && cached.source === source && cached.target === target) return cached.path;
  const s = rectOf(source);
  const t = rectOf(target);
  if (!s || !t || !edge.data) return null;
  const path = floatingEdge(s, t, edge.data.parallelIndex, edge.data.parallelCount).path;
  cache.set(edge.id, { source, target, path });
  return path;
}

function rectOf(node: FlowNode): Rect | null {
  const width = node.measured?.width;
  const height = node.measured?.height;
  if (!width || !height) return null;
  return { x: node.position.x, y: node.position.y, width, height };
}

/** Batched lines keep one screen width whatever the zoom (non-scaling stroke): a decorated link's
 * width (flow units, 2-6) becomes 1.5-3 screen px, plain links are 1 px (see canvas-lod.css). */
export function farStrokeWidth(flowWidth: number | undefined): number | undefined {
  if (flowWidth === undefined) return undefined;
  return Math.min(3, Math.max(1.5, flowWidth / 2));
}
