import type { ElementDescription } from '../core/element.js';
import { wallFields } from './fields.js';

export const supporterWall = {
  tag: 'supporter-wall',
  name: 'Supporter wall',
  summary: 'Supporter logos, fair to every partner.',
  module: 'supporter-wall/supporter-wall',
  className: 'SupporterWall',
  fields: wallFields,
} as const satisfies ElementDescription;
