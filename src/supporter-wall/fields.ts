import { choice, flag, number, text, url } from '../core/fields.js';

/**
 * Every setting of `<supporter-wall>`; the supporters themselves come from `src`, the campaign
 * file's `supporters` or light DOM. The comment above each key is its description in the README,
 * the builder and the schema.
 */
export const wallFields = {
  /** URL of a JSON list of supporters; without it, the campaign file's `supporters`, else light-DOM children */
  src: url(),
  /** Visible heading (default "Supported by", localised) */
  heading: text(),
  /** `as-given`, `shuffle` (a fresh fair order on each visit) or `alphabetical` (in the visitor's language); applied within each tier */
  order: choice(['as-given', 'shuffle', 'alphabetical'] as const, 'as-given'),
  /** Logos in greyscale until hovered or focused */
  monochrome: flag(),
  /** Show this many logos and a "+ N more" button that reveals the rest (focus moves to the first revealed logo) */
  max: number({ min: 1, integer: true }),
  /** A "Join the coalition" link after the logos (a page or `mailto:`; partner-attributed) */
  joinHref: url({ mailto: true }),
  /** Text of the join link (default "Join the coalition", localised) */
  joinLabel: text(),
};

/** One supporter in a list (`src`, or the campaign file's `supporters`). */
export const supporterFields = {
  /** The organisation's name: required, and the logo's text alternative */
  name: text(),
  /** Address of the logo (SVG or PNG); relative to the list's own address */
  logo: url(),
  /** The organisation's site */
  href: url(),
  /** A tier's heading ("Lead partners"); supporters without one come first */
  tier: text(),
};
