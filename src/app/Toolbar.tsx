// The top bar: document name, menus per action group, toolbar buttons, all from ACTIONS.
import { useEffect, useRef, useState } from 'react';
import { updateMetaCommand } from '../state/commands';
import { historyInfo, updateDesign, useDesignStore } from '../state/design-store';
import { ACTIONS, type ActionEntry, type ActionGroup } from './registry';
import { formatShortcut, shortcutsOf } from './shortcuts';
import { runAction } from './useShortcuts';

const MENU_GROUPS: readonly { group: ActionGroup; label: string }[] = [
  { group: 'file', label: 'File' },
  { group: 'edit', label: 'Edit' },
  { group: 'view', label: 'View' },
  { group: 'analyze', label: 'Analyze' },
  { group: 'share', label: 'Share' },
  { group: 'export', label: 'Export' },
];

export function tooltipOf(action: ActionEntry): string {
  const keys = shortcutsOf(action).map((s) => formatShortcut(s));
  const base = action.description ?? action.label;
  return keys.length ? `${base} (${keys.join(' or ')})` : base;
}

export function Toolbar() {
  // Re-render when history changes so Undo/Redo enable themselves.
  useDesignStore((s) => s.design);
  const toolbarActions = ACTIONS.filter((a) => a.placement === 'toolbar');
  const info = historyInfo();
  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="brand" title="Egress Designer">
        <span className="brand-mark" aria-hidden="true">
          ⇱
        </span>
        <span className="brand-name">Egress Designer</span>
      </div>
      <DocumentName />
      <nav className="menus" aria-label="Menus">
        {MENU_GROUPS.map(({ group, label }) => {
          const items = ACTIONS.filter((a) => a.group === group && (a.placement ?? 'menu') === 'menu');
          return items.length > 0 ? <Menu key={group} label={label} items={items} /> : null;
        })}
      </nav>
      <div className="toolbar-spacer" />
      <div className="toolbar-buttons">
        {toolbarActions.map((action) => {
          const enabled = action.enabled ? action.enabled() : true;
          const title =
            action.id === 'undo' && info.undoLabel
              ? `Undo ${info.undoLabel} (${formatShortcut('Mod+Z')})`
              : action.id === 'redo' && info.redoLabel
                ? `Redo ${info.redoLabel} (${formatShortcut('Mod+Shift+Z')})`
                : tooltipOf(action);
          return (
            <button
              key={action.id}
              type="button"
              className="tb-button"
              data-testid={`action-${action.id}`}
              title={title}
              aria-label={action.label}
              disabled={!enabled}
              onClick={() => runAction(action.id)}
            >
              {action.icon ? (
                <span className="tb-icon" aria-hidden="true">
                  {action.icon}
                </span>
              ) : null}
              <span className="tb-label">{action.label}</span>
            </button>
          );
        })}
      </div>
    </header>
  );
}

function DocumentName() {
  const name = useDesignStore((s) => s.design.meta.name);
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const commit = () => {
    const trimmed = draft.trim();
    if (trimmed && trimmed !== name && trimmed.length <= 80) {
      updateDesign('Rename design', (d) => updateMetaCommand(d, { name: trimmed }));
    } else setDraft(name);
  };
  return (
    <input
      className="doc-name"
      aria-label="Design name"
      data-testid="design-name"
      value={draft}
      maxLength={80}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(name);
          e.currentTarget.blur();
        }
      }}
    />
  );
}

function Menu({ label, items }: { label: string; items: readonly ActionEntry[] }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className={`menu-button${open ? ' is-open' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={`menu-${label.toLowerCase()}`}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open ? (
        <div className="menu-list" role="menu">
          {items.map((action) => {
            const enabled = action.enabled ? action.enabled() : true;
            const keys = shortcutsOf(action);
            return (
              <button
                key={action.id}
                type="button"
                role="menuitem"
                className="menu-item"
                data-testid={`action-${action.id}`}
                title={action.description ?? action.label}
                disabled={!enabled}
                onClick={() => {
                  setOpen(false);
                  runAction(action.id);
                }}
              >
                <span>{action.label}</span>
                {keys[0] ? <kbd>{formatShortcut(keys[0])}</kbd> : null}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
