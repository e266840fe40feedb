// Draws the nodes of a zoomed-out large design as batched boxes (far-nodes.ts), over the batched
// links and under React Flow's own elements (the few nodes still displayed), inside the viewport
// so a pan moves them with everything else.
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo, useRef } from 'react';
import { buildFarNodeGroups, createFarNodeCache, type NodeDecorations } from './far-nodes';
import type { FlowNode } from './view-model';

interface FarNodeLayerProps {
  nodes: readonly FlowNode[];
  decorations: NodeDecorations;
}

function FarNodeLayerImpl({ nodes, decorations }: FarNodeLayerProps) {
  const cache = useRef(createFarNodeCache());
  const groups = useMemo(() => buildFarNodeGroups(nodes, decorations, cache.current), [nodes, decorations]);
  return (
    <ViewportPortal>
      <svg className="far-nodes" aria-hidden="true" data-testid="far-nodes">
        {groups.map((g) => (
          <path
            key={g.key}
            className={g.className}
            d={g.d}
            data-count={g.count}
            style={g.opacity === undefined ? undefined : { opacity: g.opacity }}
          />
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const FarNodeLayer = memo(FarNodeLayerImpl);
