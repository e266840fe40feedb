// Level of detail for large designs seen whole, nodes' half (far-edges.ts is the links' half).
// Zoomed out, each React Flow node is a positioned element of its own, and with 1,000 of them
// every frame that changes anything re-runs the browser's paint, layerisation and hit testing
// over all of them: 50-90 ms frames while a what-if result arrives on two cores (#5). There a
// node is only a tinted box, so the boxes are drawn as a few batched <path>s, one per look
// (kind x state), and React Flow's node elements are not displayed (canvas-lod.css) except the
// ones a user acts on: selected, dragged, or under the pointer (useFarHover.ts). Pure.
import type { NodeKind } from '../model/enums';
import { type BatchedPath, createPathBatcher } from './batched-paths';
import type { Point } from './geometry';
import type { NodeDecoration } from './overlay-types';
import type { FlowNode } from './view-model';

/** The overlay's node decorations by node id (overlay-store's `settled.nodes`). */
export type NodeDecorations = Readonly<Record<string, NodeDecoration>>;

/** One batched <path>: every node box that looks the same. */
export interface FarNodeGroup extends BatchedPath {
  className: string;
  /** Heat rings only: how strongly the ring shows (the heat, in steps of a quarter). */
  opacity?: number;
}

/** Per-node box path strings, reused while the node keeps its object identity. */
export type FarNodeCache = Map<string, { node: FlowNode; path: string }>;

export function createFarNodeCache(): FarNodeCache {
  return new Map();
}

/** Which look a node's box has, from its decoration: one state wins, in this order. */
function stateOf(node: FlowNode, decoration: NodeDecoration | undefined): string {
  if (decoration?.highlight === 'failed') return 'is-failed';
  if (node.selected) return 'is-selected';
  if (decoration?.highlight) return `hl-${decoration.highlight}`;
  if (decoration?.dimmed) return 'is-dimmed';
  return 'plain';
}

/**
 * Groups the nodes' boxes into batched paths. Nodes being dragged are left out: React Flow draws
 * them (they are displayed while dragged), so a drag changes no batched path and nothing of the
 * overview is repainted but the dragged node. Nodes not measured yet are left out too.
 */
export function buildFarNodeGroups(
  nodes: readonly FlowNode[],
  decorations: NodeDecorations,
  cache: FarNodeCache = createFarNodeCache(),
): FarNodeGroup[] {
  const batch = createPathBatcher<FarNodeGroup>();
  const seen = new Set<string>();
  for (const node of nodes) {
    if (node.dragging) continue;
    const path = boxPath(node, cache);
    if (path === null) continue;
    seen.add(node.id);
    const decoration = Object.hasOwn(decorations, node.id) ? decorations[node.id] : undefined;
    const kind: NodeKind = node.data.node.kind;
    const state = stateOf(node, decoration);
    batch.add(
      `box|${kind}|${state}`,
      () => ({ className: `fn fn-${kind}${state === 'plain' ? '' : ` ${state}`}` }),
      path,
    );
    const heat = decoration?.heat;
    if (heat !== undefined && heat > 0) {
      const step = Math.max(1, Math.round(Math.min(1, heat) * 4)) / 4;
      batch.add(`heat|${step}`, () => ({ className: 'fn-heat', opacity: step }), path);
    }
  }
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  // Dimmed boxes under the rest, heat rings on top.
  const rank = (g: FarNodeGroup) => (g.className.startsWith('fn-heat') ? 2 : g.className.includes('is-dimmed') ? 0 : 1);
  return batch.groups(rank);
}

function boxPath(node: FlowNode, cache: FarNodeCache): string | null {
  const cached = cache.get(node.id);
  if (cached && cached.node === node) return cached.path;
  const width = node.measured?.width;
  const height = node.measured?.height;
  if (!width || !height) return null;
  const { x, y } = node.position;
  const path = `M${x} ${y}h${width}v${height}h${-width}z`;
  cache.set(node.id, { node, path });
  return path;
}

/** The node whose box holds `point` (flow coordinates): the topmost, as React Flow draws later
 * nodes over earlier ones; null over empty canvas. */
export function nodeAt(nodes: readonly FlowNode[], point: Point): FlowNode | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    const width = node.measured?.width;
    const height = node.measured?.height;
    if (!width || !height) continue;
    const { x, y } = node.position;
    if (point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height) return node;
  }
  return null;
}

/** True when every node has been measured: only then can its box be drawn here and its element
 * be taken off the page (an element not displayed is never measured). */
export function allMeasured(nodes: readonly FlowNode[]): boolean {
  for (const node of nodes) if (!node.measured?.width || !node.measured?.height) return false;
  return true;
}
