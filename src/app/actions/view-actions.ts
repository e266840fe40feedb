// View: zoom, fit, auto-layout, theme.
import { getCanvas } from '../../canvas/canvas-api';
import { requestFitView, toggleTheme } from '../../state/ui-store';
import type { ActionEntry } from '../registry';

export const VIEW_ACTIONS: ActionEntry[] = [
  {
    id: 'fit-view',
    label: 'Fit to screen',
    group: 'view',
    shortcut: 'Shift+1',
    perform: requestFitView,
  },
  {
    id: 'zoom-in',
    label: 'Zoom in',
    group: 'view',
    shortcut: ['Mod+=', '='],
    perform: () => void getCanvas()?.zoomIn({ duration: 150 }),
  },
  {
    id: 'zoom-out',
    label: 'Zoom out',
    group: 'view',
    shortcut: ['Mod+-', '-'],
    perform: () => void getCanvas()?.zoomOut({ duration: 150 }),
  },
  {
    id: 'auto-layout',
    label: 'Auto-layout',
    group: 'view',
    icon: '⊞',
    placement: 'toolbar',
    shortcut: 'Shift+L',
    description: 'Arrange nodes left to right: sites, hubs, then clouds and the internet (one undo step)',
    perform: async () => {
      const { autoLayout } = await import('../auto-layout');
      await autoLayout();
    },
  },
  {
    id: 'toggle-theme',
    label: 'Toggle dark theme',
    group: 'view',
    icon: '◐',
    placement: 'toolbar',
    shortcut: 'Shift+D',
    description: 'Switch between the light and the dark theme',
    perform: toggleTheme,
  },
];
