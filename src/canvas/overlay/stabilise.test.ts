import { describe, expect, it } from 'vitest';
import type { CanvasOverlay } from '../overlay-types';
import { deepEqual, stabilise } from './stabilise';

describe('stabilise', () => {
  const prev: CanvasOverlay = {
    nodes: { a: { highlight: 'egress', badges: [{ kind: 'sla', label: '1 SLA miss' }] }, b: { dimmed: true } },
    edges: { x: { color: '#000', width: 2 } },
  };

  it('reuses unchanged decorations by identity and replaces changed ones', () => {
    const next: CanvasOverlay = {
      nodes: { a: { highlight: 'egress', badges: [{ kind: 'sla', label: '1 SLA miss' }] }, b: { highlight: 'path' } },
      edges: { x: { color: '#000', width: 2 } },
    };
    const out = stabilise(prev, next);
    expect(out.nodes.a).toBe(prev.nodes.a);
    expect(out.edges.x).toBe(prev.edges.x);
    expect(out.nodes.b).toBe(next.nodes.b);
  });

  it('returns the previous overlay itself when nothing changed', () => {
    const same: CanvasOverlay = JSON.parse(JSON.stringify(prev));
    expect(stabilise(prev, same)).toBe(prev);
  });

  it('notices a removed element', () => {
    const fewer: CanvasOverlay = { nodes: { a: prev.nodes.a! }, edges: prev.edges };
    const out = stabilise(prev, fewer);
    expect(out).not.toBe(prev);
    expect(Object.keys(out.nodes)).toEqual(['a']);
  });

  it('treats an absent field and an undefined one alike, and arrays by order', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: [1] }, { a: { 0: 1 } })).toBe(false);
  });
});
