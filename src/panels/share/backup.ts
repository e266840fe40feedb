// The design a share link replaced, kept so opening a link never loses local work: Share ▸
// Restore previous design brings it back (as an undoable step). One backup, the latest.
import { create } from 'zustand';
import { type Design, loadDesignValue } from '../../model';

const KEY = 'egress-designer:share:previous';

export interface Backup {
  design: Design;
  /** ISO time the link replaced it. */
  keptAt: string;
}

/** Whether a backup exists, for enabling the restore action and showing it in the panel. */
export const useBackupStore = create<{ keptAt: string | null }>()(() => ({ keptAt: readBackup()?.keptAt ?? null }));

export function keepBackup(design: Design, now = new Date()): void {
  const keptAt = now.toISOString();
  // Throws when storage is full or unavailable: the caller must then not replace the design.
  globalThis.localStorage.setItem(KEY, JSON.stringify({ keptAt, design }));
  useBackupStore.setState({ keptAt });
}

export function readBackup(): Backup | null {
  try {
    const text = globalThis.localStorage?.getItem(KEY);
    if (!text) return null;
    const value = JSON.parse(text) as { keptAt?: unknown; design?: unknown };
    const loaded = loadDesignValue(value.design);
    if (!loaded.ok || typeof value.keptAt !== 'string') return null;
    return { design: loaded.design, keptAt: value.keptAt };
  } catch {
    return null;
  }
}
