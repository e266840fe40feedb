import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateBounded } from './bounded-inflate';

describe('inflateBounded', () => {
  it('inflates data up to the cap', () => {
    const text = 'egress '.repeat(5000);
    const result = inflateBounded(deflateSync(strToU8(text)), 35_000);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(text);
  });

  it('stops a bomb at the cap, quickly, without inflating it all', () => {
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    const result = inflateBounded(bomb, 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('too-large');
      expect(result.message).toContain('1 MB');
    }
  });

  it('reports truncated data as corrupt', () => {
    const data = deflateSync(strToU8('a design that was cut short in a chat message'.repeat(20)));
    const result = inflateBounded(data.subarray(0, data.length - 6), 1e6);
    expect(!result.ok && result.reason).toBe('corrupt');
  });

  it('reports garbage and empty input as corrupt', () => {
    expect(inflateBounded(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1e6).ok).toBe(false);
    const empty = inflateBounded(new Uint8Array(0), 1e6);
    expect(!empty.ok && empty.reason).toBe('corrupt');
  });
});
