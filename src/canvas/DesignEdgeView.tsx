// The custom edge: a floating line styled by transport (MPLS solid, internet dashed, 4G/5G
// dotted, interconnect bold), a lock for tunnels, and the overlay's colour/width/animation, with
// the link's utilisation heat as a glow under the line.
import { BaseEdge, type EdgeProps, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import { useEdgeDecoration } from '../state/overlay-store';
import { floatingEdge, type Rect } from './geometry';
import { linkLabel } from './labels';
import { edgePaint, type FlowEdge, type FlowNode } from './view-model';

function DesignEdgeViewImpl({ id, source, target, data, selected }: EdgeProps<FlowEdge>) {
  const sourceNode = useInternalNode<FlowNode>(source);
  const targetNode = useInternalNode<FlowNode>(target);
  // Its own slice of the overlay: a new overlay re-renders only the edges it changes.
  const decoration = useEdgeDecoration(id);
  if (!sourceNode || !targetNode || !data) return null;
  const s = rectOf(sourceNode);
  const t = rectOf(targetNode);
  if (!s || !t) return null;
  const { link } = data;
  const geometry = floatingEdge(s, t, data.parallelIndex, data.parallelCount);
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
  const cloud = [sourceNode, targetNode].map((n) => n.data.node).find((n) => n.kind === 'cloud');
  const label = decoration?.label ?? linkLabel(link, cloud?.kind === 'cloud' ? cloud.provider : undefined);
  return (
    <g className={classes.join(' ')} data-testid={`link-${id}`}>
      {paint.heatColor ? (
        <path
          className="de-heat"
          d={geometry.path}
          style={{ stroke: paint.heatColor, strokeWidth: paint.heatWidth }}
          data-testid={`link-heat-${id}`}
        />
      ) : null}
      <BaseEdge id={id} path={geometry.path} style={style} interactionWidth={16} />
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
