// Zoomed out, React Flow's node elements are not displayed (far-nodes.ts): the node under the
// pointer is, so that it can be clicked or dragged like any node (connections are drawn closer
// in: out there a handle is a pixel wide, as before). The pane's pointer moves find it (a scan
// of the boxes, microseconds for 1,000 nodes); it is shown by an inline `display` on its element,
// which React Flow never sets and so never resets, and hidden again when the pointer leaves it.
// No React render: hovering the overview costs nothing else.
import { useReactFlow } from '@xyflow/react';
import { type MouseEvent, type RefObject, useCallback, useEffect, useRef } from 'react';
import { nodeAt } from './far-nodes';
import type { FlowEdge, FlowNode } from './view-model';

export interface FarHover {
  onPaneMouseMove: (event: MouseEvent) => void;
  onPaneMouseLeave: () => void;
  onNodeMouseLeave: (event: MouseEvent, node: FlowNode) => void;
}

export function useFarHover(
  wrapper: RefObject<HTMLElement | null>,
  nodes: readonly FlowNode[],
  painted: boolean,
): FarHover {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const latest = useRef(nodes);
  latest.current = nodes;
  const shown = useRef<{ id: string; element: HTMLElement } | null>(null);

  const hide = useCallback(() => {
    shown.current?.element.style.removeProperty('display');
    shown.current = null;
  }, []);

  const show = useCallback(
    (id: string) => {
      if (shown.current?.id === id) return;
      hide();
      const element = wrapper.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      if (!element) return;
      element.style.display = 'block';
      shown.current = { id, element };
    },
    [wrapper, hide],
  );

  // Back at full detail every node is displayed anyway; and a node shown before must not stay
  // shown the next time the view zooms out.
  useEffect(() => {
    if (!painted) hide();
  }, [painted, hide]);

  const onPaneMouseMove = useCallback(
    (event: MouseEvent) => {
      if (!painted) return;
      const node = nodeAt(latest.current, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      if (node) show(node.id);
      else hide();
    },
    [painted, flow, show, hide],
  );

  const onNodeMouseLeave = useCallback(
    (_event: MouseEvent, node: FlowNode) => {
      if (shown.current?.id === node.id) hide();
    },
    [hide],
  );

  return { onPaneMouseMove, onPaneMouseLeave: hide, onNodeMouseLeave };
}
