// Whether a backup of the design a share link replaced exists (see backup.ts). Kept apart from
// backup.ts because the share entries read it at startup, and checking a stored backup needs the
// design loader (zod, yaml), which must stay out of the initial download.
import { create } from 'zustand';

export const BACKUP_KEY = 'egress-designer:share:previous';

/** Whether a backup exists, for enabling the restore action and showing it in the panel. */
export const useBackupStore = create<{ keptAt: string | null }>()(() => ({ keptAt: null }));

/** Only a backup that still loads counts, so a stored one is checked off the startup path, and the
 * loader is fetched only when there is something to check. */
function checkStoredBackup(): void {
  let stored: string | null = null;
  try {
    stored = globalThis.localStorage?.getItem(BACKUP_KEY) ?? null;
  } catch {
    return;
  }
  if (!stored) return;
  void import('./backup').then(({ readBackup }) => {
    const backup = readBackup();
    // A backup kept meanwhile (a link opened) is newer than the stored one: leave it.
    if (backup && useBackupStore.getState().keptAt === null) useBackupStore.setState({ keptAt: backup.keptAt });
  });
}

checkStoredBackup();
