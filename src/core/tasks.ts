/**
 * Resolves once the browser has had its chance to paint, so the work after it is counted in a
 * frame of its own. A partner's Lighthouse score and the Long Animation Frames API count our
 * script's time per frame: defining five elements and rendering them in one would be one long
 * frame on a cheap phone. Where frames do not come (a background tab) a timer stands in.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(() => resolve(), 100);
    requestAnimationFrame(() =>
      // After the frame's rendering, not inside it: a task of its own in the next frame.
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
