// Notifications: errors stay until dismissed, the rest fade after a few seconds.
import { dismiss, useNotifications } from '../state/notifications';

export function Toasts() {
  const items = useNotifications((s) => s.items);
  return (
    <div className="toasts" aria-live="polite">
      {items.map((n) => (
        <div
          key={n.id}
          className={`toast toast-${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid={`toast-${n.kind}`}
        >
          <div className="toast-text">
            <div className="toast-title">{n.title}</div>
            {n.detail ? <pre className="toast-detail">{n.detail}</pre> : null}
          </div>
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
