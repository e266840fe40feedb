// The four node kinds, to drag onto the canvas or click to add at the centre of the view.
import type { DragEvent } from 'react';
import { addNodeAt, PALETTE_DRAG_TYPE } from '../../canvas/Canvas';
import { viewBounds, viewCenter } from '../../canvas/canvas-api';
import { KindIcon } from '../../canvas/icons';
import { freeSpotNear } from '../../canvas/placement';
import type { NodeKind } from '../../model';
import { getDesign } from '../../state/design-store';

const ITEMS: readonly { kind: NodeKind; label: string; help: string }[] = [
  { kind: 'site', label: 'Site', help: 'An office, branch or data centre whose users send traffic' },
  { kind: 'hub', label: 'Egress hub', help: 'A security gateway (firewall, IPS, web gateway) where traffic leaves' },
  { kind: 'cloud', label: 'Cloud region', help: 'An AWS, Azure, Google, Alibaba or Oracle region' },
  { kind: 'internet', label: 'Internet / SaaS', help: 'The public internet or a SaaS service' },
];

export function Palette() {
  const onDragStart = (event: DragEvent, kind: NodeKind) => {
    event.dataTransfer.setData(PALETTE_DRAG_TYPE, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const onClick = (kind: NodeKind) => {
    addNodeAt(
      kind,
      freeSpotNear(
        getDesign().nodes.map((n) => n.position),
        viewCenter(),
        viewBounds(),
      ),
    );
  };
  return (
    <aside className="palette" aria-label="Add nodes">
      <div className="palette-title">Add</div>
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          className={`palette-item palette-${item.kind}`}
          draggable
          data-testid={`palette-${item.kind}`}
          title={`${item.help}. Drag onto the canvas, or click to add.`}
          onDragStart={(e) => onDragStart(e, item.kind)}
          onClick={() => onClick(item.kind)}
        >
          <span className="palette-icon">
            <KindIcon kind={item.kind} size={26} />
          </span>
          <span className="palette-label">{item.label}</span>
        </button>
      ))}
      <div className="palette-hint">Drag to the canvas, or click. Connect by dragging from a node's dot.</div>
    </aside>
  );
}
