// The bottom line: counts, selection, autosave state.
import { useAutosaveStatus } from '../state/autosave-status';
import { useDesignStore } from '../state/design-store';
import { useUiStore } from '../state/ui-store';

const AUTOSAVE_TEXT = {
  idle: 'Autosave on',
  pending: 'Saving…',
  saved: 'All changes saved in this browser',
  error: 'Autosave failed',
} as const;

export function StatusBar() {
  const nodes = useDesignStore((s) => s.design.nodes.length);
  const links = useDesignStore((s) => s.design.links.length);
  const selected = useUiStore((s) => s.selection.nodeIds.length + s.selection.linkIds.length);
  const { status, error } = useAutosaveStatus();
  return (
    <footer className="statusbar">
      <span>
        {nodes} nodes · {links} links
      </span>
      {selected > 0 ? <span>{selected} selected</span> : null}
      <span className="toolbar-spacer" />
      <span className={`autosave autosave-${status}`} data-testid="autosave-status" data-status={status} title={error}>
        {AUTOSAVE_TEXT[status]}
      </span>
    </footer>
  );
}
