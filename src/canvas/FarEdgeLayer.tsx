// Draws the batched links of a zoomed-out large design (far-edges.ts) under the nodes, inside the
// viewport so a pan moves them with everything else.
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo, useRef } from 'react';
import { buildFarEdgeGroups, createFarEdgeCache, type EdgeDecorations, farStrokeWidth } from './far-edges';
import type { FlowEdge, FlowNode } from './view-model';

interface FarEdgeLayerProps {
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
  decorations: EdgeDecorations;
}

function FarEdgeLayerImpl({ nodes, edges, decorations }: FarEdgeLayerProps) {
  const cache = useRef(createFarEdgeCache());
  const groups = useMemo(
    () => buildFarEdgeGroups(nodes, edges, decorations, cache.current),
    [nodes, edges, decorations],
  );
  return (
    <ViewportPortal>
      <svg className="far-edges" aria-hidden="true" data-testid="far-edges">
        {groups.map((g) => {
          const width = g.className === 'fe-heat' ? farStrokeWidth(6) : farStrokeWidth(g.strokeWidth);
          return (
            <path
              key={g.key}
              className={g.className}
              d={g.d}
              data-count={g.count}
              style={{
                ...(g.stroke ? { stroke: g.stroke } : {}),
                ...(width ? { strokeWidth: width } : {}),
              }}
            />
          );
        })}
      </svg>
    </ViewportPortal>
  );
}

export const FarEdgeLayer = memo(FarEdgeLayerImpl);
