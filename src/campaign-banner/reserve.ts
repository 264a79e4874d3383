import type { Reserve } from '../core/element.js';

// From `node bench/heights.mjs campaign-banner`: `mode="inline"` with a headline, two lines of
// message (78 characters) and a call to action; with a content `warning` (52 characters), its
// support link and the exit control. Longer words have sizes of their own, measured with warnings
// of 91 and 108 characters and messages of 135 and 173 (the builder picks them by length;
// `warning>52`: more than 52 characters; the message stays behind a warning's "Show message", so
// only the warning's length counts there). Longer still may draw taller.
//
// A banner is mostly lines of text, so its steps go by the width of the page font's own characters
// (`ch`, its "0"; a container query reads it from the banner's own font), not by `em`: a wide
// sans-serif and a narrow serif then wrap at about the same step, and a page in the narrow one is
// not kept the extra line of the wide one (a demo in Georgia was left 24 px blank at 375 px).
// Under 16em (narrower than a 320px phone's column) its buttons and padding matter more than its
// words, and the steps go by `em` again.
export const bannerReserve = {
  size: '9.5em',
  narrow: [
    ['68.2ch', '11em'],
    ['39.2ch', '12.5em'],
    ['26.2ch', '14em'],
    ['15.95em', '14em'],
    ['14.2em', '15.5em'],
    ['13.95em', '17.25em'],
    ['13.7em', '18.75em'],
    ['11.95em', '20.25em'],
  ],
  with: {
    'warning>91': {
      size: '9.5em',
      narrow: [
        ['106.7ch', '11em'],
        ['59.45ch', '14em'],
        ['58.7ch', '15.5em'],
        ['41.95ch', '17.25em'],
        ['40.95ch', '18.75em'],
        ['39.95ch', '20.25em'],
        ['33.95ch', '21.75em'],
        ['25.95ch', '23.25em'],
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
        ['92.7ch', '11em'],
        ['59.45ch', '14em'],
        ['50.7ch', '15.5em'],
        ['41.95ch', '17.25em'],
        ['40.95ch', '18.75em'],
        ['36.45ch', '20.25em'],
        ['26.7ch', '21.75em'],
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
        ['62.95ch', '11em'],
        ['59.45ch', '14em'],
        ['41.95ch', '15.75em'],
        ['40.95ch', '17.25em'],
        ['35.95ch', '18.75em'],
        ['15.95em', '20.25em'],
        ['15.45em', '22.25em'],
        ['15.2em', '23.75em'],
        ['13.45em', '25.25em'],
        ['13.2em', '28.5em'],
        ['12.45em', '30em'],
      ],
    },
    'message>135': {
      size: '9.5em',
      narrow: [
        ['144.95ch', '11em'],
        ['76.95ch', '12.5em'],
        ['53.7ch', '14em'],
        ['43.2ch', '15.5em'],
        ['35.7ch', '17em'],
        ['29.7ch', '18.5em'],
        ['26.7ch', '20em'],
        ['15.95em', '20em'],
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
        ['116.45ch', '11em'],
        ['61.45ch', '12.5em'],
        ['43.2ch', '14em'],
        ['35.7ch', '15.5em'],
        ['28.45ch', '17em'],
        ['15.95em', '17em'],
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
