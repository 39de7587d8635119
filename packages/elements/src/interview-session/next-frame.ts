/**
 * "After this frame": the moment changes made together (a keystroke and the reveal it closes, a
 * pasted date filling three boxes) have all arrived, so they can be assessed once.
 */

/** Longest wait for a frame. Hidden tabs run no frames; a restored draft must still be assessed. */
const FRAME_FALLBACK_MS = 100;

/** Calls `callback` once, after the next animation frame (or a 0 ms timeout where there are no frames, as in Node). Returns a cancel function. */
export function afterNextFrame(callback: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(once);
  const timer = setTimeout(once, FRAME_FALLBACK_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
