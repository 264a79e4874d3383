import { choice, flag, text, url } from '../core/fields.js';

/** Every setting of `<supporter-wall>`; supporters themselves come from `src`, the campaign file or light DOM. */
export const wallFields = {
  src: url('URL of a JSON list of supporters'),
  heading: text('Visible heading'),
  order: choice(['as-given', 'shuffle', 'alphabetical'] as const, 'as-given', 'Order of the logos'),
  monochrome: flag('Greyscale logos until hover or focus'),
};
