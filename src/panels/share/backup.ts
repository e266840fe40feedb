// The design a share link replaced, kept so opening a link never loses local work: Share ▸
// Restore previous design brings it back (as an undoable step). One backup, the latest.
import { loadDesignValue } from '../../model/load';
import type { Design } from '../../model/types';
import { BACKUP_KEY as KEY, useBackupStore } from './backup-status';

export interface Backup {
  design: Design;
  /** ISO time the link replaced it. */
  keptAt: string;
}

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
