// Intent templates: one click turns an intent into classes and rules, as one undo step.
import { useState } from 'react';
import { POLICY_TEMPLATES, type PolicyTemplate } from '../../policies/templates';
import { updateDesign } from '../../state/design-store';
import { notify } from '../../state/notifications';

export function applyPolicyTemplate(template: PolicyTemplate): void {
  let summary: string[] = [];
  updateDesign(`Apply template: ${template.title}`, (d) => {
    const result = template.apply(d);
    summary = result.summary;
    return result.design;
  });
  notify({ kind: 'success', title: template.title, detail: summary.join('\n') });
}

export function TemplatesMenu() {
  const [open, setOpen] = useState(false);
  return (
    <div className="templates-menu">
      <button
        type="button"
        className="btn btn-small"
        aria-expanded={open}
        data-testid="policy-templates"
        onClick={() => setOpen((o) => !o)}
      >
        Templates ▾
      </button>
      {open ? (
        <ul className="templates-list">
          {POLICY_TEMPLATES.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                data-testid={`policy-template-${t.id}`}
                onClick={() => {
                  setOpen(false);
                  applyPolicyTemplate(t);
                }}
              >
                <strong>{t.title}</strong>
                <span>{t.description}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
