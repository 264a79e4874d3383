import type { Reserve } from '../core/element.js';

// Six logos at the wall's own width: two rows from four columns (67.5em), three rows in two
// columns (below 51em), one column below 34.5em. The builder sizes a wall by its list (`grid`:
// cells at least 16em wide and 7.2em high, see supporter-wall.styles.ts).
export const wallReserve = {
  size: '20.5em',
  narrow: [
    ['50.95em', '28em'],
    ['34.45em', '51.5em'],
  ],
  grid: { cell: 16, high: 7.2, gap: 0.5, inset: 2, frame: 5.45, group: 2.2 },
} as const satisfies Reserve;
