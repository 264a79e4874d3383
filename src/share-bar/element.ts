import type { ElementDescription } from '../core/element.js';
import { shareFields } from './fields.js';

export const shareBar = {
  tag: 'share-bar',
  name: 'Share bar',
  summary: 'Share the campaign to social networks, email and the clipboard.',
  module: 'share-bar/share-bar',
  className: 'ShareBar',
  section: 'share',
  reserve: {
    size: '9.25em',
    narrow: [
      ['30rem', '16em'],
      ['22.5rem', '21em'],
    ],
    compact: '4.5em',
    compactNarrow: [['24rem', '7.75em']],
  },
  fields: shareFields,
} as const satisfies ElementDescription;
