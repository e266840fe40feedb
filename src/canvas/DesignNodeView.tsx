// The custom node: icon, name, one line of context, analysis badges. Memoised: React Flow
// re-renders it only when its own flow node object changes (see view-model.ts).
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useNodeDecoration } from '../state/overlay-store';
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
      {HANDLES.map((h) => (
        <Handle
          key={h.id}
          id={h.id}
          type="source"
          position={h.position}
          className="dn-handle"
          title="Drag to another node to connect"
        />
      ))}
    </div>
  );
}

export const DesignNodeView = memo(DesignNodeViewImpl);
