// Paste, from this tab's copy or from the system clipboard. Ctrl/Cmd+V arrives as the browser's
// `paste` event, which carries the clipboard text without a permission prompt, so elements copied
// in another tab paste here; Edit ▸ Paste asks navigator.clipboard (the browser may prompt once)
// and falls back to this tab's copy. Clipboard text is untrusted: clipboard-parse validates it
// with the schema, loaded on demand so zod stays out of the first download.

import { viewCenter } from '../canvas/canvas-api';
import { TYPICAL_NODE_SIZE } from '../canvas/geometry';
import type { ClipboardPayload } from '../state/commands';
import { pasteCommand } from '../state/commands';
import { updateDesign } from '../state/design-store';
import { notify } from '../state/notifications';
import { setSelection } from '../state/ui-store';
import { adoptClipboard, copiedAtOf, getOwnCopy, isOwnCopy, nextPasteOffset } from './clipboard-buffer';
import { isTypingTarget } from './shortcuts';

export interface OwnCopy {
  payload: ClipboardPayload;
  copiedAt: number;
}

export type PastePlan =
  | { kind: 'paste'; payload: ClipboardPayload; adopt: false }
  | { kind: 'paste'; payload: ClipboardPayload; adopt: true; copiedAt: number }
  | { kind: 'not-elements' }
  | { kind: 'nothing' };

/**
 * What a paste of `text` (the system clipboard, null when unreadable) does: the newer of this
 * tab's copy and elements copied in another tab pastes (theirs becomes the current copy); other
 * text, when this tab has no copy of its own, is refused with a message; empty, unreadable or
 * other text pastes this tab's copy (the browser may have refused the clipboard write).
 */
export async function planPaste(
  text: string | null,
  own: OwnCopy | null,
  parse: (text: string) => ClipboardPayload | null | Promise<ClipboardPayload | null> = loadAndParse,
): Promise<PastePlan> {
  const trimmed = text?.trim() ?? '';
  if (trimmed !== '') {
    if (own && isOwnCopy(trimmed)) return { kind: 'paste', payload: own.payload, adopt: false };
    const payload = trimmed.startsWith('{') ? await parse(trimmed) : null;
    const copiedAt = copiedAtOf(trimmed);
    if (payload && !(own && own.copiedAt >= copiedAt)) return { kind: 'paste', payload, adopt: true, copiedAt };
    if (!payload && !own) return { kind: 'not-elements' };
  }
  return own ? { kind: 'paste', payload: own.payload, adopt: false } : { kind: 'nothing' };
}

async function loadAndParse(text: string): Promise<ClipboardPayload | null> {
  const { parseClipboard } = await import('../state/commands/clipboard-parse');
  return parseClipboard(text);
}

/** Pastes `text` from the clipboard (see planPaste), or says why nothing was pasted. */
export async function pasteText(text: string | null): Promise<void> {
  const plan = await planPaste(text, getOwnCopy());
  if (plan.kind === 'not-elements') {
    notify({
      kind: 'info',
      title: 'Nothing pasted',
      detail:
        'The clipboard holds text, not nodes or links copied from Egress Designer. Select elements and press Ctrl/Cmd+C in a designer tab, then paste.',
    });
    return;
  }
  if (plan.kind === 'nothing') {
    notify({ kind: 'info', title: 'Nothing to paste', detail: 'Copy nodes first (select them, Ctrl/Cmd+C).' });
    return;
  }
  if (plan.adopt) {
    adoptClipboard(plan.payload, plan.copiedAt);
    // Another tab's positions mean nothing here: land the copy in the middle of the view.
    pastePayload(plan.payload, centreOffset(plan.payload, viewCenter()));
    return;
  }
  pastePayload(plan.payload);
}

/** The shift that puts the centre of the copied nodes at `target`. */
export function centreOffset(payload: ClipboardPayload, target: { x: number; y: number }): { x: number; y: number } {
  const xs = payload.nodes.map((n) => n.position.x);
  const ys = payload.nodes.map((n) => n.position.y);
  if (xs.length === 0) return { x: 0, y: 0 };
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2 + TYPICAL_NODE_SIZE.width / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2 + TYPICAL_NODE_SIZE.height / 2;
  return { x: Math.round(target.x - cx), y: Math.round(target.y - cy) };
}

/** Adds a copy of `payload` to the design as one undo step and selects what was added; each
 * paste of the same copy lands a step further, from `base`. */
export function pastePayload(payload: ClipboardPayload, base = { x: 0, y: 0 }): void {
  let ids: { nodeIds: string[]; linkIds: string[] } = { nodeIds: [], linkIds: [] };
  const step = nextPasteOffset();
  const offset = { x: base.x + step.x, y: base.y + step.y };
  updateDesign(`Paste ${payload.nodes.length === 1 ? 'node' : `${payload.nodes.length} nodes`}`, (d) => {
    const result = pasteCommand(d, payload, offset);
    ids = { nodeIds: result.nodeIds, linkIds: result.linkIds };
    return result.design;
  });
  setSelection(ids);
}

/** Edit ▸ Paste: reads the system clipboard when the browser lets it, else this tab's copy. */
export async function pasteFromMenu(): Promise<void> {
  let text: string | null = null;
  try {
    text = (await globalThis.navigator?.clipboard?.readText()) ?? null;
  } catch {
    // Permission refused or no clipboard API: this tab's copy.
  }
  await pasteText(text);
}

/** Ctrl/Cmd+V anywhere but a text field or a dialog pastes elements (a startup service). */
export function installPasteListener(): () => void {
  const onPaste = (event: ClipboardEvent) => {
    if (isTypingTarget(event.target) || document.querySelector('[role="dialog"][aria-modal="true"]')) return;
    event.preventDefault();
    void pasteText(event.clipboardData?.getData('text/plain') ?? null);
  };
  document.addEventListener('paste', onPaste);
  return () => document.removeEventListener('paste', onPaste);
}
