// The custom edge: a floating line styled by transport (MPLS solid, internet dashed, 4G/5G
// dotted, interconnect bold), a lock for tunnels, and the overlay's colour/width/animation, with
// the link's utilisation heat as a glow under the line.
import { BaseEdge, type EdgeProps, type ReactFlowState, useInternalNode, useStore } from '@xyflow/react';
import { memo } from 'react';
import { shallow } from 'zustand/shallow';
import { useEdgeDecoration } from '../state/overlay-store';
import { floatingEdge, type Rect } from './geometry';
import { linkLabel } from './labels';
import { type ClipTuple, clipSegment, viewClip } from './view-clip';
import { edgePaint, type FlowEdge, type FlowNode } from './view-model';

function DesignEdgeViewImpl({ id, source, target, data, selected }: EdgeProps<FlowEdge>) {
  const sourceNode = useInternalNode<FlowNode>(source);
  const targetNode = useInternalNode<FlowNode>(target);
  // Its own slice of the overlay: a new overlay re-renders only the edges it changes.
  const decoration = useEdgeDecoration(id);
  const clip = useStore(clipSelector, shallow);
  if (!sourceNode || !targetNode || !data) return null;
  const s = rectOf(sourceNode);
  const t = rectOf(targetNode);
  if (!s || !t) return null;
  const { link } = data;
  const geometry = floatingEdge(s, t, data.parallelIndex, data.parallelCount);
  // Drawn: the part near the view (view-clip.ts); the label stays at the whole line's middle.
  let drawn = geometry.path;
  let dashOffset = 0;
  if (geometry.line) {
    const [x0, y0, x1, y1] = clip;
    const part = clipSegment(geometry.line.from, geometry.line.to, { x0, y0, x1, y1 });
    if (!part) return null;
    drawn = `M${part.from.x},${part.from.y} L${part.to.x},${part.to.y}`;
    dashOffset = part.offset;
  }
  const classes = ['de', `de-${link.transport}`];
  if (link.encapsulation !== 'none') classes.push('de-tunnel');
  if (selected) classes.push('is-selected');
  if (decoration?.dimmed) classes.push('is-dimmed');
  if (decoration?.failed) classes.push('is-failed');
  if (decoration?.label) classes.push('has-overlay-label');
  if (decoration?.animated) classes.push(decoration.reverse ? 'is-flowing-reverse' : 'is-flowing');
  const paint = edgePaint(decoration);
  const style: React.CSSProperties = {};
  if (paint.stroke) style.stroke = paint.stroke;
  if (paint.strokeWidth) style.strokeWidth = paint.strokeWidth;
  if (dashOffset) style.strokeDashoffset = dashOffset;
  const cloud = [sourceNode, targetNode].map((n) => n.data.node).find((n) => n.kind === 'cloud');
  const label = decoration?.label ?? linkLabel(link, cloud?.kind === 'cloud' ? cloud.provider : undefined);
  return (
    <g className={classes.join(' ')} data-testid={`link-${id}`}>
      {paint.heatColor ? (
        <path
          className="de-heat"
          d={drawn}
          style={{ stroke: paint.heatColor, strokeWidth: paint.heatWidth }}
          data-testid={`link-heat-${id}`}
        />
      ) : null}
      <BaseEdge id={id} path={drawn} style={style} interactionWidth={16} />
      <text className="de-label" x={geometry.labelX} y={geometry.labelY} dy={-6} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

function rectOf(node: {
  internals: { positionAbsolute: { x: number; y: number } };
  measured: { width?: number; height?: number };
}): Rect | null {
  const { width, height } = node.measured;
  if (!width || !height) return null;
  return { x: node.internals.positionAbsolute.x, y: node.internals.positionAbsolute.y, width, height };
}

export const DesignEdgeView = memo(DesignEdgeViewImpl);

/** The view's clip rectangle, a tuple that changes only when the view crosses a block edge. */
function clipSelector(s: ReactFlowState): ClipTuple {
  return viewClip(s.transform, s.width || 1, s.height || 1);
}
