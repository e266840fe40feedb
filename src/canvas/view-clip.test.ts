import { describe, expect, it } from 'vitest';
import { clipSegment, viewClip } from './view-clip';

const rect = { x0: 0, y0: 0, x1: 100, y1: 100 };

describe('clipSegment', () => {
  it('keeps a segment inside the rectangle whole', () => {
    expect(clipSegment({ x: 10, y: 10 }, { x: 90, y: 50 }, rect)).toEqual({
      from: { x: 10, y: 10 },
      to: { x: 90, y: 50 },
      offset: 0,
    });
  });

  it('cuts a long segment to the rectangle and reports how far along the new start is', () => {
    const c = clipSegment({ x: -100, y: 50 }, { x: 300, y: 50 }, rect);
    expect(c).toEqual({ from: { x: 0, y: 50 }, to: { x: 100, y: 50 }, offset: 100 });
  });

  it('returns null for a segment that misses the rectangle', () => {
    expect(clipSegment({ x: -10, y: -10 }, { x: -10, y: 200 }, rect)).toBeNull();
    expect(clipSegment({ x: 150, y: 0 }, { x: 300, y: 100 }, rect)).toBeNull();
  });
});

describe('viewClip', () => {
  const view = (x: number, y: number, zoom: number) => viewClip([-x * zoom, -y * zoom, zoom], 1000, 800);

  it('covers the view with a margin', () => {
    const [x0, y0, x1, y1] = view(5000, 3000, 1);
    expect(x0).toBeLessThanOrEqual(5000 - 400);
    expect(y0).toBeLessThanOrEqual(3000 - 400);
    expect(x1).toBeGreaterThanOrEqual(6000 + 400);
    expect(y1).toBeGreaterThanOrEqual(3800 + 400);
  });

  it('stays the same while the view pans within a block, so links are not redrawn every frame', () => {
    expect(view(5000, 3000, 1)).toEqual(view(5010, 3005, 1));
    expect(view(5000, 3000, 1)).not.toEqual(view(5600, 3000, 1));
  });
});
