import { describe, expect, it } from 'vitest';
import { FOUNDATION_ACTIONS } from './actions';
import { findAction, formatShortcut, matchesShortcut } from './shortcuts';

const key = (
  key: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
  code?: string,
) => ({
  key,
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('shortcuts', () => {
  it('Mod is Ctrl on Linux and Cmd on macOS', () => {
    expect(matchesShortcut(key('z', { ctrl: true }), 'Mod+Z', false)).toBe(true);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+Z', true)).toBe(true);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('z'), 'Mod+Z', false)).toBe(false);
  });

  it('Shift must match exactly, using the physical key', () => {
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }, 'KeyZ'), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }, 'KeyZ'), 'Mod+Shift+Z', false)).toBe(true);
    expect(matchesShortcut(key('!', { shift: true }, 'Digit1'), 'Shift+1', false)).toBe(true);
  });

  it('finds undo, redo (both spellings) and delete in the registry', () => {
    expect(findAction(FOUNDATION_ACTIONS, key('z', { ctrl: true }, 'KeyZ'))?.id).toBe('undo');
    expect(findAction(FOUNDATION_ACTIONS, key('Z', { ctrl: true, shift: true }, 'KeyZ'))?.id).toBe('redo');
    expect(findAction(FOUNDATION_ACTIONS, key('y', { ctrl: true }, 'KeyY'))?.id).toBe('redo');
    expect(findAction(FOUNDATION_ACTIONS, key('Delete'))?.id).toBe('delete');
    expect(findAction(FOUNDATION_ACTIONS, key('Backspace'))?.id).toBe('delete');
    expect(findAction(FOUNDATION_ACTIONS, key('q'))).toBeUndefined();
  });

  it('no two foundation actions share a shortcut', () => {
    const all = FOUNDATION_ACTIONS.flatMap((a) => (a.shortcut === undefined ? [] : [a.shortcut].flat()));
    expect(new Set(all).size).toBe(all.length);
  });

  it('formats for the platform', () => {
    expect(formatShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
  });
});
