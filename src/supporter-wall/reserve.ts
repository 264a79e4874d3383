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

/**
 * The row under the logos, in em: the "+ N more" button and the join link are each at least
 * 2.75em high (`min-block-size`), and where both show they wrap to two rows 0.75em apart in a
 * wall of one column (in Welsh below 30em, in English below 22em: measured in Chromium with
 * serif and sans-serif text, 16px and 18px).
 */
export const wallEndRow = { high: 2.75, gap: 0.75 } as const;
