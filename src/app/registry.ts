// The shell's extension points. Each feature adds ONE line to one of these arrays; the toolbar,
// menus, keyboard shortcuts, side panels and e2e tests all read them (excalidraw's action registry).
import type { ComponentType } from 'react';
import { EXPORT_ACTIONS } from '../panels/export/actions';
import { SHARE_ACTIONS, SHARE_LINK_SOURCE, SHARE_PANEL } from '../panels/share/entries';
import { ANALYSIS_ACTIONS } from '../panels/status/analysis-actions';
import { FOUNDATION_ACTIONS } from './actions';
import { installPasteListener } from './clipboard-paste';
import { lazyPanel } from './lazy-panel';
import { lazyService } from './startup-run';
import type { StartupService, StartupSource } from './startup-types';

export type { StartupContext, StartupResult, StartupService, StartupSource } from './startup-types';

export interface PanelEntry {
  /** Stable id, also the tab's test id: `panel-tab-<id>`. */
  id: string;
  title: string;
  area: 'right' | 'bottom';
  /** Tabs sort by this, ascending. Inspector is 0. */
  order: number;
  /** May be React.lazy(() => import(...)): the shell wraps tabs in Suspense. */
  component: ComponentType;
}

export type ActionGroup = 'file' | 'edit' | 'view' | 'share' | 'export' | 'analyze';

export interface ActionEntry {
  /** Stable id, also the test id of its button / menu item: `action-<id>`. */
  id: string;
  label: string;
  group: ActionGroup;
  /** Keyboard shortcut(s), `Mod` = Ctrl on Linux/Windows, Cmd on macOS: 'Mod+Z', 'Mod+Shift+Z',
   * 'Delete', 'Shift+1'. Shortcuts are ignored while typing in an input or editor. */
  shortcut?: string | readonly string[];
  /** Longer help shown as the tooltip. */
  description?: string;
  /** 'toolbar' shows a button on the toolbar; 'menu' (default) lists it in its group's menu;
   * 'hidden' binds only the shortcut (and the command palette in tests). */
  placement?: 'toolbar' | 'menu' | 'hidden';
  /** A short glyph or emoji drawn before the label on toolbar buttons. */
  icon?: string;
  perform(): void | Promise<void>;
  enabled?(): boolean;
}

export const PANELS: PanelEntry[] = [
  {
    id: 'inspector',
    title: 'Inspector',
    area: 'right',
    order: 0,
    component: lazyPanel(() => import('../panels/inspector/Inspector')),
  },
  {
    id: 'policies',
    title: 'Policies',
    area: 'bottom',
    order: 30,
    component: lazyPanel(() => import('../panels/policies/PoliciesPanel')),
  },
  {
    id: 'traffic',
    title: 'Traffic',
    area: 'right',
    order: 10,
    component: lazyPanel(() => import('../panels/flows/TrafficPanel')),
  },
  { id: 'why', title: 'Why', area: 'right', order: 20, component: lazyPanel(() => import('../panels/why/WhyPanel')) },
  {
    id: 'whatif',
    title: 'What-if',
    area: 'right',
    order: 30,
    component: lazyPanel(() => import('../panels/whatif/WhatIfPanel')),
  },
  {
    id: 'resilience',
    title: 'Resilience',
    area: 'right',
    order: 40,
    component: lazyPanel(() => import('../panels/resilience/ResiliencePanel')),
  },
  {
    id: 'flows',
    title: 'Flows',
    area: 'bottom',
    order: 10,
    component: lazyPanel(() => import('../panels/flows/FlowsPanel')),
  },
  {
    id: 'status',
    title: 'Problems',
    area: 'bottom',
    order: 20,
    component: lazyPanel(() => import('../panels/status/StatusPanel')),
  },
  {
    id: 'legend',
    title: 'Legend',
    area: 'bottom',
    order: 40,
    component: lazyPanel(() => import('../panels/legend/Legend')),
  },
  {
    id: 'export',
    title: 'Export',
    area: 'bottom',
    order: 50,
    component: lazyPanel(() => import('../panels/export/ExportPanel')),
  },
  SHARE_PANEL,
];

export const ACTIONS: ActionEntry[] = [...FOUNDATION_ACTIONS, ...ANALYSIS_ACTIONS, ...SHARE_ACTIONS, ...EXPORT_ACTIONS];

/** Consulted in order at startup, before the autosave and the built-in sample; the first to
 * return a design wins. */
export const STARTUP_SOURCES: StartupSource[] = [SHARE_LINK_SOURCE];

/** Started once, in order, after the first design is in the store, whichever source supplied it. */
export const STARTUP_SERVICES: StartupService[] = [
  // Lazy: the worker clients stay out of the initial bundle.
  { id: 'analysis', start: lazyService(() => import('../panels/status/analysis-startup'), 'startAnalysisAtStartup') },
  // Ctrl/Cmd+V pastes elements copied in this or another tab.
  { id: 'clipboard-paste', start: installPasteListener },
];
