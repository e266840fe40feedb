// The custom node: icon, name, one line of context, analysis badges. Memoised: React Flow
// re-renders it only when its own flow node object changes (see view-model.ts).
import { Handle, type NodeProps, Position, useStoreApi, useUpdateNodeInternals } from '@xyflow/react';
import { memo, useEffect, useState } from 'react';
import { useNodeDecoration } from '../state/overlay-store';
import { useHandlesPinned } from './handle-visibility';
import { KindIcon } from './icons';
import { nodeSubtitle, PROVIDER_BADGES } from './labels';
import type { FlowNode } from './view-model';

const HANDLES = [
  { id: 't', position: Position.Top },
  { id: 'r', position: Position.Right },
  { id: 'b', position: Position.Bottom },
  { id: 'l', position: Position.Left },
] as const;

function DesignNodeViewImpl({ id, data, selected }: NodeProps<FlowNode>) {
  const { node } = data;
  // Its own slice of the overlay: a new overlay re-renders only the nodes it changes.
  const decoration = useNodeDecoration(id);
  const [hovered, setHovered] = useState(false);
  const pinned = useHandlesPinned(id);
  const handles = pinned || hovered || selected;
  const classes = ['dn', `dn-${node.kind}`];
  if (node.kind === 'cloud') classes.push(`dn-provider-${node.provider}`);
  if (selected) classes.push('is-selected');
  if (decoration?.highlight) classes.push(`hl-${decoration.highlight}`);
  if (decoration?.dimmed) classes.push('is-dimmed');
  const heat = decoration?.heat;
  return (
    <div
      className={classes.join(' ')}
      title={`${node.name} (${node.id})`}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      style={
        heat === undefined ? undefined : ({ '--heat': String(Math.max(0, Math.min(1, heat))) } as React.CSSProperties)
      }
    >
      <div className="dn-icon">
        <KindIcon kind={node.kind} />
        {node.kind === 'cloud' ? <span className="dn-provider">{PROVIDER_BADGES[node.provider]}</span> : null}
      </div>
      <div className="dn-text">
        <div className="dn-name">{node.name}</div>
        <div className="dn-sub">{nodeSubtitle(node)}</div>
      </div>
      {decoration?.badges?.length ? (
        <div className="dn-badges">
          {decoration.badges.map((b) => (
            <span key={`${b.kind}:${b.label}`} className={`dn-badge badge-${b.kind}`} title={b.label}>
              {b.label}
            </span>
          ))}
        </div>
      ) : null}
      {/* React Flow draws a link only between nodes it measured handles on, and measures them once.
          Our links float (geometry.ts) and ignore where handles are, so one invisible anchor is
          enough for that, and the real handles can come and go (handle-visibility.ts). */}
      <div className="source dn-anchor" data-handlepos="top" aria-hidden />
      {handles ? <NodeHandles id={id} /> : null}
    </div>
  );
}

/** The four handles a connection starts or ends on. A connection starts only from a handle React
 * Flow measured and snaps only to measured ones, so handles that mount on a node measured before
 * (hover, selection) ask for the node to be measured again. Not on a node still to be measured:
 * that measurement reads them anyway, and an early one would settle a pending fit view before the
 * other nodes have sizes (a fit to one node). */
function NodeHandles({ id }: { id: string }) {
  const store = useStoreApi();
  const updateNodeInternals = useUpdateNodeInternals();
  useEffect(() => {
    if (store.getState().nodeLookup.get(id)?.internals.handleBounds) updateNodeInternals(id);
  }, [id, store, updateNodeInternals]);
  return HANDLES.map((h) => (
    <Handle
      key={h.id}
      id={h.id}
      type="source"
      position={h.position}
      className="dn-handle"
      title="Drag to another node to connect"
    />
  ));
}

export const DesignNodeView = memo(DesignNodeViewImpl);
