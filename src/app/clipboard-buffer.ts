// The in-app clipboard: Ctrl+C / Ctrl+V work without the browser's clipboard permission. Copy
// also writes the system clipboard when allowed, so elements can be pasted in another tab
// (clipboard-paste.ts reads them back).
import type { ClipboardPayload } from '../state/commands';

let buffer: ClipboardPayload | null = null;
/** The buffer as the text copy wrote to the system clipboard: a paste of the same text is a
 * paste of this tab's own copy (same offsets), anything else is a new copy. */
let bufferText: string | null = null;
/** When the current copy was made (ms since epoch; written into the clipboard text too), so a
 * paste can tell which of this tab's copy and the system clipboard's is newer: the browser may
 * refuse the clipboard write, leaving an older copy from another tab there. */
let copiedAt = 0;
let pasteCount = 0;

export function setClipboard(payload: ClipboardPayload, now = Date.now()): void {
  adoptClipboard(payload, now);
  try {
    void globalThis.navigator?.clipboard?.writeText(bufferText ?? '').catch(() => undefined);
  } catch {
    // No clipboard API here: the in-app buffer still works.
  }
}

/** Makes `payload` (read from the system clipboard, copied in another tab) the current copy. */
export function adoptClipboard(payload: ClipboardPayload, at: number): void {
  buffer = payload;
  copiedAt = at;
  bufferText = clipboardText(payload, at);
  pasteCount = 0;
}

export function getClipboard(): ClipboardPayload | null {
  return buffer;
}

/** This tab's copy and when it was made, or null before the first copy. */
export function getOwnCopy(): { payload: ClipboardPayload; copiedAt: number } | null {
  return buffer ? { payload: buffer, copiedAt } : null;
}

/** The text a copy of `payload` made at `at` puts on the system clipboard. */
export function clipboardText(payload: ClipboardPayload, at: number): string {
  return JSON.stringify({ ...payload, copiedAt: at });
}

/** When the copy in clipboard `text` was made; 0 when it does not say. */
export function copiedAtOf(text: string): number {
  try {
    const at = (JSON.parse(text) as { copiedAt?: unknown }).copiedAt;
    return typeof at === 'number' && Number.isFinite(at) ? at : 0;
  } catch {
    return 0;
  }
}

/** True when `text` is what this tab's last copy wrote. */
export function isOwnCopy(text: string): boolean {
  return bufferText !== null && text === bufferText;
}

/** Each paste of the same copy lands a step further, so repeated pastes do not stack exactly. */
export function nextPasteOffset(): { x: number; y: number } {
  pasteCount++;
  return { x: 40 * pasteCount, y: 40 * pasteCount };
}
