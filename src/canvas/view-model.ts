// The design → React Flow mapping. Pure: the same inputs give equal outputs, and a node whose
// inputs did not change keeps its object identity (via ViewModelCache) so memoised node
// components skip rendering: with 1,000 nodes, selecting one re-renders one.
import type { Edge, Node } from '@xyflow/react';
import type { Design, DesignLink, DesignNode } from '../model';
import { valueForId } from '../model/ids';
import type { Selection } from '../state/ui-store';
import { utilisationColor } from './overlay/heat';
import type { CanvasOverlay, EdgeDecoration, NodeDecoration } from './overlay-types';

export const DESIGN_NODE_TYPE = 'design';
export const DESIGN_EDGE_TYPE = 'design';

export type DesignNodeData = {
  node: DesignNode;
  decoration: NodeDecoration | undefined;
};

export type DesignEdgeData = {
  link: DesignLink;
  decoration: EdgeDecoration | undefined;
  /** Index among parallel links between the same two nodes, and how many there are: parallel
   * links are drawn as separate curves. */
  parallelIndex: number;
  parallelCount: number;
};

export type FlowNode = Node<DesignNodeData, typeof DESIGN_NODE_TYPE>;
export type FlowEdge = Edge<DesignEdgeData, typeof DESIGN_EDGE_TYPE>;

export interface ViewModel {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** Reuses flow objects whose inputs are identical to the previous call's. */
export interface ViewModelCache {
  nodes: Map<string, FlowNode>;
  edges: Map<string, FlowEdge>;
}

export function createViewModelCache(): ViewModelCache {
  return { nodes: new Map(), edges: new Map() };
}

export function buildViewModel(
  design: Pick<Design, 'nodes' | 'links'>,
  selection: Selection,
  overlay: CanvasOverlay,
  cache: ViewModelCache = createViewModelCache(),
): ViewModel {
  const selectedNodes = new Set(selection.nodeIds);
  const selectedLinks = new Set(selection.linkIds);
  const nodeIds = new Set(design.nodes.map((n) => n.id));

  const nodes: FlowNode[] = design.nodes.map((node) => {
    const decoration = valueForId(overlay.nodes, node.id);
    const selected = selectedNodes.has(node.id);
    const previous = cache.nodes.get(node.id);
    if (
      previous &&
      previous.data.node === node &&
      previous.data.decoration === decoration &&
      previous.selected === selected
    ) {
      return previous;
    }
    return {
      id: node.id,
      type: DESIGN_NODE_TYPE,
      position: node.position,
      data: { node, decoration },
      selected,
    };
  });

  const parallel = parallelGroups(design.links);
  const edges: FlowEdge[] = [];
  for (const link of design.links) {
    // A dangling link (its node was removed in a hand-edited file) cannot be drawn; validation reports it.
    if (!nodeIds.has(link.source) || !nodeIds.has(link.target)) continue;
    const decoration = valueForId(overlay.edges, link.id);
    const selected = selectedLinks.has(link.id);
    const group = parallel.get(pairKey(link)) ?? [link.id];
    const parallelIndex = group.indexOf(link.id);
    const parallelCount = group.length;
    const previous = cache.edges.get(link.id);
    if (
      previous?.data &&
      previous.data.link === link &&
      previous.data.decoration === decoration &&
      previous.selected === selected &&
      previous.data.parallelIndex === parallelIndex &&
      previous.data.parallelCount === parallelCount
    ) {
      edges.push(previous);
      continue;
    }
    edges.push({
      id: link.id,
      type: DESIGN_EDGE_TYPE,
      source: link.source,
      target: link.target,
      data: { link, decoration, parallelIndex, parallelCount },
      selected,
      // Selected links draw above the others so their handles stay clickable.
      zIndex: selected ? 1 : 0,
    });
  }

  cache.nodes = new Map(nodes.map((n) => [n.id, n]));
  cache.edges = new Map(edges.map((e) => [e.id, e]));
  return { nodes, edges };
}

/** How an edge is painted from its decoration. */
export interface EdgePaint {
  /** Line colour; undefined keeps the transport style's. */
  stroke?: string;
  strokeWidth?: number;
  /** Utilisation colour of the glow drawn under the line (the legend's link-utilisation bands). */
  heatColor?: string;
  /** Glow width: wider than the line so the class colour stays readable on top. */
  heatWidth?: number;
}

/** Extra px each side of the line that the heat glow shows. */
export const HEAT_GLOW_SPREAD = 3;

/** The class colour (or the overlay's warning / failure colour) draws the line; the link's
 * utilisation heat draws a glow under it, and the line itself when no colour applies. */
export function edgePaint(decoration: EdgeDecoration | undefined): EdgePaint {
  if (!decoration) return {};
  const paint: EdgePaint = {};
  const heat = decoration.heat;
  const heatColor = heat === undefined || decoration.dimmed || decoration.failed ? undefined : utilisationColor(heat);
  const stroke = decoration.color ?? heatColor;
  if (stroke) paint.stroke = stroke;
  if (decoration.width) paint.strokeWidth = decoration.width;
  if (heatColor) {
    paint.heatColor = heatColor;
    paint.heatWidth = (decoration.width ?? 2) + 2 * HEAT_GLOW_SPREAD;
  }
  return paint;
}

function pairKey(link: DesignLink): string {
  return link.source < link.target ? `${link.source}\u0000${link.target}` : `${link.target}\u0000${link.source}`;
}

function parallelGroups(links: readonly DesignLink[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const link of links) {
    const key = pairKey(link);
    const group = groups.get(key);
    if (group) group.push(link.id);
    else groups.set(key, [link.id]);
  }
  return groups;
}
