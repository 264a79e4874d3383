import type { Reserve } from '../core/element.js';

// From `FONTS=many node bench/heights.mjs campaign-banner`: `mode="inline"` with a headline, two
// lines of message (78 characters) and a call to action; with a content `warning` (52
// characters), its support link and the exit control. Longer words have sizes of their own,
// measured with warnings of 91 and 108 characters and messages of 135 and 173 (the builder picks
// them by length; `warning>52`: more than 52 characters; the message stays behind a warning's
// "Show message", so only the warning's length counts there). Longer still may draw taller.
//
// A banner is lines of words (in the width of the page font's own characters, `ch`, its "0") and
// buttons and padding (in `em`): each step is a width in both, `calc(Ach + Bem)`, which a
// container query reads in the banner's own font. By `em` alone a narrow font was kept a wide
// one's lines (the demo in Georgia: 24px blank at 375px); by `ch` alone, measured in two families,
// a banner in a third (P052, Century Schoolbook, URW Gothic, DejaVu Serif) drew a line more than
// its space and the page moved. How wide a font's letters are beside its "0" differs from family
// to family, so the steps are measured in eight, narrow and wide, serif and sans-serif, and each
// step takes in every one of them.
export const bannerReserve = {
  part: 'banner',
  size: '9.5em',
  narrow: [
    ['calc(24.93ch + 26.75em)', '11em'],
    ['calc(22.87ch + 10em)', '12.5em'],
    ['calc(15.33ch + 7.25em)', '14em'],
    ['calc(11.62ch + 6.75em)', '15.5em'],
    ['calc(11.48ch + 6.25em)', '17.25em'],
    ['calc(12.3ch + 5.5em)', '18.75em'],
    ['calc(6.68ch + 7.75em)', '20.25em'],
  ],
  with: {
    'warning>91': {
      size: '9.5em',
      narrow: [
        ['calc(49.75ch + 36em)', '11em'],
        ['calc(29.44ch + 18.25em)', '12.5em'],
        ['calc(24.93ch + 20.75em)', '14em'],
        ['calc(35.21ch + 14.25em)', '15.5em'],
        ['calc(23.48ch + 11.25em)', '17.25em'],
        ['calc(21.22ch + 12.25em)', '18.75em'],
        ['calc(24.02ch + 9.5em)', '20.25em'],
        ['calc(8.99ch + 15.25em)', '21.75em'],
        ['calc(6.33ch + 12.5em)', '23.25em'],
        ['calc(12.87ch + 8em)', '24.75em'],
        ['calc(16.87ch + 5em)', '26.75em'],
        ['calc(13.37ch + 6em)', '28.25em'],
        ['calc(12.35ch + 5.25em)', '29.75em'],
        ['calc(13.73ch + 4.25em)', '31.5em'],
        ['calc(13.15ch + 4.25em)', '33em'],
        ['calc(7.63ch + 7em)', '34.5em'],
      ],
    },
    'warning>52': {
      size: '9.5em',
      narrow: [
        ['calc(49.55ch + 27em)', '11em'],
        ['calc(24.93ch + 20.75em)', '14em'],
        ['calc(30.24ch + 12.75em)', '15.5em'],
        ['calc(25.28ch + 10em)', '17.25em'],
        ['calc(24.15ch + 9.75em)', '18.75em'],
        ['calc(22.74ch + 8.25em)', '20.25em'],
        ['calc(13.1ch + 8.75em)', '21.75em'],
        ['calc(7.46ch + 11em)', '23.25em'],
        ['calc(11.48ch + 8em)', '25.25em'],
        ['calc(16.45ch + 4.75em)', '26.75em'],
        ['calc(12.35ch + 5.25em)', '28.25em'],
        ['calc(13.35ch + 4.5em)', '30em'],
        ['calc(11.59ch + 5.25em)', '31.5em'],
        ['calc(12.25ch + 4.75em)', '33em'],
      ],
    },
    warning: {
      size: '9.5em',
      narrow: [
        ['calc(42.2ch + 12.75em)', '11em'],
        ['calc(24.93ch + 20.75em)', '14em'],
        ['calc(25.28ch + 10em)', '15.75em'],
        ['calc(24.15ch + 9.75em)', '17.25em'],
        ['calc(17.41ch + 11.25em)', '18.75em'],
        ['calc(7.46ch + 11em)', '20.25em'],
        ['calc(10.74ch + 8.5em)', '22.25em'],
        ['calc(13.01ch + 6.75em)', '23.75em'],
        ['calc(12.35ch + 5.25em)', '25.25em'],
        ['calc(12.95ch + 4.75em)', '27em'],
        ['calc(13.55ch + 4.25em)', '28.5em'],
        ['18.87ch', '30em'],
      ],
    },
    'message>135': {
      size: '9.5em',
      narrow: [
        ['158.76ch', '11em'],
        ['calc(23.93ch + 33.25em)', '12.5em'],
        ['calc(22.57ch + 19.25em)', '14em'],
        ['calc(19.64ch + 14.5em)', '15.5em'],
        ['calc(10.74ch + 15.5em)', '17em'],
        ['calc(9.19ch + 13.25em)', '18.5em'],
        ['calc(6.43ch + 13em)', '20em'],
        ['calc(10.49ch + 8.75em)', '21.5em'],
        ['calc(9.09ch + 7.75em)', '23.25em'],
        ['calc(8.43ch + 8em)', '24.75em'],
        ['calc(12.62ch + 5.25em)', '26.25em'],
        ['calc(15.05ch + 3.75em)', '27.75em'],
        ['calc(10.69ch + 5.75em)', '29.25em'],
        ['calc(6.53ch + 7.5em)', '30.75em'],
        ['17.82ch', '32.25em'],
      ],
    },
    'message>78': {
      size: '9.5em',
      narrow: [
        ['calc(42.43ch + 46.75em)', '11em'],
        ['calc(20.54ch + 25.25em)', '12.5em'],
        ['calc(19.64ch + 14.5em)', '14em'],
        ['calc(10.74ch + 15.5em)', '15.5em'],
        ['calc(10.54ch + 11.5em)', '17em'],
        ['calc(10.64ch + 9em)', '18.5em'],
        ['calc(9.09ch + 7.75em)', '20.25em'],
        ['calc(9.71ch + 7.25em)', '21.75em'],
        ['calc(13.05ch + 5em)', '23.25em'],
        ['calc(11.45ch + 5.5em)', '24.75em'],
        ['calc(6.53ch + 7.5em)', '26.25em'],
        ['18ch', '27.75em'],
      ],
    },
  },
} as const satisfies Reserve;
