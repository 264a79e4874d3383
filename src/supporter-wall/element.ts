import type { ElementBasics } from '../core/element.js';
import { wallFields } from './fields.js';

/** What the wall reads itself, in every visitor's files: its tag, settings and campaign-file section. */
export const supporterWall = {
  tag: 'supporter-wall',
  fields: wallFields,
} as const satisfies ElementBasics;

/** The rest of its description, for the builder, WordPress's blocks and the README (src/elements.ts). */
export const supporterWallAbout = {
  name: 'Supporter wall',
  summary: 'Supporter logos, fair to every partner.',
  module: 'supporter-wall/supporter-wall',
  className: 'SupporterWall',
} as const;
