// A handle on the mounted canvas for actions that are not React components (zoom, fit, layout,
// click-to-add at the centre of the view). Null until the canvas mounts.
import type { ReactFlowInstance } from '@xyflow/react';
import type { ViewBounds } from './placement';
import type { FlowEdge, FlowNode } from './view-model';

export type CanvasInstance = ReactFlowInstance<FlowNode, FlowEdge>;

let instance: CanvasInstance | null = null;
let container: HTMLElement | null = null;

export function registerCanvas(next: CanvasInstance | null, element: HTMLElement | null): void {
  instance = next;
  container = element;
}

export function getCanvas(): CanvasInstance | null {
  return instance;
}

/** The flow coordinates at the centre of the visible canvas (where click-to-add puts a node). */
export function viewCenter(): { x: number; y: number } {
  if (!instance || !container) return { x: 0, y: 0 };
  const rect = container.getBoundingClientRect();
  return instance.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}

/** The visible canvas in flow coordinates (where click-to-add may put a node). */
export function viewBounds(): ViewBounds | undefined {
  if (!instance || !container) return undefined;
  const rect = container.getBoundingClientRect();
  const from = instance.screenToFlowPosition({ x: rect.left, y: rect.top });
  const to = instance.screenToFlowPosition({ x: rect.right, y: rect.bottom });
  return { x0: from.x, y0: from.y, x1: to.x, y1: to.y };
}
