import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';

describe('base64url', () => {
  it('round-trips any bytes and uses only the URL-safe alphabet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        const back = decodeBase64Url(text);
        expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(bytes));
      }),
    );
  });

  it('matches the standard encoding (RFC 4648 test vectors, URL alphabet, no padding)', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of cases) expect(encodeBase64Url(new TextEncoder().encode(plain))).toBe(encoded);
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('names the first character that is not base64url', () => {
    const result = decodeBase64Url('abc+def');
    expect(!result.ok && result.message).toBe('character 4 ("+") is not base64url');
    expect(decodeBase64Url('Zm9v\u00e9').ok).toBe(false);
  });

  it('refuses a length no encoder produces', () => {
    const result = decodeBase64Url('Zm9vY');
    expect(!result.ok && result.message).toContain('length (5)');
  });
});
