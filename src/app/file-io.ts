// Save and open design files. Opening never touches the design in hand or the autosave unless
// the file loads cleanly; every problem is shown with where it is.
import {
  type Design,
  describeProblems,
  formatFromName,
  loadDesignText,
  MAX_DESIGN_BYTES,
  serializeDesignJson,
  slugify,
} from '../model';
import { replaceDesign } from '../state/design-store';
import { notify } from '../state/notifications';
import { clearSelection, requestFitView } from '../state/ui-store';

export function saveDesignFile(design: Design): void {
  const text = serializeDesignJson(design);
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${slugify(design.meta.name) || 'design'}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  notify({ kind: 'success', title: `Saved ${a.download}` });
}

/** Opens the browser's file picker; the chosen file goes through openDesignFile. */
export function pickAndOpenFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,.yaml,.yml,application/json,text/yaml';
  input.dataset.testid = 'open-file-input';
  input.style.display = 'none';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.remove();
    if (file) void openDesignFile(file);
  });
  document.body.append(input);
  input.click();
}

export async function openDesignFile(file: File): Promise<boolean> {
  if (file.size > MAX_DESIGN_BYTES) {
    notify({
      kind: 'error',
      title: `Could not open ${file.name}`,
      detail: `the file is ${(file.size / 1048576).toFixed(1)} MB; designs are limited to ${MAX_DESIGN_BYTES / 1048576} MB. Nothing was changed.`,
    });
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    notify({ kind: 'error', title: `Could not read ${file.name}`, detail: String(error) });
    return false;
  }
  const result = loadDesignText(text, formatFromName(file.name));
  if (!result.ok) {
    notify({
      kind: 'error',
      title: `Could not open ${file.name}: nothing was changed`,
      detail: describeProblems(result.problems),
    });
    return false;
  }
  replaceDesign(result.design, `Open ${file.name}`);
  clearSelection();
  requestFitView();
  notify({
    kind: 'success',
    title: `Opened ${file.name}`,
    ...(result.migratedFrom ? { detail: `Upgraded from schema version ${result.migratedFrom}.` } : {}),
  });
  return true;
}
