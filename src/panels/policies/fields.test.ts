import { describe, expect, it } from 'vitest';
import { PP } from './fields';

describe('policy form parsers', () => {
  it('accepts selectors the engine understands and names the bad one', () => {
    expect(PP.selectors('*, tag:eu site-nyc')).toEqual({ ok: true, value: ['*', 'tag:eu', 'site-nyc'] });
    const bad = PP.selectors('site-nyc, Tag:EU');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('Tag:EU');
    expect(PP.selectors('').ok).toBe(false);
  });

  it('parses DSCP lists within 0-63, dropping repeats', () => {
    expect(PP.dscp('46, 34 46')).toEqual({ ok: true, value: [46, 34] });
    expect(PP.dscp('64').ok).toBe(false);
    expect(PP.dscp('4.5').ok).toBe(false);
  });

  it('checks ports, prefixes and jurisdictions with the schema', () => {
    expect(PP.ports('443 3478-3481')).toEqual({ ok: true, value: ['443', '3478-3481'] });
    expect(PP.ports('https').ok).toBe(false);
    const hostBits = PP.prefixes('10.1.2.3/16');
    expect(hostBits.ok).toBe(false);
    if (!hostBits.ok) expect(hostBits.error).toContain('host bits');
    expect(PP.jurisdictions('de, eu, site')).toEqual({ ok: true, value: ['DE', 'EU', 'site'] });
  });

  it('reads optional SLA bounds: empty is unset, negatives are refused', () => {
    expect(PP.latency('')).toEqual({ ok: true, value: undefined });
    expect(PP.latency('150')).toEqual({ ok: true, value: 150 });
    expect(PP.loss('101').ok).toBe(false);
    expect(PP.jitter('-1').ok).toBe(false);
  });
});
