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
    size: '11em',
    narrow: [
      ['22em', '12.5em'],
      ['20.5em', '14.25em'],
      ['15em', '16.5em'],
      ['13.75em', '18.25em'],
      ['13em', '19.75em'],
    ],
    with: {
      'show-source !goal !href': {
        size: '6.75em',
        narrow: [
          ['23.25em', '8.5em'],
          ['13.5em', '10.75em'],
          ['11.75em', '12.5em'],
        ],
      },
      '!goal !href': {
        size: '4.5em',
        narrow: [
          ['23.25em', '6.25em'],
          ['13.5em', '8.5em'],
          ['11.75em', '10.25em'],
        ],
      },
      'show-source !href': {
        size: '10em',
        narrow: [
          ['22em', '11.5em'],
          ['20.5em', '13.25em'],
          ['15em', '15.5em'],
          ['13em', '17em'],
        ],
      },
      '!href': {
        size: '7.75em',
        narrow: [
          ['22em', '9.25em'],
          ['20.5em', '11em'],
          ['15em', '13.25em'],
          ['13em', '14.75em'],
        ],
      },
      'show-source !goal': {
        size: '10em',
        narrow: [
          ['20.5em', '11.75em'],
          ['15em', '14em'],
          ['13.75em', '15.75em'],
        ],
      },
      '!goal': {
        size: '7.75em',
        narrow: [
          ['20.5em', '9.5em'],
          ['15em', '11.75em'],
          ['13.75em', '13.5em'],
        ],
      },
      'show-source': {
        size: '13.25em',
        narrow: [
          ['22em', '14.75em'],
          ['20.5em', '16.5em'],
          ['15em', '18.75em'],
          ['13.75em', '20.5em'],
          ['13em', '22em'],
        ],
      },
    },
  },
  fields: counterFields,
  main: ['count', 'source', 'goal', 'label', 'href', 'ctaLabel', 'format'],
} as const satisfies ElementDescription;
