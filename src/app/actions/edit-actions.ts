// Edit: undo/redo, delete, copy/cut/paste, duplicate, select all.
import { copyCommand, deleteElementsCommand, nudgeNodesCommand } from '../../state/commands';
import { getDesign, historyInfo, redo, undo, updateDesign } from '../../state/design-store';
import { clearSelection, getSelection, setSelection } from '../../state/ui-store';
import { getClipboard, setClipboard } from '../clipboard-buffer';
import { pasteFromMenu, pastePayload } from '../clipboard-paste';
import type { ActionEntry } from '../registry';

const hasSelection = () => {
  const s = getSelection();
  return s.nodeIds.length > 0 || s.linkIds.length > 0;
};

function deleteSelection(label: string) {
  const selection = getSelection();
  const count = selection.nodeIds.length + selection.linkIds.length;
  if (count === 0) return;
  updateDesign(`${label} ${count === 1 ? 'element' : `${count} elements`}`, (d) => deleteElementsCommand(d, selection));
  clearSelection();
}

function copySelection(): boolean {
  const payload = copyCommand(getDesign(), getSelection());
  if (payload) setClipboard(payload);
  return payload !== null;
}

/** Pastes this tab's copy (Duplicate). Ctrl/Cmd+V is the browser's paste event, handled by
 * clipboard-paste.ts so that copies from other tabs paste too. */
function pasteOwnCopy() {
  const payload = getClipboard();
  if (payload) pastePayload(payload);
}

const NUDGES = [
  ['left', 'ArrowLeft', -1, 0],
  ['right', 'ArrowRight', 1, 0],
  ['up', 'ArrowUp', 0, -1],
  ['down', 'ArrowDown', 0, 1],
] as const;

/** Arrow keys move the selected nodes 10 px (50 with Shift); a run of nudges is one undo step. */
const NUDGE_ACTIONS: ActionEntry[] = NUDGES.flatMap(([name, key, dx, dy]) =>
  [1, 5].map((factor) => ({
    id: `nudge-${name}${factor > 1 ? '-far' : ''}`,
    label: `Move selection ${name}`,
    group: 'edit' as const,
    placement: 'hidden' as const,
    shortcut: factor > 1 ? `Shift+${key}` : key,
    perform: () => {
      const ids = getSelection().nodeIds;
      updateDesign('Nudge', (d) => nudgeNodesCommand(d, ids, dx * 10 * factor, dy * 10 * factor), {
        coalesceKey: `nudge:${ids.join()}`,
      });
    },
    enabled: () => getSelection().nodeIds.length > 0,
  })),
);

export const EDIT_ACTIONS: ActionEntry[] = [
  ...NUDGE_ACTIONS,
  {
    id: 'undo',
    label: 'Undo',
    group: 'edit',
    icon: '↶',
    placement: 'toolbar',
    shortcut: 'Mod+Z',
    description: 'Undo the last change',
    perform: undo,
    enabled: () => historyInfo().canUndo,
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'edit',
    icon: '↷',
    placement: 'toolbar',
    shortcut: ['Mod+Shift+Z', 'Mod+Y'],
    description: 'Redo the change you undid',
    perform: redo,
    enabled: () => historyInfo().canRedo,
  },
  {
    id: 'delete',
    label: 'Delete',
    group: 'edit',
    shortcut: ['Delete', 'Backspace'],
    description: 'Delete the selected nodes and links (links of a deleted node go with it)',
    perform: () => deleteSelection('Delete'),
    enabled: hasSelection,
  },
  {
    id: 'copy',
    label: 'Copy',
    group: 'edit',
    shortcut: 'Mod+C',
    perform: () => void copySelection(),
    enabled: () => getSelection().nodeIds.length > 0,
  },
  {
    id: 'cut',
    label: 'Cut',
    group: 'edit',
    shortcut: 'Mod+X',
    perform: () => {
      if (copySelection()) deleteSelection('Cut');
    },
    enabled: () => getSelection().nodeIds.length > 0,
  },
  {
    id: 'paste',
    label: 'Paste',
    group: 'edit',
    // No `shortcut`: binding Mod+V would cancel the keydown and with it the browser's paste event,
    // the only prompt-free way to read what another tab copied (clipboard-paste.ts).
    description: 'Paste copied nodes and links (Ctrl/Cmd+V), also from another designer tab',
    perform: pasteFromMenu,
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    group: 'edit',
    shortcut: 'Mod+D',
    perform: () => {
      if (copySelection()) pasteOwnCopy();
    },
    enabled: () => getSelection().nodeIds.length > 0,
  },
  {
    id: 'select-all',
    label: 'Select all',
    group: 'edit',
    shortcut: 'Mod+A',
    perform: () => {
      const d = getDesign();
      setSelection({ nodeIds: d.nodes.map((n) => n.id), linkIds: d.links.map((l) => l.id) });
    },
  },
  {
    id: 'deselect',
    label: 'Clear selection',
    group: 'edit',
    shortcut: 'Escape',
    placement: 'hidden',
    perform: clearSelection,
  },
];
