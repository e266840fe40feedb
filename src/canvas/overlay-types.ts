// The contract between analysis views and the canvas: per-element decorations keyed by design id.
// Pure data; the view model turns it into classes and styles.

export type NodeHighlight = 'egress' | 'path' | 'failed' | 'source';
export type BadgeKind = 'sla' | 'compliance' | 'overload' | 'spof' | 'failed';

export interface NodeBadge {
  kind: BadgeKind;
  label: string;
}

export interface NodeDecoration {
  highlight?: NodeHighlight;
  dimmed?: boolean;
  badges?: NodeBadge[];
  /** 0..1 load or utilisation, drawn as a heat ring. */
  heat?: number;
}

export interface EdgeDecoration {
  /** CSS colour of the stroke. */
  color?: string;
  /** Stroke width in px. */
  width?: number;
  animated?: boolean;
  /** Traffic flows target → source: the flow animation runs backwards. */
  reverse?: boolean;
  label?: string;
  dimmed?: boolean;
  failed?: boolean;
  /** 0..1 utilisation. */
  heat?: number;
}

export interface CanvasOverlay {
  nodes: Record<string, NodeDecoration>;
  edges: Record<string, EdgeDecoration>;
}

export const EMPTY_OVERLAY: CanvasOverlay = Object.freeze({ nodes: {}, edges: {} }) as CanvasOverlay;
