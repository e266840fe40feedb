// Keyboard shortcuts from the action registry. 'Mod' is Cmd on macOS and Ctrl elsewhere.
import type { ActionEntry } from './registry';

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');
}

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a keyboard event matches a shortcut such as 'Mod+Shift+Z' or 'Delete'. */
export function matchesShortcut(event: KeyLike, shortcut: string, mac = isMac()): boolean {
  const parts = shortcut.split('+');
  // 'Mod++' would split into empty parts; shortcuts spell '=' and '-' instead.
  const key = parts.pop() ?? '';
  const want = { mod: false, shift: false, alt: false, ctrl: false };
  for (const p of parts) {
    if (p === 'Mod') want.mod = true;
    else if (p === 'Shift') want.shift = true;
    else if (p === 'Alt') want.alt = true;
    else if (p === 'Ctrl') want.ctrl = true;
  }
  const mod = mac ? event.metaKey : event.ctrlKey;
  const ctrl = mac ? event.ctrlKey : false;
  if (mod !== want.mod || event.altKey !== want.alt || ctrl !== want.ctrl) return false;
  if (!mac && event.metaKey) return false;
  const pressed = keyName(event);
  // Shift changes the printed key ('!' for Shift+1): compare the physical key then.
  if (want.shift !== event.shiftKey) return false;
  return pressed.toLowerCase() === key.toLowerCase();
}

function keyName(event: KeyLike): string {
  if (event.shiftKey && event.code) {
    if (/^Digit\d$/.test(event.code)) return event.code.slice(5);
    if (/^Key[A-Z]$/.test(event.code)) return event.code.slice(3);
  }
  if (event.altKey && event.code && /^Key[A-Z]$/.test(event.code)) return event.code.slice(3);
  return event.key;
}

export function shortcutsOf(action: ActionEntry): readonly string[] {
  if (!action.shortcut) return [];
  return typeof action.shortcut === 'string' ? [action.shortcut] : action.shortcut;
}

/** How a shortcut reads in a tooltip on this platform: ⌘Z on a Mac, Ctrl+Z elsewhere. */
export function formatShortcut(shortcut: string, mac = isMac()): string {
  if (!mac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥').replace('Ctrl+', '⌃');
}

/** Typing in a field or an editor never triggers canvas shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], .monaco-editor')) return true;
  return false;
}

export function findAction(actions: readonly ActionEntry[], event: KeyLike): ActionEntry | undefined {
  return actions.find((a) => shortcutsOf(a).some((s) => matchesShortcut(event, s)));
}
