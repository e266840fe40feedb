import { describe, expect, it } from 'vitest';
import { formatEnvelope, parseEnvelope } from './envelope';
import { MAX_LINK_CHARS } from './limits';

describe('the link envelope', () => {
  it('formats #d=<version>.<data>', () => {
    expect(formatEnvelope(1, 'abc')).toBe('#d=1.abc');
  });

  it.each([
    '#d=1.abc',
    'd=1.abc',
    'https://egress.example/app/#d=1.abc',
    'http://127.0.0.1:4173/?q=1#x=2&d=1.abc&y=3',
    '  #d=1.a\n b c ',
  ])('finds the version and data in %j', (input) => {
    expect(parseEnvelope(input)).toEqual({ ok: true, value: { version: 1, data: 'abc' } });
  });

  it('refuses text far longer than any link, before looking at it', () => {
    const result = parseEnvelope(`#d=1.${'A'.repeat(MAX_LINK_CHARS)}`);
    expect(!result.ok && result.error.code).toBe('too-long');
  });

  it('says when the text is not a design link', () => {
    const result = parseEnvelope('https://example.com/page#section');
    expect(!result.ok && result.error.message).toContain('"#d="');
  });
});
