import { describe, expect, it } from 'vitest';
import { formatUtilisation, UTILISATION_BANDS, utilisationColor, WARNING_COLOR, widthForMbps } from './heat';
import { formatMbps } from './traffic';

describe('colour scales', () => {
  it('warms up with utilisation and warns over capacity', () => {
    expect(utilisationColor(0.1)).toBe(UTILISATION_BANDS[0]?.color);
    expect(utilisationColor(0.7)).toBe(UTILISATION_BANDS[1]?.color);
    expect(utilisationColor(0.95)).toBe(UTILISATION_BANDS[2]?.color);
    expect(utilisationColor(1.01)).toBe(WARNING_COLOR);
    expect(utilisationColor(Number.NaN)).toBe(UTILISATION_BANDS[0]?.color);
  });

  it('formats numbers a person reads at a glance', () => {
    expect(formatUtilisation(0.374)).toBe('37 %');
    expect(formatUtilisation(Number.POSITIVE_INFINITY)).toBe('0 %');
    expect(formatMbps(0.5)).toBe('0.5 Mbps');
    expect(formatMbps(850)).toBe('850 Mbps');
    expect(formatMbps(1250)).toBe('1.25 Gbps');
    expect(formatMbps(1330)).toBe('1.33 Gbps');
    expect(formatMbps(2000)).toBe('2 Gbps');
    expect(formatMbps(12000)).toBe('12 Gbps');
  });

  it('scales widths between 2 and 8 px', () => {
    expect(widthForMbps(0, 100)).toBe(2);
    expect(widthForMbps(100, 100)).toBe(8);
    expect(widthForMbps(50, 100)).toBe(5);
    expect(widthForMbps(10, 0)).toBe(2);
  });
});
