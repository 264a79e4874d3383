/** Per property: how many banners hold it, the page's own inline value, what it computed to. */
const holds: Record<string, [number, string, string]> = {};

/**
 * Sets one style property on the page's `<html>`, worked out from the page's own computed value;
 * returns the release, which is safe to call twice. Counted, so two banners restore the partner's
 * own inline value only once both have let go.
 */
export function holdPageStyle(name: string, value: (page: string) => string): () => void {
  const root = document.documentElement;
  const hold = (holds[name] ??= [0, '', '']);
  if (!hold[0]++) {
    hold[1] = root.style.getPropertyValue(name);
    hold[2] = getComputedStyle(root).getPropertyValue(name);
  }
  root.style.setProperty(name, value(hold[2]));
  let held = true;
  return () => {
    if (held && !--hold[0]) root.style.setProperty(name, hold[1]);
    held = false;
  };
}

/** Stops the page behind an overlay from scrolling; returns the release. */
export const lockScroll = () => holdPageStyle('overflow', () => 'hidden');
