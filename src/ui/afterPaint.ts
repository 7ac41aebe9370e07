// Work a screen starts for later (a best-effort write, fetching what comes next) waits until the
// screen has been painted, so it never competes with the first frame the learner waits for.
/** Runs `fn` after the next paint; returns a cancel function for an effect's clean-up. */
export function afterPaint(fn: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) window.clearTimeout(timer);
  };
}
