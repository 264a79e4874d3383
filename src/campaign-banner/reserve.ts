import type { Reserve } from '../core/element.js';

// From `node bench/heights.mjs`: `mode="inline"` with a headline, two lines of message (78
// characters) and a call to action; with a content `warning` (52 characters), its support link and
// the exit control. Longer words have sizes of their own, measured with warnings of 91 and 108
// characters and messages of 135 and 173 (the builder picks them by length; `warning>52`: more
// than 52 characters; the message stays behind a warning's "Show message", so only the
// warning's length counts there). Longer still may draw taller.
export const bannerReserve = {
  size: '9.5em',
  narrow: [
    ['42.45em', '11em'],
    ['24.2em', '12.5em'],
    ['16.95em', '14em'],
    ['14.2em', '15.5em'],
    ['13.95em', '17.25em'],
    ['13.7em', '18.75em'],
    ['11.95em', '20.25em'],
  ],
  with: {
    'warning>91': {
      size: '9.5em',
      narrow: [
        ['67.7em', '11em'],
        ['36.95em', '12.5em'],
        ['36.7em', '15.5em'],
        ['26.45em', '17.25em'],
        ['25.2em', '20.25em'],
        ['20.95em', '21.75em'],
        ['16.95em', '23.25em'],
        ['15.95em', '24.75em'],
        ['15.45em', '26.75em'],
        ['14.7em', '28.25em'],
        ['13.45em', '29.75em'],
        ['13.2em', '31.5em'],
        ['12.7em', '33em'],
        ['11.95em', '34.5em'],
      ],
    },
    'warning>52': {
      size: '9.5em',
      narrow: [
        ['58.45em', '11em'],
        ['36.7em', '14em'],
        ['31.95em', '15.5em'],
        ['26.45em', '17.25em'],
        ['25.2em', '18.75em'],
        ['22.95em', '20.25em'],
        ['17.2em', '21.75em'],
        ['15.95em', '23.25em'],
        ['15.45em', '25.25em'],
        ['14.95em', '26.75em'],
        ['13.45em', '28.25em'],
        ['13.2em', '30em'],
        ['12.95em', '31.5em'],
        ['12.7em', '33em'],
      ],
    },
    warning: {
      size: '9.5em',
      narrow: [
        ['39.7em', '11em'],
        ['36.7em', '14em'],
        ['26.45em', '15.75em'],
        ['25.2em', '17.25em'],
        ['22.45em', '18.75em'],
        ['15.95em', '20.25em'],
        ['15.45em', '22.25em'],
        ['15.2em', '23.75em'],
        ['13.45em', '25.25em'],
        ['13.2em', '28.5em'],
        ['12.45em', '30em'],
      ],
    },
    'message>135': {
      size: '11em',
      narrow: [
        ['48.45em', '12.5em'],
        ['33.45em', '14em'],
        ['26.7em', '15.5em'],
        ['22.2em', '17em'],
        ['19.2em', '18.5em'],
        ['17.2em', '20em'],
        ['15.7em', '21.5em'],
        ['13.95em', '23.25em'],
        ['13.7em', '26.25em'],
        ['13.45em', '27.75em'],
        ['12.45em', '29.25em'],
        ['11.95em', '30.75em'],
        ['11.45em', '32.25em'],
      ],
    },
    'message>78': {
      size: '9.5em',
      narrow: [
        ['73.2em', '11em'],
        ['38.2em', '12.5em'],
        ['26.7em', '14em'],
        ['22.2em', '15.5em'],
        ['18.45em', '17em'],
        ['15.7em', '18.5em'],
        ['13.95em', '20.25em'],
        ['13.7em', '21.75em'],
        ['13.45em', '23.25em'],
        ['13.2em', '24.75em'],
        ['11.95em', '26.25em'],
        ['11.45em', '27.75em'],
      ],
    },
  },
} as const satisfies Reserve;
