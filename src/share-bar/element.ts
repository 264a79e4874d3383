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
    size: '6.5em',
    narrow: [
      ['57.5em', '9.75em'],
      ['30.75em', '13em'],
      ['24em', '16.25em'],
      ['21.75em', '19.5em'],
      ['15.5em', '20.25em'],
      ['15em', '24em'],
    ],
    with: {
      compact: {
        size: '4.25em',
        narrow: [
          ['21.25em', '7.5em'],
          ['11.5em', '10.75em'],
        ],
      },
    },
  },
  fields: shareFields,
} as const satisfies ElementDescription;
