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
});
