import type { ElementDescription } from '../core/element.js';
import { shareFields } from './fields.js';

export const shareBar = {
  tag: 'share-bar',
  name: 'Share bar',
  summary: 'Share the campaign to social networks, email and the clipboard.',
  module: 'share-bar/share-bar',
  className: 'ShareBar',
  section: 'share',
  fields: shareFields,
} as const satisfies ElementDescription;
