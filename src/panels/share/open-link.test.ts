// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StartupContext } from '../../app/registry';
import { dualHub, hubAndSpoke } from '../../model/samples/templates';
import { serializeDesignJson } from '../../model/serialize';
import { encodeDesignLink } from '../../share';
import { getDesign, initDesign, undo } from '../../state/design-store';
import { dismissAll, useNotifications } from '../../state/notifications';
import { readBackup } from './backup';
import { useBackupStore } from './backup-status';
import { hasDesignLink } from './entries';
import { openLinkAtStartup, openLinkInRunningApp } from './open-link';

const linked = hubAndSpoke();
const local = dualHub();
const link = (() => {
  const e = encodeDesignLink(linked);
  if (!e.ok) throw new Error(e.error.message);
  return e.value.fragment;
})();

function at(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
}

function context(autosaved: StartupContext['autosaved'], answer: string) {
  const choose = vi.fn(async () => answer);
  return { context: { autosaved, choose } satisfies StartupContext, choose };
}

const titles = () => useNotifications.getState().items.map((n) => `${n.kind}: ${n.title}`);

beforeEach(() => {
  dismissAll();
  localStorage.clear();
  useBackupStore.setState({ keptAt: null });
});

describe('hasDesignLink', () => {
  it.each([
    ['#d=1.abc', true],
    ['#x=1&d=1.abc', true],
    ['#section', false],
    ['', false],
    ['#dd=1', false],
  ])('%j -> %s', (hash, expected) => {
    expect(hasDesignLink(hash)).toBe(expected);
  });
});

describe('opening a link at startup', () => {
  it('opens the design when nothing is autosaved, and clears the address', async () => {
    at(link);
    const { context: ctx, choose } = context(null, 'open-link');
    const result = await openLinkAtStartup(ctx);
    expect(result && serializeDesignJson(result.design)).toBe(serializeDesignJson(linked));
    expect(choose).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('');
  });

  it('asks when the autosave differs; opening keeps the autosaved design as a backup', async () => {
    at(link);
    const { context: ctx, choose } = context(local, 'open-link');
    const result = await openLinkAtStartup(ctx);
    expect(choose).toHaveBeenCalledOnce();
    expect(result?.design.meta.name).toBe('Hub and spoke');
    expect(readBackup()?.design).toEqual(local);
    expect(useBackupStore.getState().keptAt).not.toBeNull();
  });

  it('keeps the local design when the user says so (no backup needed)', async () => {
    at(link);
    const { context: ctx } = context(local, 'keep-mine');
    expect(await openLinkAtStartup(ctx)).toBeNull();
    expect(readBackup()).toBeNull();
  });

  it('does not open the link when the backup cannot be written', async () => {
    at(link);
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    const { context: ctx } = context(local, 'open-link');
    expect(await openLinkAtStartup(ctx)).toBeNull();
    expect(titles()).toContain('error: The link was not opened: your design could not be backed up first');
    vi.unstubAllGlobals();
  });

  it('reports a corrupted link and returns nothing, so the autosave loads', async () => {
    at(`${link.slice(0, 30)}***${link.slice(33)}`);
    const { context: ctx, choose } = context(local, 'open-link');
    expect(await openLinkAtStartup(ctx)).toBeNull();
    expect(choose).not.toHaveBeenCalled();
    expect(titles()).toEqual(['error: The share link cannot be opened: your design is unchanged']);
    expect(useNotifications.getState().items[0]?.detail).toContain('is not base64url');
    expect(readBackup()).toBeNull();
  });
});

describe('opening a link in the running app', () => {
  it('replaces the design as one undoable step after asking', async () => {
    initDesign(local);
    const choose = vi.fn(async () => 'open-link');
    await openLinkInRunningApp(link, choose);
    expect(choose).toHaveBeenCalledOnce();
    expect(getDesign().meta.name).toBe('Hub and spoke');
    undo();
    expect(getDesign()).toEqual(local);
  });

  it('changes nothing on a corrupted link', async () => {
    initDesign(local);
    const before = getDesign();
    await openLinkInRunningApp(link.slice(0, 50), vi.fn());
    expect(getDesign()).toBe(before);
    expect(titles()[0]).toMatch(/^error: The share link cannot be opened/);
  });
});
