// The share feature's entries in the shell's registries (src/app/registry.ts). This module is in
// the initial bundle, so it stays light: the codec, fflate and the panel load on first use.

import { lazyPanel } from '../../app/lazy-panel';
import type { ActionEntry, PanelEntry, StartupSource } from '../../app/registry';
import { useBackupStore } from './backup-status';
import { installFileDrop } from './file-drop';

/** True when the address holds a design link (`#d=...`), however else the fragment is used. */
export function hasDesignLink(hash: string): boolean {
  return /^#(.*&)?d=/.test(hash);
}

let installed = false;

/** Session-long listeners: a link pasted into the address bar of the running app, and design
 * files dropped on the canvas. Installed once, by the startup source. */
function installShareListeners(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('hashchange', () => {
    const hash = window.location.hash;
    if (hasDesignLink(hash)) void import('./open-link').then((m) => m.openLinkInRunningApp(hash));
  });
  installFileDrop();
}

export const SHARE_LINK_SOURCE: StartupSource = {
  id: 'share-link',
  async load(context) {
    installShareListeners();
    if (!hasDesignLink(window.location.hash)) return null;
    const { openLinkAtStartup } = await import('./open-link');
    return openLinkAtStartup(context);
  },
};

export const SHARE_PANEL: PanelEntry = {
  id: 'share',
  title: 'Share',
  area: 'right',
  order: 60,
  component: lazyPanel(() => import('./SharePanel')),
};

const share = () => import('./share-link').then((m) => m.shareCurrentDesign());
const actions = () => import('./share-actions');

export const SHARE_ACTIONS: ActionEntry[] = [
  {
    id: 'share-link',
    label: 'Share',
    group: 'share',
    placement: 'toolbar',
    icon: '↗',
    shortcut: 'Mod+Shift+L',
    description: 'Copy a link holding the whole design (layout, policies, scenarios; never private keys)',
    perform: share,
  },
  {
    id: 'share-link-menu',
    label: 'Copy share link',
    group: 'share',
    description: 'Copy a link holding the whole design',
    perform: share,
  },
  {
    id: 'restore-previous',
    label: 'Restore previous design',
    group: 'share',
    description: 'Bring back the design a share link replaced (undoable)',
    perform: () => actions().then((m) => m.restorePreviousDesign()),
    enabled: () => useBackupStore.getState().keptAt !== null,
  },
  {
    id: 'export-yaml',
    label: 'Save as .yaml',
    group: 'file',
    description: 'Download the design as a YAML file',
    perform: () => actions().then((m) => m.exportDesign('yaml')),
  },
  {
    id: 'export-svg',
    label: 'Diagram as SVG',
    group: 'export',
    description: 'Download the diagram as a vector image',
    perform: () => import('./diagram-export').then((m) => m.exportSvg()),
  },
  {
    id: 'export-png',
    label: 'Diagram as PNG',
    group: 'export',
    description: 'Download the diagram as a PNG image (2x)',
    perform: () => import('./diagram-export').then((m) => m.exportPng()),
  },
];
