import type { ElementDescription } from '../core/element.js';
import { counterFields } from './fields.js';

export const petitionCounter = {
  tag: 'petition-counter',
  name: 'Petition counter',
  summary: 'Live petition signature count, summed across sources, or a cited statistic.',
  module: 'petition-counter/petition-counter',
  className: 'PetitionCounter',
  section: 'petition',
  // From `node bench/heights.mjs`, for a count of eight digits: with a goal and a sign link, and
  // without either (`!`), with `show-source`'s line under it or not.
  reserve: {
    size: '10.5em',
    narrow: [
      ['22.5em', '11.75em'],
      ['21em', '12.75em'],
      ['15.5em', '15.75em'],
      ['13.5em', '16.75em'],
    ],
    with: {
      'show-source !goal !href': {
        size: '6.25em',
        narrow: [
          ['23.5em', '7.5em'],
          ['14em', '9.75em'],
          ['12em', '11em'],
        ],
      },
      '!goal !href': {
        size: '4.5em',
        narrow: [
          ['23.5em', '5.75em'],
          ['14em', '8em'],
          ['12em', '9.25em'],
        ],
      },
      'show-source !href': {
        size: '9em',
        narrow: [
          ['22.5em', '10em'],
          ['21em', '11.25em'],
          ['15.5em', '13.5em'],
          ['13.5em', '14.75em'],
        ],
      },
      '!href': {
        size: '7.25em',
        narrow: [
          ['22.5em', '8.5em'],
          ['21em', '9.5em'],
          ['15.5em', '12em'],
          ['13.5em', '13em'],
        ],
      },
      'show-source !goal': {
        size: '9.5em',
        narrow: [
          ['21em', '10.75em'],
          ['15.5em', '13em'],
          ['14em', '13.75em'],
        ],
      },
      '!goal': {
        size: '7.75em',
        narrow: [
          ['21em', '9em'],
          ['15.5em', '11.25em'],
          ['14em', '12em'],
        ],
      },
      'show-source': {
        size: '12.25em',
        narrow: [
          ['22.5em', '13.25em'],
          ['21em', '14.5em'],
          ['15.5em', '16.75em'],
          ['14em', '17.5em'],
          ['13.5em', '18.5em'],
        ],
      },
    },
  },
  fields: counterFields,
  main: ['count', 'source', 'goal', 'label', 'href', 'ctaLabel', 'format'],
} as const satisfies ElementDescription;
