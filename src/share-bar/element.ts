import type { ElementDescription } from '../core/element.js';
import { shareFields } from './fields.js';

export const shareBar = {
  tag: 'share-bar',
  name: 'Share bar',
  summary: 'Share the campaign to social networks, email and the clipboard.',
  module: 'share-bar/share-bar',
  className: 'ShareBar',
  section: 'share',
  // From `node bench/heights.mjs`: the default networks and the device's share button; `compact` icons.
  reserve: {
    size: '6em',
    narrow: [
      ['58em', '9.25em'],
      ['31em', '12.5em'],
      ['24.5em', '15.75em'],
      ['22em', '19.5em'],
      ['15.5em', '22.75em'],
      ['13.5em', '23.5em'],
    ],
    with: {
      compact: {
        size: '4.25em',
        narrow: [
          ['21.5em', '7.5em'],
          ['12em', '10.75em'],
        ],
      },
    },
  },
  fields: shareFields,
} as const satisfies ElementDescription;
