// Delete from the inspector, for users who do not know the Delete key.
import { runAction } from '../../app/useShortcuts';

export function DeleteButton({ what }: { what: 'node' | 'link' }) {
  return (
    <button
      type="button"
      className="btn btn-small btn-danger form-delete"
      data-testid="inspector-delete"
      title={what === 'node' ? 'Delete this node and its links (Delete)' : 'Delete this link (Delete)'}
      onClick={() => runAction('delete')}
    >
      Delete
    </button>
  );
}
