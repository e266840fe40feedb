// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hubAndSpoke } from '../../model/samples/templates';

const KEY = 'egress-designer:share:previous';

/** A fresh copy of the module, as at page load, with whatever localStorage holds now. */
async function loadAtStartup() {
  vi.resetModules();
  const status = await import('./backup-status');
  // The stored backup is checked by a lazily loaded reader: let it settle.
  await vi.dynamicImportSettled();
  return status.useBackupStore;
}

beforeEach(() => localStorage.clear());

describe('backup status at startup', () => {
  it('is empty when no backup is stored', async () => {
    expect((await loadAtStartup()).getState().keptAt).toBeNull();
  });

  it('reports a stored backup that loads', async () => {
    localStorage.setItem(KEY, JSON.stringify({ keptAt: '2026-01-02T03:04:05.000Z', design: hubAndSpoke() }));
    const store = await loadAtStartup();
    await vi.waitFor(() => expect(store.getState().keptAt).toBe('2026-01-02T03:04:05.000Z'));
  });

  it('ignores a stored backup that no longer loads', async () => {
    localStorage.setItem(KEY, JSON.stringify({ keptAt: '2026-01-02T03:04:05.000Z', design: { nodes: 'broken' } }));
    expect((await loadAtStartup()).getState().keptAt).toBeNull();
  });
});
