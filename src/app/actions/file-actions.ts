// File: new from template, open, save.
import { getDesign } from '../../state/design-store';
import { openTemplateDialog } from '../dialogs';
import type { ActionEntry } from '../registry';

export const FILE_ACTIONS: ActionEntry[] = [
  {
    id: 'new',
    label: 'New from template…',
    group: 'file',
    shortcut: 'Mod+Alt+N',
    description: 'Start a new design: empty, or from a template (undoable)',
    perform: openTemplateDialog,
  },
  {
    id: 'open',
    label: 'Open…',
    group: 'file',
    shortcut: 'Mod+O',
    description: 'Open a design file (.json or .yaml)',
    perform: async () => (await import('../file-io')).pickAndOpenFile(),
  },
  {
    id: 'save',
    label: 'Save as .json',
    group: 'file',
    shortcut: 'Mod+S',
    description: 'Download the design as a canonical .json file',
    perform: async () => (await import('../file-io')).saveDesignFile(getDesign()),
  },
];
