import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismiss, dismissAll, notify, TOAST_MS, useNotifications } from './notifications';

afterEach(() => {
  dismissAll();
  vi.useRealTimers();
});

describe('notifications', () => {
  it('errors stay until dismissed; info and success fade', () => {
    vi.useFakeTimers();
    const error = notify({ kind: 'error', title: 'Could not open x.json', detail: 'nodes[0].asn: ...' });
    notify({ kind: 'success', title: 'Saved' });
    expect(useNotifications.getState().items.map((n) => n.kind)).toEqual(['error', 'success']);
    vi.advanceTimersByTime(TOAST_MS + 1);
    expect(useNotifications.getState().items.map((n) => n.kind)).toEqual(['error']);
    dismiss(error);
    expect(useNotifications.getState().items).toEqual([]);
  });

  it('keeps the newest few', () => {
    for (let i = 0; i < 8; i++) notify({ kind: 'error', title: `e${i}` });
    expect(useNotifications.getState().items.map((n) => n.title)).toEqual(['e3', 'e4', 'e5', 'e6', 'e7']);
  });
});
