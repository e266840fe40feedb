// The failed-link colour is a theme variable; each theme's value must stand out from its canvas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAILED_COLOR } from './heat';

const css = readFileSync(new URL('../../styles/app.css', import.meta.url), 'utf8');

function block(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`app.css has no ${selector} block`);
  return css.slice(start, css.indexOf('}', start));
}

function variable(selector: string, name: string): string {
  const match = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})`).exec(block(selector));
  if (!match?.[1]) throw new Error(`${selector} does not set ${name} to a #rrggbb colour`);
  return match[1];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('failed-link colour', () => {
  it('comes from the theme, not one fixed colour', () => {
    expect(FAILED_COLOR).toBe('var(--failed-link)');
  });

  it.each([':root', '[data-theme="dark"]'])('contrasts at least 4.5:1 with the %s canvas', (theme) => {
    const link = variable(theme, '--failed-link');
    const bg = variable(theme, '--bg');
    expect(contrast(link, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
