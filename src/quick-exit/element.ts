import type { ElementBasics } from '../core/element.js';
import { quickExitFields } from './fields.js';

/** What the quick exit reads itself, in every visitor's files: its tag, settings and campaign-file section. */
export const quickExit = {
  tag: 'quick-exit',
  section: 'quickExit',
  fields: quickExitFields,
} as const satisfies ElementBasics;

/** The rest of its description, for the builder, WordPress's blocks and the README (src/elements.ts). */
export const quickExitAbout = {
  name: 'Quick exit',
  summary: 'Leave the page at once: a button and the Shift shortcut, to an everyday site.',
  module: 'quick-exit/quick-exit',
  className: 'QuickExit',
} as const;
