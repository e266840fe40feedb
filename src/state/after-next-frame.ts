// Scheduling for work that must not share a frame with the work before it. On a 1,000-node design
// every frame that changes the DOM costs 10-40 ms of style, layout, paint and hit testing; two
// changes rendered in one frame (a what-if report and the first overlay slice) made one task of
// 50-95 ms where two frames stay under 50 (#5).

/** Runs `step` in a task after the next frame is drawn. Without frames (Node, unit tests): in the
 * next task. Returns a function that cancels it. */
export function afterNextFrame(step: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timeout = setTimeout(step, 0);
    return () => clearTimeout(timeout);
  }
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // The frame's rendering follows the rAF callbacks: a timeout set here runs after it.
    timeout = setTimeout(step, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timeout);
  };
}
