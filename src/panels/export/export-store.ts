// Session state of the export view: platform picks, the file shown, the diff toggle, and the
// previous download (kept in memory only: it contains keys, which live nowhere but the key store).
import { create } from 'zustand';
import type { PlatformPicks } from './export-model';

export interface ExportViewState {
  picks: PlatformPicks;
  selectedPath: string | null;
  showDiff: boolean;
  /** path -> content of the last downloaded bundle; null before the first download. */
  previous: ReadonlyMap<string, string> | null;
  /** Bumped after keys rotate, so the bundle is rebuilt with the new keys. */
  keyVersion: number;
}

export const useExportView = create<ExportViewState>(() => ({
  picks: {},
  selectedPath: null,
  showDiff: false,
  previous: null,
  keyVersion: 0,
}));

export function pickPlatform(nodeId: string, platform: PlatformPicks[string]): void {
  useExportView.setState((s) => ({ picks: { ...s.picks, [nodeId]: platform } }));
}

export function selectFile(path: string): void {
  useExportView.setState({ selectedPath: path });
}

export function setShowDiff(showDiff: boolean): void {
  useExportView.setState({ showDiff });
}

export function rememberDownload(files: readonly { path: string; content: string }[]): void {
  useExportView.setState({ previous: new Map(files.map((f) => [f.path, f.content])) });
}

export function keysRotated(): void {
  useExportView.setState((s) => ({ keyVersion: s.keyVersion + 1 }));
}
