import type { ElementDescription } from '../core/element.js';
import { shareFields } from './fields.js';

export const shareBar = {
  tag: 'share-bar',
  name: 'Share bar',
  summary: 'Share the campaign to social networks, email and the clipboard.',
  module: 'share-bar/share-bar',
  className: 'ShareBar',
  section: 'share',
  // From `node bench/heights.mjs`: the default networks and the device's share button; `compact` icons (six, each at
  // least 2em wide: one row down to 16.5em).
  reserve: {
    size: '6.5em',
    narrow: [
      ['57.45em', '9.75em'],
      ['30.7em', '13em'],
      ['23.95em', '16.25em'],
      ['21.7em', '19.5em'],
      ['15.45em', '20.25em'],
      ['14.95em', '24em'],
    ],
    with: {
      // Measured above 11em; the narrower steps from the icons' geometry (reserve.ts compactReserve,
      // which sizes a bar by the networks the builder writes).
      compact: {
        size: '4.25em',
        narrow: [
          ['16.7em', '7.5em'],
          ['8.95em', '10.75em'],
        ],
      },
    },
  },
  fields: shareFields,
} as const satisfies ElementDescription;
