import { describe, expect, it } from 'vitest';
import type { CanvasOverlay } from '../overlay-types';
import { applyPatch, diffOverlay } from './patch';

const base: CanvasOverlay = {
  nodes: { a: { highlight: 'egress' }, b: { dimmed: true } },
  edges: { x: { color: '#000', width: 2 }, y: { dimmed: true } },
};

describe('overlay patches', () => {
  it('sends only what changed, and applying it rebuilds the new overlay keeping the rest by identity', () => {
    const next: CanvasOverlay = {
      nodes: { a: { highlight: 'egress' }, b: { highlight: 'path' }, c: { dimmed: true } },
      edges: { x: { color: '#000', width: 2 } },
    };
    const patch = diffOverlay(structuredClone(base), next);
    expect(patch).toEqual({
      full: false,
      nodes: { b: { highlight: 'path' }, c: { dimmed: true } },
      edges: { y: null },
    });
    const applied = applyPatch(base, structuredClone(patch));
    expect(applied).toEqual(next);
    expect(applied.nodes.a).toBe(base.nodes.a);
    expect(applied.edges.x).toBe(base.edges.x);
  });

  it('hands back the base itself when nothing changed', () => {
    expect(applyPatch(base, diffOverlay(structuredClone(base), structuredClone(base)))).toBe(base);
  });

  it('sends everything when there is no base', () => {
    const patch = diffOverlay(null, base);
    expect(patch.full).toBe(true);
    expect(applyPatch({ nodes: { z: {} }, edges: {} }, patch)).toEqual(base);
  });
});
