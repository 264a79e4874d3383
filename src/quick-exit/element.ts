import type { ElementDescription } from '../core/element.js';
import { quickExitFields } from './fields.js';

export const quickExit = {
  tag: 'quick-exit',
  name: 'Quick exit',
  summary: 'Leave the page at once: a button and the Shift shortcut, to an everyday site.',
  module: 'quick-exit/quick-exit',
  className: 'QuickExit',
  section: 'quickExit',
  fields: quickExitFields,
} as const satisfies ElementDescription;
