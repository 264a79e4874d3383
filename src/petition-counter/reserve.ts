import type { Reserve } from '../core/element.js';

// From `node bench/heights.mjs`, the tallest of counts of five to eight digits (a narrow counter
// draws them all alike: its words under the number, its goal and source lines as many lines as
// an eight-digit count's or a petition's source needs): with a goal and a sign link, and without
// either (`!`), with `show-source`'s line under it or not, and with words of its own (`label`)
// as long as "signatures and pledges across the coalition". A longer label may draw taller.
// A statistic (no goal, no sign link) has sizes by its words' length: measured with labels of 19
// (the plain size), 44, 65 and 87 characters (`label>N`: longer than N), and with `cite`'s
// source line; a label longer than 87 characters may draw taller.
//
// A statistic's words of its own (`label`, without a goal or a sign link) wrap by the width of the page
// font's own characters: those sizes step by `calc(Ach + Bem)` (its words in `ch`, its number and
// padding in `em`), measured in the eight families of `FONTS=many node bench/heights.mjs
// petition-counter`, each step taking in every one of them (with 1.5% and WebKit's whole-pixel
// "0" to spare). By `em` alone, measured in two families, a statistic in DejaVu Serif drew a line
// more than its space at a phone's width, and the page moved. The others go by `em`.
export const counterReserve = {
  part: 'counter',
  ownFigure: 'cite',
  size: '10.75em',
  narrow: [
    ['24.5em', '13.75em'],
    ['14em', '14.75em'],
    ['13.75em', '16em'],
  ],
  with: {
    'cite label>65 !goal !href': {
      size: '6.5em',
      narrow: [
        ['calc(58.46ch + 23.25em)', '8em'],
        ['calc(32.99ch + 11em)', '9.5em'],
        ['calc(0.46ch + 24.25em)', '11em'],
        ['calc(11.01ch + 11.25em)', '12.5em'],
        ['calc(12.59ch + 7.25em)', '13.75em'],
        ['24.54ch', '14em'],
        ['calc(7.26ch + 8.25em)', '15em'],
      ],
    },
    'cite label>44 !goal !href': {
      size: '6.5em',
      narrow: [
        ['calc(51.67ch + 16em)', '8em'],
        ['calc(1.04ch + 24em)', '9.5em'],
        ['calc(13.91ch + 10.75em)', '11em'],
        ['calc(10.95ch + 8em)', '12.25em'],
        ['calc(7.26ch + 8.25em)', '13.5em'],
      ],
    },
    'cite label>19 !goal !href': {
      size: '6.5em',
      narrow: [
        ['calc(41.24ch + 11.5em)', '8em'],
        ['calc(15.49ch + 15.25em)', '9.5em'],
        ['calc(6.37ch + 10.25em)', '10.75em'],
      ],
    },
    'cite !goal !href': {
      size: '6.5em',
      narrow: [
        ['24.45em', '8em'],
        ['11.7em', '8.75em'],
      ],
    },
    'label>65 !goal !href !show-source': {
      size: '4.5em',
      narrow: [
        ['calc(58.46ch + 23.25em)', '6em'],
        ['calc(32.99ch + 11em)', '7.5em'],
        ['calc(0.46ch + 24.25em)', '9em'],
        ['calc(11.01ch + 11.25em)', '10.5em'],
        ['calc(12.59ch + 7.25em)', '11.75em'],
        ['24.54ch', '12em'],
        ['calc(7.26ch + 8.25em)', '13em'],
      ],
    },
    'label>44 !goal !href !show-source': {
      size: '4.5em',
      narrow: [
        ['calc(51.67ch + 16em)', '6em'],
        ['calc(1.04ch + 24em)', '7.5em'],
        ['calc(13.91ch + 10.75em)', '9em'],
        ['calc(10.95ch + 8em)', '10.25em'],
        ['calc(7.26ch + 8.25em)', '11.5em'],
      ],
    },
    'label>19 !goal !href !show-source': {
      size: '4.5em',
      narrow: [
        ['calc(41.24ch + 11.5em)', '6em'],
        ['calc(15.49ch + 15.25em)', '7.5em'],
        ['calc(6.37ch + 10.25em)', '8.75em'],
      ],
    },
    'show-source !goal !href': {
      size: '6.5em',
      narrow: [
        ['24.5em', '8em'],
        ['11.75em', '8.75em'],
      ],
    },
    '!goal !href': {
      size: '4.5em',
      narrow: [
        ['24.5em', '6em'],
        ['11.75em', '6.75em'],
      ],
    },
    'show-source !href': {
      size: '9.5em',
      narrow: [
        ['24.5em', '13.5em'],
        ['16.5em', '14.75em'],
        ['14em', '15.75em'],
        ['11.5em', '16.75em'],
      ],
    },
    '!href': {
      size: '7.5em',
      narrow: [
        ['24.5em', '10.5em'],
        ['14em', '11.5em'],
      ],
    },
    'show-source !goal': {
      size: '9.5em',
      narrow: [
        ['24.5em', '12.5em'],
        ['16.5em', '13.75em'],
        ['13.75em', '14.75em'],
        ['11.5em', '15.5em'],
      ],
    },
    '!goal': {
      size: '7.75em',
      narrow: [
        ['24.5em', '9.25em'],
        ['13.75em', '10.25em'],
      ],
    },
    'show-source label': {
      size: '12.75em',
      narrow: [
        ['37em', '14.25em'],
        ['24.5em', '16.75em'],
        ['24em', '18.25em'],
        ['16.5em', '19.5em'],
        ['14em', '22em'],
        ['13.75em', '23.25em'],
        ['11.5em', '24.25em'],
      ],
    },
    'show-source': {
      size: '12.75em',
      narrow: [
        ['24.5em', '16.75em'],
        ['16.5em', '18em'],
        ['14em', '19em'],
        ['13.75em', '20.25em'],
        ['11.5em', '21.25em'],
      ],
    },
    label: {
      size: '10.75em',
      narrow: [
        ['37em', '12.25em'],
        ['24.5em', '13.75em'],
        ['24em', '15.25em'],
        ['14em', '17.75em'],
        ['13.75em', '19em'],
      ],
    },
  },
} as const satisfies Reserve;
