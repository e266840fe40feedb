// Shows a list a few items per frame. The what-if report's dozen timeline cards laid out in one
// frame cost 20-40 ms of layout on a 1,000-node page, in the frame that also drew the scenario's
// arrival (#5); a few cards per frame keep each frame short, and all are there a few frames later.
import { useEffect, useState } from 'react';
import { afterNextFrame } from '../state/after-next-frame';

/** How many of `total` items to render now: `perFrame` at first, `perFrame` more after each frame.
 * Starts over when `list` (the thing being listed) changes. */
export function useRevealed(list: unknown, total: number, perFrame: number): number {
  const [state, setState] = useState({ list, shown: perFrame });
  let shown = state.shown;
  if (state.list !== list) {
    // A new list: start over in this render (React's "adjust state when a prop changes").
    shown = perFrame;
    setState({ list, shown });
  }
  useEffect(() => {
    if (shown >= total) return;
    return afterNextFrame(() => setState((s) => ({ ...s, shown: s.shown + perFrame })));
  }, [shown, total, perFrame]);
  return Math.min(shown, total);
}
