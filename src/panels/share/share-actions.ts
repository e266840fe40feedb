// What the share feature's file actions do (registered in entries.ts, loaded on first use).
import type { DesignFormat } from '../../model';
import { describeShareError, exportDesignFile } from '../../share';
import { getDesign, replaceDesign } from '../../state/design-store';
import { notify } from '../../state/notifications';
import { clearSelection, requestFitView } from '../../state/ui-store';
import { readBackup } from './backup';
import { downloadText } from './download';

export function exportDesign(format: DesignFormat): void {
  const file = exportDesignFile(getDesign(), format);
  if (!file.ok) {
    notify({ kind: 'error', title: 'The design cannot be exported', detail: describeShareError(file.error) });
    return;
  }
  downloadText(file.value.text, file.value.fileName, file.value.mimeType);
  notify({ kind: 'success', title: `Saved ${file.value.fileName}` });
}

export function restorePreviousDesign(): void {
  const backup = readBackup();
  if (!backup) {
    notify({ kind: 'error', title: 'There is no previous design to restore' });
    return;
  }
  replaceDesign(backup.design, 'Restore the design from before the link');
  clearSelection();
  requestFitView();
  notify({
    kind: 'success',
    title: `Restored "${backup.design.meta.name}"`,
    detail: 'Undo goes back to the shared design.',
  });
}
