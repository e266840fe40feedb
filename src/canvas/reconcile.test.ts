import { describe, expect, it } from 'vitest';
import { hubAndSpoke } from '../model/samples/templates';
import { EMPTY_SELECTION } from '../state/ui-store';
import { EMPTY_OVERLAY } from './overlay-types';
import { reconcileNodes } from './reconcile';
import { buildViewModel, createViewModelCache } from './view-model';

describe('reconcileNodes', () => {
  it('keeps measured sizes and reuses nodes whose view-model node did not change', () => {
    const cache = createViewModelCache();
    const d = hubAndSpoke();
    const vm1 = buildViewModel(d, EMPTY_SELECTION, EMPTY_OVERLAY, cache);
    const measured = vm1.nodes.map((n) => ({ ...n, measured: { width: 200, height: 60 } }));
    const first = reconcileNodes(measured, vm1.nodes);
    expect(first.every((n) => n.measured?.width === 200)).toBe(true);
    const again = reconcileNodes(first, vm1.nodes);
    // Nothing changed: the very array React Flow holds comes back, so it does not walk every node.
    expect(again).toBe(first);
    const vm2 = buildViewModel(d, { nodeIds: ['hub-1'], linkIds: [] }, EMPTY_OVERLAY, cache);
    const second = reconcileNodes(again, vm2.nodes);
    const hub = second.find((n) => n.id === 'hub-1');
    expect(hub?.selected).toBe(true);
    expect(hub?.measured).toEqual({ width: 200, height: 60 });
    expect(second).not.toBe(again);
    expect(second.filter((n, i) => n !== again[i]).map((n) => n.id)).toEqual(['hub-1']);
  });
});
