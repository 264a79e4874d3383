import * as z from 'zod/mini';
import { choice, data, list, number, text, toNumber, url } from '../core/fields.js';

/** `goal` is a positive number, or `auto` (stored as 0) for the next milestone above the count. */
const goal = data(
  z.number().check(z.refine((n) => n >= 0)),
  'a positive number or "auto"',
  (v) => (v === 'auto' ? 0 : v === 0 || v === '0' ? -1 : toNumber(v)),
  'The target, or auto for the next milestone',
);

/** Every setting of `<petition-counter>`; campaign-file `petition` keys in camelCase. */
export const counterFields = {
  count: number({ min: 0 }, undefined, 'A fixed count; also the fallback while loading'),
  source: list('Sources to sum: uk-parliament:ID or JSON URLs with #path.to.number'),
  goal,
  label: text('Words after the number'),
  refresh: number({ min: 0 }, 60, 'Seconds between refreshes (minimum 30, 0 for none)'),
  href: url('Where to sign'),
  ctaLabel: text('Text of the sign link'),
  format: choice(['standard', 'compact'] as const, 'standard', 'How the number is written'),
};
