import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../model/samples';
import { hubAndSpoke } from '../model/samples/templates';
import { moveNodesCommand, updateNodeCommand } from './commands';
import {
  COALESCE_MS,
  getDesign,
  historyInfo,
  initDesign,
  redo,
  replaceDesign,
  undo,
  updateDesign,
} from './design-store';
import { setSelection, useUiStore } from './ui-store';

const rename = (name: string) => (d: ReturnType<typeof getDesign>) =>
  updateNodeCommand(d, 'hub-1', (n) => ({ ...n, name }));

beforeEach(() => initDesign(hubAndSpoke()));
afterEach(() => vi.useRealTimers());

describe('design store history', () => {
  it('starts with nothing to undo after initDesign', () => {
    expect(historyInfo()).toEqual({ canUndo: false, canRedo: false, undoLabel: '', redoLabel: '' });
  });

  it('undoes and redoes one command, with its label', () => {
    updateDesign('Rename hub', rename('A'));
    expect(historyInfo()).toMatchObject({ canUndo: true, undoLabel: 'Rename hub' });
    undo();
    expect(getDesign().nodes.find((n) => n.id === 'hub-1')?.name).toBe('Egress hub');
    expect(historyInfo()).toMatchObject({ canRedo: true, redoLabel: 'Rename hub' });
    redo();
    expect(getDesign().nodes.find((n) => n.id === 'hub-1')?.name).toBe('A');
  });

  it('records nothing for a command that changes nothing', () => {
    updateDesign('Nothing', (d) => d);
    expect(historyInfo().canUndo).toBe(false);
  });

  it('a whole drag of several nodes is one step', () => {
    const before = getDesign();
    updateDesign('Move 2 nodes', (d) =>
      moveNodesCommand(
        d,
        new Map([
          ['site-a', { x: 100, y: 100 }],
          ['site-b', { x: 200, y: 200 }],
        ]),
      ),
    );
    undo();
    expect(getDesign()).toBe(before);
    expect(historyInfo().canUndo).toBe(false);
  });

  it('selection never enters history', () => {
    setSelection({ nodeIds: ['hub-1'], linkIds: [] });
    expect(useUiStore.getState().selection.nodeIds).toEqual(['hub-1']);
    expect(historyInfo().canUndo).toBe(false);
  });

  it('keystrokes in one field merge into one step; another field or a pause starts a new one', () => {
    vi.useFakeTimers();
    updateDesign('Edit name', rename('F'), { coalesceKey: 'hub-1:name' });
    updateDesign('Edit name', rename('Fr'), { coalesceKey: 'hub-1:name' });
    updateDesign('Edit name', rename('Fra'), { coalesceKey: 'hub-1:name' });
    undo();
    expect(getDesign().nodes.find((n) => n.id === 'hub-1')?.name).toBe('Egress hub');
    redo();
    updateDesign('Edit name', rename('Fran'), { coalesceKey: 'hub-1:name' });
    vi.advanceTimersByTime(COALESCE_MS + 1);
    updateDesign('Edit name', rename('Frank'), { coalesceKey: 'hub-1:name' });
    undo();
    expect(getDesign().nodes.find((n) => n.id === 'hub-1')?.name).toBe('Fran');
  });

  it('replaceDesign (open, template) is undoable', () => {
    const before = getDesign();
    replaceDesign(emptyDesign(), 'New: Empty');
    expect(getDesign().nodes).toHaveLength(0);
    undo();
    expect(getDesign()).toBe(before);
  });
});
