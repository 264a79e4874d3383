import { choice, flag, number, text, url } from '../core/fields.js';

/**
 * Every setting of `<supporter-wall>`; the supporters themselves come from `src`, the campaign
 * file's `supporters` or light DOM. The comment above each key is its description in the README,
 * the builder and the schema.
 */
export const wallFields = {
  /** URL of a JSON list of supporters `[{ name, logo, href, tier }]` (else the campaign file's `supporters`, else light-DOM children) */
  src: url(),
  /** Visible heading (default "Supported by", localised) */
  heading: text(),
  /** `as-given` (default), `shuffle` (a fresh fair order on each visit) or `alphabetical` */
  order: choice(['as-given', 'shuffle', 'alphabetical'] as const, 'as-given'),
  /** Logos in greyscale until hovered or focused */
  monochrome: flag(),
  /** Show at most this many logos, then a "+ N more" button */
  max: number({ min: 1, integer: true }),
  /** Where an organisation can join the coalition (a page or a `mailto:` address) */
  joinHref: url({ mailto: true }),
  /** Text of the join link (default "Join the coalition", localised) */
  joinLabel: text(),
};
