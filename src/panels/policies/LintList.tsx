// Lint findings, errors first; each names its element and reveals it on click.
import type { Diagnostic } from '../../model';
import { getDesign } from '../../state/design-store';
import { revealPolicy } from './policies-ui-store';

const ICON = { error: '⛔', warning: '⚠', info: 'ℹ' } as const;

export function LintList({ findings }: { findings: readonly Diagnostic[] }) {
  if (findings.length === 0) {
    return (
      <p className="lint-clean" data-testid="lint-clean">
        ✓ No policy problems found.
      </p>
    );
  }
  return (
    <ul className="lint-list" data-testid="lint-list">
      {findings.map((f) => (
        <li key={`${f.code}:${f.elementId ?? ''}:${f.message}`} className={`lint-item is-${f.severity}`}>
          <button
            type="button"
            className="lint-link"
            data-testid="lint-finding"
            data-code={f.code}
            data-element={f.elementId}
            title={f.elementId ? `Show ${f.elementId}` : undefined}
            disabled={!f.elementId}
            onClick={() => f.elementId && revealPolicy(getDesign(), f.elementId)}
          >
            <span className="lint-icon" title={f.severity}>
              {ICON[f.severity]}
            </span>
            <span className="lint-message">{f.message}</span>
            {f.elementId ? <code className="lint-element">{f.elementId}</code> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
