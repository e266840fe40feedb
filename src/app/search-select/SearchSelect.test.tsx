// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchSelect } from './SearchSelect';

const links = Array.from({ length: 500 }, (_, i) => ({ value: `l-${i}`, label: `Link ${i} (l-${i})` }));

let host: HTMLElement;
let root: Root;
let chosen: (string | null)[];

function Picker() {
  const [value, setValue] = useState<string | null>('l-0');
  return (
    <SearchSelect
      options={links}
      value={value}
      onChange={(v) => {
        chosen.push(v);
        setValue(v);
      }}
      ariaLabel="Which link"
      testId="picker"
    />
  );
}

const input = () => host.querySelector<HTMLInputElement>('[data-testid="picker"]') as HTMLInputElement;
const options = () => [...host.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-value'));

function type(text: string) {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input(), text);
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(key: string) {
  act(() => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('SearchSelect', () => {
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    chosen = [];
    act(() => root.render(<Picker />));
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('shows the chosen option and draws no list until opened', () => {
    expect(input().value).toBe('Link 0 (l-0)');
    expect(input().getAttribute('role')).toBe('combobox');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(options()).toEqual([]);
  });

  it('filters as the user types, best match first, and picks it with Enter', () => {
    type('l-42');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    // l-42 itself, then ids that start with it (l-420 … l-429).
    expect(options().slice(0, 3)).toEqual(['l-42', 'l-420', 'l-421']);
    expect(options()).toHaveLength(11);
    press('Enter');
    expect(chosen).toEqual(['l-42']);
    expect(input().value).toBe('Link 42 (l-42)');
    expect(options()).toEqual([]);
  });

  it('draws a screenful of a long list and says how many more match', () => {
    press('ArrowDown');
    expect(options().length).toBeLessThan(links.length);
    expect(host.querySelector('.ss-note')?.textContent).toMatch(/^\d+ more: type to narrow/);
    press('ArrowDown');
    press('Enter');
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toMatch(/^l-\d+$/);
  });

  it('says when nothing matches, and Escape keeps what was chosen', () => {
    type('tokyo');
    expect(options()).toEqual([]);
    expect(host.querySelector('.ss-note')?.textContent).toContain('Nothing matches “tokyo”');
    press('Escape');
    expect(chosen).toEqual([]);
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().value).toBe('Link 0 (l-0)');
    press('Escape');
    expect(chosen).toEqual([]);
    expect(input().value).toBe('Link 0 (l-0)');
  });

  it('leaving the field keeps what was chosen, whatever the list highlighted', () => {
    type('l-7');
    act(() => {
      input().dispatchEvent(new FocusEvent('blur'));
      input().dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    expect(chosen).toEqual([]);
    expect(input().value).toBe('Link 0 (l-0)');
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });
});

describe('SearchSelect with options built on demand', () => {
  it('builds the list only once it is opened, and shows the label it is given until then', () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    let built = 0;
    const picked: (string | null)[] = [];
    const build = () => {
      built++;
      return links;
    };
    act(() =>
      root.render(
        <SearchSelect
          options={build}
          valueLabel="Link 3 (l-3)"
          value="l-3"
          onChange={(v) => picked.push(v)}
          ariaLabel="Which"
          testId="lazy"
        />,
      ),
    );
    const field = host.querySelector<HTMLInputElement>('[data-testid="lazy"]') as HTMLInputElement;
    expect(field.value).toBe('Link 3 (l-3)');
    expect(built).toBe(0);
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, 'l-49');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(built).toBeGreaterThan(0);
    expect(host.querySelector('[role="option"]')?.getAttribute('data-value')).toBe('l-49');
    act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(picked).toEqual(['l-49']);
    act(() => root.unmount());
    host.remove();
  });
});
