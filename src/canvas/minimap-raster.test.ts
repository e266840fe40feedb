import { describe, expect, it } from 'vitest';
import { minimapRects, parseViewBox } from './minimap-raster';

describe('minimap raster geometry', () => {
  it('reads an SVG viewBox and refuses a degenerate one', () => {
    expect(parseViewBox('-10 20 300 150')).toEqual({ x: -10, y: 20, width: 300, height: 150 });
    expect(parseViewBox('0,0,10,5')).toEqual({ x: 0, y: 0, width: 10, height: 5 });
    expect(parseViewBox('0 0 0 5')).toBeNull();
    expect(parseViewBox('0 0 NaN 5')).toBeNull();
    expect(parseViewBox(null)).toBeNull();
  });

  it('maps flow coordinates as the SVG does: uniform scale, centred on the spare axis', () => {
    // A 200 x 100 view drawn into 100 x 100 pixels: scale 0.5, 25 px spare above and below.
    const [rect] = minimapRects(
      [{ kind: 'hub', x: 0, y: 0, width: 40, height: 20 }],
      { x: -100, y: 0, width: 200, height: 100 },
      { width: 100, height: 100 },
    );
    expect(rect).toEqual({ kind: 'hub', x: 50, y: 25, width: 20, height: 10 });
  });

  it('keeps every node at least a pixel wide', () => {
    const [rect] = minimapRects(
      [{ kind: 'site', x: 0, y: 0, width: 10, height: 10 }],
      { x: 0, y: 0, width: 100_000, height: 100_000 },
      { width: 100, height: 100 },
    );
    expect(rect?.width).toBe(1);
    expect(rect?.height).toBe(1);
  });
});
