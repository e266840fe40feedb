import { describe, expect, it } from 'vitest';
import { freeSpotNear, NODE_SLOT } from './placement';

describe('freeSpotNear', () => {
  it('uses the centre of the view when it is free', () => {
    expect(freeSpotNear([], { x: 500, y: 300 })).toEqual({ x: 400, y: 272 });
  });

  it('never overlaps an existing node, staying close to the centre', () => {
    const occupied = [{ x: 400, y: 272 }];
    for (let i = 0; i < 12; i++) {
      const spot = freeSpotNear(occupied, { x: 500, y: 300 });
      for (const o of occupied) {
        expect(Math.abs(o.x - spot.x) >= NODE_SLOT.width || Math.abs(o.y - spot.y) >= NODE_SLOT.height).toBe(true);
      }
      expect(Math.hypot(spot.x - 400, spot.y - 272)).toBeLessThan(4 * NODE_SLOT.width);
      occupied.push(spot);
    }
  });

  it('with the view given, picks the nearest free spot whose node is wholly in view', () => {
    // The centre is taken; the view is a wide strip, too low for the cells above and below it.
    const occupied = [{ x: 400, y: 272 }];
    const view = { x0: 0, y0: 200, x1: 1200, y1: 400 };
    const spot = freeSpotNear(occupied, { x: 500, y: 300 }, view);
    expect(spot.x).toBeGreaterThanOrEqual(view.x0);
    expect(spot.x + 200).toBeLessThanOrEqual(view.x1);
    expect(spot.y).toBeGreaterThanOrEqual(view.y0);
    expect(spot.y + 60).toBeLessThanOrEqual(view.y1);
    // Without the view, the nearest free cell is the one above, outside this view.
    expect(freeSpotNear(occupied, { x: 500, y: 300 }).y).toBeLessThan(view.y0);
  });

  it('falls back to the nearest free spot when none is wholly in view', () => {
    const occupied = [{ x: 400, y: 272 }];
    const tiny = { x0: 450, y0: 280, x1: 550, y1: 320 };
    const spot = freeSpotNear(occupied, { x: 500, y: 300 }, tiny);
    expect(spot).toEqual(freeSpotNear(occupied, { x: 500, y: 300 }));
  });
});
