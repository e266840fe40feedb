// The inspector: edits the selected node or link (forms arrive in the next commits).
import { useDesignStore } from '../../state/design-store';
import { useUiStore } from '../../state/ui-store';

export default function Inspector() {
  const selection = useUiStore((s) => s.selection);
  const design = useDesignStore((s) => s.design);
  const node = design.nodes.find((n) => n.id === selection.nodeIds[0]);
  const link = design.links.find((l) => l.id === selection.linkIds[0]);
  if (node) return <div className="inspector">{node.name}</div>;
  if (link) return <div className="inspector">{link.id}</div>;
  return <div className="inspector muted">Select a node or a link to edit it.</div>;
}
