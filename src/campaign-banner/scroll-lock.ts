let holders = 0;
let saved = '';

/**
 * Stops the page behind an overlay from scrolling; returns the release, which is safe to call
 * twice. Counted, so two overlays on one page restore the partner's own `overflow` only once
 * both have closed.
 */
export function lockScroll(): () => void {
  const style = document.documentElement.style;
  if (!holders++) {
    saved = style.overflow;
    style.overflow = 'hidden';
  }
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (!--holders) style.overflow = saved;
  };
}
