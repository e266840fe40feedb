// Binds every registered action's shortcut on the window.
import { useEffect } from 'react';
import { notify } from '../state/notifications';
import { ACTIONS } from './registry';
import { findAction, isTypingTarget } from './shortcuts';

export function runAction(id: string): void {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action || (action.enabled && !action.enabled())) return;
  try {
    const result = action.perform();
    if (result instanceof Promise) {
      result.catch((error: unknown) =>
        notify({ kind: 'error', title: `${action.label} failed`, detail: String(error) }),
      );
    }
  } catch (error) {
    notify({ kind: 'error', title: `${action.label} failed`, detail: String(error) });
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      // A modal dialog owns the keyboard.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      const action = findAction(ACTIONS, event);
      if (!action) return;
      event.preventDefault();
      runAction(action.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
