// The dot grid, drawn inside the viewport instead of with React Flow's <Background>. That one
// moves its SVG pattern on every pan frame, which repaints the whole canvas each frame: under
// software raster that was most of a pan's cost with 1,000 nodes (bench/ui.bench.ts). Inside the
// viewport the dots move with the nodes, so while panning the browser only shifts the viewport's
// compositor layer and rasterises the strip that comes into view.
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';

function ViewportGridImpl() {
  return (
    <ViewportPortal>
      <div className="viewport-grid" aria-hidden="true" data-testid="viewport-grid" />
    </ViewportPortal>
  );
}

export const ViewportGrid = memo(ViewportGridImpl);
