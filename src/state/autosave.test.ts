import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesignJson } from '../model';
import { hubAndSpoke } from '../model/samples/templates';
import { readAutosave, setAutosaveStorage, startAutosave, useAutosaveStatus } from './autosave';
import type { AutosaveStorage } from './autosave-storage';
import { moveNodesCommand } from './commands';
import { initDesign, updateDesign } from './design-store';

function memoryStorage(initial?: unknown): AutosaveStorage & { value: unknown; writes: number } {
  const s = {
    value: initial,
    writes: 0,
    read: async () => s.value,
    write: async (v: unknown) => {
      s.writes++;
      s.value = structuredClone(v);
    },
  };
  return s;
}

let stop: (() => Promise<void>) | null = null;
beforeEach(() => initDesign(hubAndSpoke()));
afterEach(async () => {
  await stop?.();
  stop = null;
});

describe('autosave', () => {
  it('writes the design after a change (debounced) and reads it back with positions', async () => {
    const storage = memoryStorage();
    setAutosaveStorage(storage);
    stop = startAutosave(5);
    for (let x = 1; x <= 3; x++) {
      updateDesign('Move', (d) => moveNodesCommand(d, new Map([['site-a', { x, y: 7 }]])));
    }
    await new Promise((r) => setTimeout(r, 30));
    expect(storage.writes).toBe(1);
    expect(useAutosaveStatus.getState().status).toBe('saved');
    const read = await readAutosave();
    expect(read.design?.nodes.find((n) => n.id === 'site-a')?.position).toEqual({ x: 3, y: 7 });
  });

  it('flushes a pending change when stopped', async () => {
    const storage = memoryStorage();
    setAutosaveStorage(storage);
    const stopNow = startAutosave(10_000);
    updateDesign('Move', (d) => moveNodesCommand(d, new Map([['site-a', { x: 99, y: 1 }]])));
    await stopNow();
    expect(storage.writes).toBe(1);
  });

  it('reports an empty autosave as nothing, and a corrupt one as a problem without throwing', async () => {
    setAutosaveStorage(memoryStorage());
    expect(await readAutosave()).toEqual({ design: null });
    setAutosaveStorage(memoryStorage({ schemaVersion: 1, meta: {} }));
    const corrupt = await readAutosave();
    expect(corrupt.design).toBeNull();
    expect('problem' in corrupt && corrupt.problem).toMatch(/meta\.name/);
    setAutosaveStorage({ read: () => Promise.reject(new Error('disk on fire')), write: async () => undefined });
    expect(await readAutosave()).toMatchObject({ design: null, problem: expect.stringContaining('disk on fire') });
  });

  it('restores exactly what was saved', async () => {
    const storage = memoryStorage();
    setAutosaveStorage(storage);
    const design = hubAndSpoke();
    await storage.write(design);
    const read = await readAutosave();
    expect(read.design && serializeDesignJson(read.design)).toBe(serializeDesignJson(design));
  });
});
