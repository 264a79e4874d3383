import type { ElementDescription } from '../core/element.js';
import { wallFields } from './fields.js';

export const supporterWall = {
  tag: 'supporter-wall',
  name: 'Supporter wall',
  summary: 'Supporter logos, fair to every partner.',
  module: 'supporter-wall/supporter-wall',
  className: 'SupporterWall',
  // Six logos at 16px text (issue 23's cells, 16em × 7.2em): two or three columns, three rows at
  // most, in a wall 552px or wider (448px; 325px with four columns); one column in a narrower one
  // (818px at 320–375px, 774px at 240px). By window width until the reservation follows the
  // element's own width.
  // Six logos at the wall's own width: two rows from four columns (67.5em), three rows in two
  // columns (below 51em), one column below 34.5em. The builder sizes a wall by its list (`grid`:
  // cells at least 16em wide and 7.2em high, see supporter-wall.styles.ts).
  reserve: {
    size: '20.5em',
    narrow: [
      ['50.95em', '28em'],
      ['34.45em', '51.5em'],
    ],
    grid: { cell: 16, high: 7.2, gap: 0.5, inset: 2, frame: 5.45, group: 2.2 },
  },
  fields: wallFields,
} as const satisfies ElementDescription;
