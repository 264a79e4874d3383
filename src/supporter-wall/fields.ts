import { choice, flag, number, text, url } from '../core/fields.js';

/** Every setting of `<supporter-wall>`; supporters themselves come from `src`, the campaign file or light DOM. */
export const wallFields = {
  src: url(),
  heading: text(),
  order: choice(['as-given', 'shuffle', 'alphabetical'] as const, 'as-given'),
  monochrome: flag(),
  max: number({ min: 1, integer: true }),
  joinHref: url(undefined, { mailto: true }),
  joinLabel: text(),
};
