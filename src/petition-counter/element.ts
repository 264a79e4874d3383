import type { ElementDescription } from '../core/element.js';
import { counterFields } from './fields.js';

export const petitionCounter = {
  tag: 'petition-counter',
  name: 'Petition counter',
  summary: 'Live petition signature count, summed across sources, or a cited statistic.',
  module: 'petition-counter/petition-counter',
  className: 'PetitionCounter',
  section: 'petition',
  fields: counterFields,
  main: ['count', 'source', 'goal', 'label', 'href', 'ctaLabel', 'format'],
} as const satisfies ElementDescription;
