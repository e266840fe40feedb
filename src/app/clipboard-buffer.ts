// The in-app clipboard: Ctrl+C / Ctrl+V work without the browser's clipboard permission. Copy
// also writes the system clipboard when allowed, so elements can be pasted in another tab.
import type { ClipboardPayload } from '../state/commands';

let buffer: ClipboardPayload | null = null;
let pasteCount = 0;

export function setClipboard(payload: ClipboardPayload): void {
  buffer = payload;
  pasteCount = 0;
  try {
    void globalThis.navigator?.clipboard?.writeText(JSON.stringify(payload)).catch(() => undefined);
  } catch {
    // No clipboard API here: the in-app buffer still works.
  }
}

export function getClipboard(): ClipboardPayload | null {
  return buffer;
}

/** Each paste of the same copy lands a step further, so repeated pastes do not stack exactly. */
export function nextPasteOffset(): { x: number; y: number } {
  pasteCount++;
  return { x: 40 * pasteCount, y: 40 * pasteCount };
}
