import type { ElementBasics } from '../core/element.js';
import { shareFields } from './fields.js';

/** What the share bar reads itself, in every visitor's files: its tag, settings and campaign-file section. */
export const shareBar = {
  tag: 'share-bar',
  section: 'share',
  fields: shareFields,
} as const satisfies ElementBasics;

/** The rest of its description, for the builder, WordPress's blocks and the README (src/elements.ts). */
export const shareBarAbout = {
  name: 'Share bar',
  summary: 'Share the campaign to social networks, email and the clipboard.',
  module: 'share-bar/share-bar',
  className: 'ShareBar',
} as const;
