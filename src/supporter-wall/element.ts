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
  reserve: { size: '28em', narrow: [['36rem', '51.5em']] },
  fields: wallFields,
} as const satisfies ElementDescription;
