import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CanvasOverlay } from '../canvas/overlay-types';
import { setOverlay, useOverlayStore } from './overlay-store';

const overlayOf = (n: number, label: string): CanvasOverlay => ({
  nodes: Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, { badges: [{ kind: 'sla', label }] }])),
  edges: {},
});

beforeEach(() => {
  vi.useFakeTimers();
  useOverlayStore.setState({ overlay: { nodes: {}, edges: {} } });
});
afterEach(() => vi.useRealTimers());

describe('setOverlay', () => {
  it('shows a small change at once, as the very object given', () => {
    const o = overlayOf(3, 'a');
    setOverlay(o, 5);
    expect(useOverlayStore.getState().overlay).toBe(o);
  });

  it('applies a large change a slice per task, then shows the overlay itself', () => {
    const o = overlayOf(12, 'a');
    const seen: number[] = [];
    const unsub = useOverlayStore.subscribe((s) => seen.push(Object.keys(s.overlay.nodes).length));
    const settled = useOverlayStore.getState().settled.edges;
    const settledNodes = useOverlayStore.getState().settled.nodes;
    setOverlay(o, 5);
    // Nothing in the caller's task (it built the overlay); the first slice in the next, the rest
    // in later tasks, sized to what the first one cost.
    expect(seen).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(seen).toEqual([5]);
    // Mid-way, a view of every edge or node at once still sees the last settled record.
    expect(useOverlayStore.getState().settled.edges).toBe(settled);
    expect(useOverlayStore.getState().settled.nodes).toBe(settledNodes);
    expect(useOverlayStore.getState().overlay.nodes).not.toBe(settledNodes);
    vi.runAllTimers();
    expect(seen.at(-1)).toBe(12);
    expect(seen.length).toBeGreaterThan(1);
    expect(useOverlayStore.getState().overlay).toBe(o);
    expect(useOverlayStore.getState().settled.edges).toBe(o.edges);
    expect(useOverlayStore.getState().settled.nodes).toBe(o.nodes);
    unsub();
  });

  it('keeps unchanged decorations and removes the ones the new overlay drops', () => {
    const first = overlayOf(4, 'a');
    setOverlay(first, 10);
    const next: CanvasOverlay = { nodes: { n0: first.nodes.n0!, n1: { dimmed: true } }, edges: {} };
    setOverlay(next, 1);
    // n1 changed, n2 and n3 went: three changes, one per slice; n0 never counted.
    expect(useOverlayStore.getState().overlay.nodes.n0).toBe(first.nodes.n0);
    vi.runAllTimers();
    expect(useOverlayStore.getState().overlay).toBe(next);
  });

  it('changes nothing, not even the records, when every decoration is the one shown', () => {
    const o = overlayOf(3, 'a');
    setOverlay(o, 5);
    const calls: unknown[] = [];
    const unsub = useOverlayStore.subscribe((s) => calls.push(s));
    setOverlay({ nodes: { ...o.nodes }, edges: { ...o.edges } }, 5);
    expect(calls).toEqual([]);
    expect(useOverlayStore.getState().overlay).toBe(o);
    unsub();
  });

  it('settles the edges when slices are cut short by the overlay they were heading for', () => {
    const o = overlayOf(12, 'a');
    setOverlay(o, 5);
    vi.advanceTimersToNextTimer();
    // Shown half-way; asked again for what is now shown: nothing to redraw, but settled.
    const halfway = useOverlayStore.getState().overlay;
    setOverlay(halfway, 5);
    expect(useOverlayStore.getState().settled.edges).toBe(halfway.edges);
    expect(useOverlayStore.getState().settled.nodes).toBe(halfway.nodes);
  });

  it('lets a newer overlay supersede slices still waiting', () => {
    setOverlay(overlayOf(12, 'a'), 5);
    const newer = overlayOf(2, 'b');
    setOverlay(newer, 20);
    vi.runAllTimers();
    expect(useOverlayStore.getState().overlay).toBe(newer);
  });

  it('adds and removes the decoration of an element whose id names an inherited property', () => {
    const decorated: CanvasOverlay = { nodes: { constructor: { dimmed: true } }, edges: {} };
    setOverlay(decorated, 5);
    expect(Object.hasOwn(useOverlayStore.getState().overlay.nodes, 'constructor')).toBe(true);
    setOverlay({ nodes: {}, edges: {} }, 5);
    expect(Object.hasOwn(useOverlayStore.getState().overlay.nodes, 'constructor')).toBe(false);
  });
});
