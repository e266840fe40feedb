import { describe, expect, it } from 'vitest';
import { P } from './schema-fields';

describe('inspector field parsing', () => {
  it('accepts valid values as typed', () => {
    expect(P.asn('65001')).toEqual({ ok: true, value: 65001 });
    expect(P.latency('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(P.prefixes('10.1.0.0/16\n10.2.0.0/16, 10.3.0.0/16')).toEqual({
      ok: true,
      value: ['10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16'],
    });
    expect(P.ipv4('')).toEqual({ ok: true, value: undefined });
    expect(P.demand('')).toEqual({ ok: true, value: undefined });
  });

  it('rejects instead of coercing, with a message naming the problem', () => {
    expect(P.asn('')).toEqual({ ok: false, error: 'a value is required' });
    expect(P.asn('1e3')).toEqual({ ok: false, error: 'not a number' });
    expect(P.asn('65001.5')).toEqual({ ok: false, error: 'an ASN is a whole number' });
    expect(P.bfdMultiplier('2.5')).toEqual({ ok: false, error: 'a whole number' });
    expect(P.loss('150')).toEqual({ ok: false, error: 'at most 100 %' });
    expect(P.latency('-1')).toEqual({ ok: false, error: 'cannot be negative' });
    expect(P.bfdInterval('5')).toEqual({ ok: false, error: 'at least 10' });
    expect(P.country('Germany')).toMatchObject({ ok: false });
    expect(P.region('US East')).toMatchObject({ ok: false });
  });

  it('checks each prefix with ipaddr.js and names the bad one', () => {
    const r = P.prefixes('10.1.0.0/16\n10.1.2.3/16\n300.1.0.0/16');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('10.1.2.3/16: host bits are set');
    expect(r.error).toContain('300.1.0.0/16: not an IPv4 prefix');
    expect(P.prefixes('10.1.0.0/16 10.1.0.0/16')).toEqual({ ok: false, error: 'listed twice: 10.1.0.0/16' });
    expect(P.ipv4('10.0.0.256')).toMatchObject({ ok: false });
  });

  it('names cannot be empty or multi-line', () => {
    expect(P.name('')).toMatchObject({ ok: false });
    expect(P.name('a\nb')).toMatchObject({ ok: false });
    expect(P.optionalName('')).toEqual({ ok: true, value: undefined });
  });
});
