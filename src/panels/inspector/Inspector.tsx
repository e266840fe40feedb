// The inspector: edits the selected node or link, a multi-selection, or (nothing selected) the
// design itself.
import { useDesignStore } from '../../state/design-store';
import { useUiStore } from '../../state/ui-store';
import { DesignForm } from './DesignForm';
import { LinkForm } from './LinkForm';
import { MultiSelection } from './MultiSelection';
import { NodeForm } from './NodeForm';

export default function Inspector() {
  const selection = useUiStore((s) => s.selection);
  const count = selection.nodeIds.length + selection.linkIds.length;
  const node = useDesignStore((s) =>
    count === 1 && selection.nodeIds[0] ? s.design.nodes.find((n) => n.id === selection.nodeIds[0]) : undefined,
  );
  const link = useDesignStore((s) =>
    count === 1 && selection.linkIds[0] ? s.design.links.find((l) => l.id === selection.linkIds[0]) : undefined,
  );
  return (
    <div className="inspector" data-testid="inspector">
      {/* Keyed by id so each element's drafts start fresh. */}
      {node ? (
        <NodeForm key={node.id} node={node} />
      ) : link ? (
        <LinkForm key={link.id} link={link} />
      ) : count > 1 ? (
        <MultiSelection />
      ) : (
        <DesignForm />
      )}
    </div>
  );
}
