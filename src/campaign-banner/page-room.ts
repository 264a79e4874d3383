export type Edge = 'start' | 'end';

/** The height of each fixed bar showing now, by the edge of the window it covers. */
const bars: Record<Edge, Map<object, number>> = { start: new Map(), end: new Map() };
/** The page's own inline value and computed value of each property we set, while we set it. */
const own: Record<string, [inline: string, computed: string]> = {};
let frame = 0;

/**
 * A fixed bar covers an edge of the window. Scroll padding makes the browser scroll whatever
 * takes focus clear of it (WCAG 2.2 SC 2.4.11), never less than the page's own (a sticky header);
 * below a bottom bar the page's end gets as much room again, or its last links could never
 * scroll out from under the bar. Two bars on one edge: the page makes room for the taller.
 * `later` (from a ResizeObserver) waits for the next frame: changing the page's padding inside
 * the observer's callback can resize the bar again and raise "ResizeObserver loop" errors.
 */
export function setBarRoom(bar: object, edge: Edge | undefined, height: number, later = false): void {
  bars.start.delete(bar);
  bars.end.delete(bar);
  if (edge && height) bars[edge].set(bar, height);
  cancelAnimationFrame(frame);
  if (later) frame = requestAnimationFrame(applyRoom);
  else applyRoom();
}

const ROOM: Array<[property: string, edge: Edge, value: (page: string, bar: number) => string]> = [
  ['scroll-padding-block-start', 'start', (page, bar) => `max(${page.replace('auto', '0px')},${bar}px)`],
  ['scroll-padding-block-end', 'end', (page, bar) => `max(${page.replace('auto', '0px')},${bar}px)`],
  ['padding-block-end', 'end', (page, bar) => `calc(${page} + ${bar}px)`],
];

function applyRoom(): void {
  const root = document.documentElement;
  for (const [property, edge, value] of ROOM) {
    const tallest = Math.max(0, ...bars[edge].values());
    if (tallest) {
      own[property] ??= [root.style.getPropertyValue(property), getComputedStyle(root).getPropertyValue(property)];
      root.style.setProperty(property, value(own[property][1], tallest));
    } else if (own[property]) {
      root.style.setProperty(property, own[property][0]);
      delete own[property];
    }
  }
}
