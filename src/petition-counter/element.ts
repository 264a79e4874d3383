import type { ElementBasics } from '../core/element.js';
import { counterFields } from './fields.js';

/** What the counter reads itself, in every visitor's files: its tag, settings and campaign-file section. */
export const petitionCounter = {
  tag: 'petition-counter',
  section: 'petition',
  fields: counterFields,
} as const satisfies ElementBasics;

/** The rest of its description, for the builder, WordPress's blocks and the README (src/elements.ts). */
export const petitionCounterAbout = {
  name: 'Petition counter',
  summary: 'Live petition signature count, summed across sources, or a cited statistic.',
  module: 'petition-counter/petition-counter',
  className: 'PetitionCounter',
  main: ['count', 'source', 'goal', 'label', 'href', 'ctaLabel', 'format'],
} as const;
