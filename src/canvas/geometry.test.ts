import { describe, expect, it } from 'vitest';
import { borderPoint, floatingEdge } from './geometry';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });

describe('floating edge geometry', () => {
  it('attaches a straight link where the centre line leaves each box', () => {
    const g = floatingEdge(box(0, 0), box(300, 0), 0, 1);
    expect(g.path).toBe('M102,25 L298,25');
    expect([g.labelX, g.labelY]).toEqual([200, 25]);
  });

  it('exits through the top or bottom for a mostly vertical link', () => {
    expect(borderPoint(box(0, 0), { x: 50, y: 500 }, 0)).toEqual({ x: 50, y: 50 });
  });

  it('curves parallel links to opposite sides', () => {
    const a = floatingEdge(box(0, 0), box(300, 0), 0, 2);
    const b = floatingEdge(box(0, 0), box(300, 0), 1, 2);
    expect(a.path).toContain('Q');
    expect(Math.sign(a.labelY - 25)).toBe(-Math.sign(b.labelY - 25));
  });

  it('fans out the same way whichever end is the source', () => {
    const forward = floatingEdge(box(0, 0), box(300, 0), 1, 2);
    const backward = floatingEdge(box(300, 0), box(0, 0), 1, 2);
    expect(forward.labelY).toBeCloseTo(backward.labelY);
  });
});
