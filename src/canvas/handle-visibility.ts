// Which nodes mount their four connection handles. A handle is a React Flow component with its
// own store subscription, run on every pan and drag frame; on a 1,000-node design the 4,000 of
// them were a fifth of the page's elements and about 7 MB of the heap, and they lengthened every
// garbage collection. So a large design mounts handles only where a connection can start or end:
// on the hovered node, the selected nodes and the node a connection is being drawn from.
// Small designs keep them on every node (they light up everywhere while connecting).
import { create } from 'zustand';

interface HandleVisibility {
  /** Every node mounts its handles (designs small enough for it). Off until the canvas knows the
   * design's size: a large design opened first thing then never mounts 4,000 handles only to drop them. */
  everywhere: boolean;
  /** The node a connection is being drawn from: it keeps its handles when the pointer leaves it. */
  connectingFrom: string | null;
}

const useHandleVisibility = create<HandleVisibility>()(() => ({ everywhere: false, connectingFrom: null }));

export function setHandlesEverywhere(everywhere: boolean): void {
  if (useHandleVisibility.getState().everywhere !== everywhere) useHandleVisibility.setState({ everywhere });
}

export function setConnectingFrom(nodeId: string | null): void {
  useHandleVisibility.setState({ connectingFrom: nodeId });
}

/** True when node `id` must mount its handles whatever its hover and selection state. A boolean
 * per node, so a change re-renders only the nodes whose answer flips. */
export function useHandlesPinned(id: string): boolean {
  return useHandleVisibility((s) => s.everywhere || s.connectingFrom === id);
}
