// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRevealed } from './useRevealed';

function Shown({ list, perFrame }: { list: readonly string[]; perFrame: number }) {
  const shown = useRevealed(list, list.length, perFrame);
  return <span>{list.slice(0, shown).join(',')}</span>;
}

const letters = (n: number, prefix = '') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('useRevealed', () => {
  let host: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    host = document.createElement('div');
  });
  afterEach(() => vi.useRealTimers());

  const frame = () => act(() => vi.advanceTimersByTime(20));

  it('renders a few items at first and more after each frame, until all are shown', () => {
    const root = createRoot(host);
    const list = letters(10);
    act(() => root.render(<Shown list={list} perFrame={4} />));
    expect(host.textContent).toBe('0,1,2,3');
    frame();
    expect(host.textContent).toBe('0,1,2,3,4,5,6,7');
    frame();
    expect(host.textContent).toBe(list.join(','));
    frame();
    expect(host.textContent).toBe(list.join(','));
    act(() => root.unmount());
  });

  it('starts over with a new list', () => {
    const root = createRoot(host);
    act(() => root.render(<Shown list={letters(10)} perFrame={3} />));
    frame();
    expect(host.textContent?.split(',')).toHaveLength(6);
    const next = letters(10, 'n');
    act(() => root.render(<Shown list={next} perFrame={3} />));
    expect(host.textContent).toBe('n0,n1,n2');
    act(() => root.unmount());
  });

  it('shows a short list whole at once', () => {
    const root = createRoot(host);
    act(() => root.render(<Shown list={letters(2)} perFrame={4} />));
    expect(host.textContent).toBe('0,1');
    act(() => root.unmount());
  });
});
