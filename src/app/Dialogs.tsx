// The one modal at a time: choose between options (startup sources), or pick a template.
import { useEffect, useState } from 'react';
import type { Design } from '../model/types';
import { blankDesign } from '../state/blank-design';
import { replaceDesign } from '../state/design-store';
import { notify } from '../state/notifications';
import { clearSelection, requestFitView } from '../state/ui-store';
import { closeDialog, useDialogStore } from './dialogs';
import type { TemplateEntry } from './templates';

export function Dialogs() {
  const dialog = useDialogStore((s) => s.dialog);
  useEffect(() => {
    if (dialog.kind === 'none') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (dialog.kind === 'choice') dialog.resolve(dialog.options[0]?.id ?? '');
      else closeDialog();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);
  if (dialog.kind === 'none') return null;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title">
        {dialog.kind === 'choice' ? (
          <>
            <h2 id="modal-title">{dialog.title}</h2>
            <p>{dialog.message}</p>
            <div className="modal-options">
              {dialog.options.map((o, i) => (
                <button
                  key={o.id}
                  type="button"
                  className={`option${i === 0 ? ' is-primary' : ''}`}
                  data-testid={`choice-${o.id}`}
                  onClick={() => dialog.resolve(o.id)}
                >
                  <span className="option-label">{o.label}</span>
                  {o.detail ? <span className="option-detail">{o.detail}</span> : null}
                </button>
              ))}
            </div>
          </>
        ) : (
          <TemplatePicker />
        )}
      </div>
    </div>
  );
}

function TemplatePicker() {
  const [templates, setTemplates] = useState<TemplateEntry[] | null>(null);
  useEffect(() => {
    import('./templates')
      .then((m) => m.listTemplates())
      .then(setTemplates)
      .catch((error: unknown) => {
        notify({ kind: 'error', title: 'Templates could not be listed', detail: String(error) });
        setTemplates([]);
      });
  }, []);
  const start = async (title: string, load: () => Promise<Design>) => {
    try {
      const design = await load();
      closeDialog();
      replaceDesign(design, `New: ${title}`);
      clearSelection();
      requestFitView();
    } catch (error) {
      notify({ kind: 'error', title: `Could not start from ${title}`, detail: String(error) });
    }
  };
  return (
    <>
      <h2 id="modal-title">New design</h2>
      <p>Start from a template. The current design stays one Undo away.</p>
      <div className="modal-options template-grid">
        <button
          type="button"
          className="option"
          data-testid="template-empty"
          onClick={() => void start('Empty design', async () => blankDesign())}
        >
          <span className="option-label">Empty design</span>
          <span className="option-detail">A blank canvas: draw it yourself.</span>
        </button>
        {(templates ?? []).map((t) => (
          <button
            key={t.file}
            type="button"
            className="option"
            data-testid={`template-${t.file.replace(/\.json$/, '')}`}
            onClick={() => void start(t.title, async () => (await import('./templates')).loadTemplate(t.file))}
          >
            <span className="option-label">{t.title}</span>
            <span className="option-detail">
              {t.description} <em>{t.nodes} nodes</em>
            </span>
          </button>
        ))}
      </div>
      {templates === null ? <p className="muted">Loading templates…</p> : null}
      <div className="modal-footer">
        <button type="button" className="btn" onClick={closeDialog}>
          Cancel
        </button>
      </div>
    </>
  );
}
