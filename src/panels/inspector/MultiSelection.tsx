// Several elements selected: what they are, and what can be done to all of them.
import { runAction } from '../../app/useShortcuts';
import { useDesignStore } from '../../state/design-store';
import { useUiStore } from '../../state/ui-store';

export function MultiSelection() {
  const selection = useUiStore((s) => s.selection);
  const nodes = useDesignStore((s) => s.design.nodes);
  const kinds = new Map<string, number>();
  for (const id of selection.nodeIds) {
    const kind = nodes.find((n) => n.id === id)?.kind;
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return (
    <div className="form" data-testid="multi-selection">
      <h3 className="form-title">{selection.nodeIds.length + selection.linkIds.length} elements selected</h3>
      <ul className="plain-list">
        {[...kinds].map(([kind, n]) => (
          <li key={kind}>
            {n} × {kind}
          </li>
        ))}
        {selection.linkIds.length > 0 ? <li>{selection.linkIds.length} × link</li> : null}
      </ul>
      <div className="button-row">
        <button type="button" className="btn btn-outline" onClick={() => runAction('duplicate')}>
          Duplicate
        </button>
        <button type="button" className="btn btn-danger" onClick={() => runAction('delete')}>
          Delete
        </button>
      </div>
      <p className="muted small">Drag any of them to move them together. Select one to edit its attributes.</p>
    </div>
  );
}
