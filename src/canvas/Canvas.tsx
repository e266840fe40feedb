// The React Flow adapter: renders the view model, turns gestures into commands. The design is
// the source of truth; this component only holds what React Flow needs between renders (measured
// sizes, positions during a drag) and commits a drag as ONE command when it ends.
import {
  applyNodeChanges,
  type Connection,
  ConnectionMode,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import {
  type DragEvent,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { NODE_KINDS, type NodeKind } from '../model/enums';
import type { Position } from '../model/types';
import { addNodeCommand, connectCommand, moveNodesCommand } from '../state/commands';
import { updateDesign, useDesignStore } from '../state/design-store';
import { notify } from '../state/notifications';
import { useOverlayStore } from '../state/overlay-store';
import { getSelection, selectOnly, setSelection, useUiStore } from '../state/ui-store';
import { registerCanvas } from './canvas-api';
import { DesignEdgeView } from './DesignEdgeView';
import { DesignNodeView } from './DesignNodeView';
import { EmptyCanvasHint } from './EmptyCanvasHint';
import { FarEdgeLayer } from './FarEdgeLayer';
import { FarNodeLayer } from './FarNodeLayer';
import { type EdgeDecorations, splitFarEdges } from './far-edges';
import { allMeasured, type NodeDecorations } from './far-nodes';
import { TYPICAL_NODE_SIZE } from './geometry';
import { setConnectingFrom, setHandlesEverywhere } from './handle-visibility';
import { MinimapNodeCanvas } from './MinimapNodeCanvas';
import { EMPTY_OVERLAY } from './overlay-types';
import { carrySource, reconcileNodes } from './reconcile';
import { useFarHover } from './useFarHover';
import { ViewportGrid } from './ViewportGrid';
import { buildViewModel, createViewModelCache, type FlowEdge, type FlowNode } from './view-model';
import './canvas-lod.css';

export const PALETTE_DRAG_TYPE = 'application/x-egress-node-kind';

// Defined once at module level: new objects each render would remount every node.
const NODE_TYPES = { design: DesignNodeView };
const EDGE_TYPES = { design: DesignEdgeView };
// Room at the bottom for the minimap and at the left for the zoom controls, so fit view never
// hides a node under them.
const FIT_VIEW_OPTIONS = {
  padding: { top: '48px', right: '48px', bottom: '140px', left: '72px' },
  maxZoom: 1.2,
} as const;
const LABEL_ZOOM = 0.85;
const LARGE_DESIGN_NODES = 300;
/** Below this zoom a large design switches to its level of detail (canvas-lod.css, far-edges.ts):
 * compact nodes, plain links batched into a few paths, and every element rendered (when all are
 * in view anyway, per-frame visibility culling only costs). Any design drops the dot grid there. */
const FAR_ZOOM = 0.5;
/** Small enough to leave the fitted design's bottom-right nodes in view (FIT_VIEW_OPTIONS keeps room). */
const MINIMAP_STYLE = { width: 132, height: 84 };
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];
/** A fit waits for a new design's nodes to be measured (about a second at 1,000 nodes here) and
 * then animates for 200 ms; longer than this, it was interrupted. */
const FIT_LANDS_WITHIN_MS = 3000;
const NO_EDGE_DECORATIONS: EdgeDecorations = Object.freeze({});
const NO_NODE_DECORATIONS: NodeDecorations = Object.freeze({});

export function Canvas() {
  // Only what the canvas draws: a change elsewhere in the design (its name, a traffic class)
  // must not make React Flow look at 1,000 nodes again.
  // Deferred: an edit renders the inspector (where the user types) first, then the canvas in a
  // render React may split and interrupt. On a 1,000-node design that canvas update (view model,
  // batched links, React Flow's edge store) was one 60-80 ms task inside the keystroke's event.
  const latestNodes = useDesignStore((s) => s.design.nodes);
  const designNodes = useDeferredValue(latestNodes);
  const designLinks = useDeferredValue(useDesignStore((s) => s.design.links));
  const selection = useUiStore((s) => s.selection);
  const theme = useUiStore((s) => s.theme);
  const fitViewRequest = useUiStore((s) => s.fitViewRequest);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  // Link labels clutter a zoomed-out overview: show them from this zoom on (and always on hover
  // and selection). The selector returns a boolean, so the canvas re-renders only when it flips.
  const showLabels = useStore((s) => s.transform[2] >= LABEL_ZOOM);
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);
  // Big designs drop shadows and transitions: software-rastered paint of 1,000 shadows per frame
  // is what makes panning stutter (React Flow's performance guidance: simplify styles at scale).
  const large = designNodes.length > LARGE_DESIGN_NODES;
  // The last fit request whose view has landed (fitView's promise resolves when it has).
  const [fitLanded, setFitLanded] = useState(0);
  // While a fit is on its way, a large design is drawn at the overview's level of detail already:
  // a newly opened 1,000-node design otherwise mounted its 2,000 links at the old zoom, only to
  // remove them when the fit landed, about a second of the load.
  const fitPending = fitViewRequest > fitLanded;
  const farLarge = large && (far || fitPending);
  // Before the nodes of a newly large (or small) design mount: they render with the right handles.
  useLayoutEffect(() => setHandlesEverywhere(!large), [large]);

  const cache = useRef(createViewModelCache());
  // Decorations reach nodes and edges through their own overlay subscriptions, not the view model.
  const vm = useMemo(
    () => buildViewModel({ nodes: designNodes, links: designLinks }, selection, EMPTY_OVERLAY, cache.current),
    [designNodes, designLinks, selection],
  );

  // Zoomed out on a large design, only links the user acts on stay React Flow edges; the batched
  // rest need the overlay's link decorations as a whole (near, each edge reads its own).
  // Deferred like the design above: a new overlay re-batches 2,000 links, and React may split that.
  const farDecorations = useDeferredValue(useOverlayStore((s) => (farLarge ? s.settled.edges : NO_EDGE_DECORATIONS)));
  const farEdges = useMemo(
    () => (farLarge ? splitFarEdges(vm.edges, farDecorations) : null),
    [farLarge, vm.edges, farDecorations],
  );

  const [nodes, setNodes] = useState<FlowNode[]>(vm.nodes);
  useEffect(() => {
    setNodes((previous) => reconcileNodes(previous, vm.nodes));
  }, [vm.nodes]);

  // Zoomed out on a large design, the nodes are painted as batched boxes and React Flow's node
  // elements are taken off the page but for the selected, dragged and hovered ones (far-nodes.ts,
  // canvas-lod.css). Only once every node is measured: an element not displayed is never measured.
  const measured = useMemo(() => allMeasured(nodes), [nodes]);
  const painted = farLarge && measured;
  const farNodeDecorations = useDeferredValue(
    useOverlayStore((s) => (painted ? s.settled.nodes : NO_NODE_DECORATIONS)),
  );
  const farHover = useFarHover(wrapper, nodes, painted);

  useEffect(() => {
    registerCanvas(flow, wrapper.current);
    return () => registerCanvas(null, null);
  }, [flow]);

  // A fit asked for with a new design (an open, a template) waits for the deferred render that
  // brings its nodes, or it would fit the design before.
  const fitted = useRef(0);
  const caughtUp = designNodes === latestNodes;
  useEffect(() => {
    if (fitViewRequest > fitted.current && caughtUp) {
      // After the new nodes are measured.
      const id = requestAnimationFrame(() => {
        // The first fit (the design the app opens with) is not animated: there is no earlier view
        // to move from, and a view still gliding when the page looks ready moves the node under a
        // first click away between press and release (the click then selects nothing).
        const duration = fitted.current === 0 ? 0 : 200;
        fitted.current = fitViewRequest;
        const request = fitViewRequest;
        const landed = () => setFitLanded((shown) => Math.max(shown, request));
        void flow.fitView({ ...FIT_VIEW_OPTIONS, duration }).then(landed);
        // React Flow settles fitView's promise when its animation ends, never when the user
        // interrupts it (a wheel zoom mid-way): stop waiting after a while in any case.
        setTimeout(landed, FIT_LANDS_WITHIN_MS);
      });
      return () => cancelAnimationFrame(id);
    }
  }, [fitViewRequest, caughtUp, flow]);

  // True between drag start and drag stop: positions then stay local until the drop commits them.
  const dragging = useRef(false);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    // Selection is ours (ui-store); sizes and drag positions are React Flow's.
    applySelectChanges('node', changes);
    if (!dragging.current) commitKeyboardMoves(changes);
    const local = changes.filter((c) => c.type === 'dimensions' || c.type === 'position');
    if (local.length === 0) return;
    setNodes((current) => {
      const next = applyNodeChanges(local, current);
      for (let i = 0; i < next.length; i++) {
        const before = current[i];
        const after = next[i];
        if (before && after && before !== after) carrySource(before, after);
      }
      return next;
    });
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    // Edges are fully derived from the design: only their selection changes here.
    applySelectChanges('link', changes);
  }, []);

  const onNodeDragStart = useCallback(() => {
    dragging.current = true;
  }, []);

  const onNodeDragStop = useCallback((_event: unknown, _node: FlowNode, dragged: FlowNode[]) => {
    dragging.current = false;
    const positions = new Map<string, Position>(dragged.map((n) => [n.id, n.position]));
    const label =
      dragged.length === 1 ? `Move ${dragged[0]?.data.node.name ?? 'node'}` : `Move ${dragged.length} nodes`;
    updateDesign(label, (d) => moveNodesCommand(d, positions));
  }, []);

  const onConnectStart = useCallback((_event: unknown, { nodeId }: { nodeId: string | null }) => {
    setConnectingFrom(nodeId);
  }, []);
  const onConnectEnd = useCallback(() => setConnectingFrom(null), []);

  const onConnect = useCallback((connection: Connection) => {
    let created: string | null = null;
    updateDesign('Connect', (d) => {
      const result = connectCommand(d, connection.source, connection.target);
      if (!result.ok) {
        notify({ kind: 'info', title: 'Not connected', detail: result.reason });
        return d;
      }
      created = result.id;
      return result.design;
    });
    if (created) selectOnly('link', created);
  }, []);

  // A mode that takes over clicks (what-if) is read when a click happens, not subscribed to: a
  // changed callback or `elementsSelectable` prop would re-render every node and edge wrapper
  // (a 300-500 ms task at 1,000 nodes each time what-if mode is entered or left).
  const onNodeClick = useCallback((_event: unknown, node: FlowNode) => {
    const elementClick = useOverlayStore.getState().elementClick;
    if (elementClick && !elementClick('node', node.id)) selectOnly('node', node.id);
  }, []);

  const onEdgeClick = useCallback((_event: unknown, edge: FlowEdge) => {
    const elementClick = useOverlayStore.getState().elementClick;
    if (elementClick && !elementClick('link', edge.id)) selectOnly('link', edge.id);
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!isNodeKind(kind)) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      // Centre the node under the pointer.
      addNodeAt(kind, { x: at.x - TYPICAL_NODE_SIZE.width / 2, y: at.y - TYPICAL_NODE_SIZE.height / 2 });
    },
    [flow],
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for palette drags; keyboard users add nodes by clicking the palette
    <div
      className={`canvas${showLabels ? '' : ' labels-hidden'}${large ? ' is-large' : ''}${farLarge ? ' is-far' : ''}${painted ? ' is-painted' : ''}`}
      ref={wrapper}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-testid="canvas"
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={farEdges ? farEdges.interactive : vm.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onConnectStart={onConnectStart}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onPaneMouseMove={farHover.onPaneMouseMove}
        onPaneMouseLeave={farHover.onPaneMouseLeave}
        onNodeMouseLeave={farHover.onNodeMouseLeave}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={36}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        deleteKeyCode={null}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.05}
        maxZoom={2.5}
        colorMode={theme}
        onlyRenderVisibleElements={large && !farLarge}
        proOptions={{ hideAttribution: true }}
      >
        {/* Zoomed out, the dots would be a few px apart: a grey haze. */}
        {far ? null : <ViewportGrid />}
        {farEdges ? <FarEdgeLayer nodes={nodes} edges={farEdges.batched} decorations={farDecorations} /> : null}
        {/* After the links' layer (painted implies farEdges, so it mounts no earlier): the same
            z-index, so the boxes paint over the lines. */}
        {painted ? <FarNodeLayer nodes={nodes} decorations={farNodeDecorations} /> : null}
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
        {/* Under the minimap: a large design's minimap nodes as one canvas (minimap-raster.ts). */}
        {large ? <MinimapNodeCanvas nodes={nodes} size={MINIMAP_STYLE} theme={theme} /> : null}
        <MiniMap
          position="bottom-right"
          style={MINIMAP_STYLE}
          pannable
          zoomable
          nodeClassName={minimapClass}
          ariaLabel="Overview map"
        />
      </ReactFlow>
      {designNodes.length === 0 ? <EmptyCanvasHint /> : null}
    </div>
  );
}

/** React Flow moves focused, selected nodes with the arrow keys (its keyboard accessibility):
 * those moves arrive as position changes outside a drag and go straight into the design; a run
 * of them is one undo step. */
function commitKeyboardMoves(changes: readonly NodeChange<FlowNode>[]) {
  const positions = new Map<string, Position>();
  for (const c of changes) {
    if (c.type === 'position' && c.position && !c.dragging) positions.set(c.id, c.position);
  }
  if (positions.size === 0) return;
  updateDesign('Move with keyboard', (d) => moveNodesCommand(d, positions), {
    coalesceKey: `keyboard-move:${[...positions.keys()].join()}`,
  });
}

/** Folds React Flow's select/deselect changes into the ui-store selection. */
function applySelectChanges(kind: 'node' | 'link', changes: readonly (NodeChange<FlowNode> | EdgeChange<FlowEdge>)[]) {
  // While a mode takes over clicks, React Flow's own selection changes are ignored: the mode's
  // handler decides what a click does (see onNodeClick).
  if (useOverlayStore.getState().elementClick) return;
  const selects = changes.filter((c) => c.type === 'select');
  if (selects.length === 0) return;
  const current = getSelection();
  const ids = new Set(kind === 'node' ? current.nodeIds : current.linkIds);
  for (const change of selects) {
    if (change.selected) ids.add(change.id);
    else ids.delete(change.id);
  }
  const list = [...ids];
  setSelection(
    kind === 'node' ? { nodeIds: list, linkIds: current.linkIds } : { nodeIds: current.nodeIds, linkIds: list },
  );
}

function minimapClass(node: FlowNode): string {
  return `mm-${node.data.node.kind}`;
}

function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

/** Adds a node of `kind` at `position` as one undo step and selects it. */
export function addNodeAt(kind: NodeKind, position: Position): void {
  let id = '';
  updateDesign(`Add ${kind}`, (d) => {
    const result = addNodeCommand(d, kind, position);
    id = result.id;
    return result.design;
  });
  if (id) selectOnly('node', id);
}
