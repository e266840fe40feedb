// Session state of the editor: selection, theme, which panel tabs are open. Never in undo history.
import { create } from 'zustand';

export type Theme = 'light' | 'dark';

export interface Selection {
  nodeIds: readonly string[];
  linkIds: readonly string[];
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], linkIds: [] };

export interface UiState {
  selection: Selection;
  theme: Theme;
  /** The open tab of each side panel (a PanelEntry id), or null for the first one. */
  rightTab: string | null;
  bottomTab: string | null;
  bottomOpen: boolean;
  /** Bumped to ask the canvas to fit the view (after open, template, auto-layout). */
  fitViewRequest: number;
}

const THEME_KEY = 'egress-designer:theme';

function initialTheme(): Theme {
  try {
    const stored = globalThis.localStorage?.getItem(THEME_KEY);
    if (stored === 'light' || stored === 'dark') return stored;
    return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

export const useUiStore = create<UiState>()(() => ({
  selection: EMPTY_SELECTION,
  theme: initialTheme(),
  rightTab: null,
  bottomTab: null,
  bottomOpen: false,
  fitViewRequest: 0,
}));

export function getSelection(): Selection {
  return useUiStore.getState().selection;
}

export function setSelection(selection: Selection): void {
  const current = useUiStore.getState().selection;
  if (sameIds(current.nodeIds, selection.nodeIds) && sameIds(current.linkIds, selection.linkIds)) return;
  useUiStore.setState({ selection });
}

export function selectOnly(kind: 'node' | 'link', id: string): void {
  setSelection(kind === 'node' ? { nodeIds: [id], linkIds: [] } : { nodeIds: [], linkIds: [id] });
}

export function clearSelection(): void {
  setSelection(EMPTY_SELECTION);
}

export function setTheme(theme: Theme): void {
  try {
    globalThis.localStorage?.setItem(THEME_KEY, theme);
  } catch {
    // Private mode or storage full: the theme still applies for this session.
  }
  useUiStore.setState({ theme });
}

export function toggleTheme(): void {
  setTheme(useUiStore.getState().theme === 'dark' ? 'light' : 'dark');
}

/** Opens a panel tab by its PanelEntry id (e.g. a finding's "show" button opening its panel). */
export function openPanel(area: 'right' | 'bottom', id: string): void {
  useUiStore.setState(area === 'right' ? { rightTab: id } : { bottomTab: id, bottomOpen: true });
}

export function requestFitView(): void {
  useUiStore.setState((s) => ({ fitViewRequest: s.fitViewRequest + 1 }));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
