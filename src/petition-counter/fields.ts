import { choice, data, flag, list, number, text, toNumber, url } from '../core/fields.js';

/** `goal` is a positive number, or `auto` (stored as 0) for the next milestone above the count. */
const goal = data<number>(
  'number',
  'a positive number or "auto"',
  (v) => {
    const n = v === 'auto' ? 0 : toNumber(v);
    return typeof n === 'number' && (n > 0 || v === 'auto') ? n : undefined;
  },
  'A number, or auto for the next milestone',
);

const count = (fallback: number | undefined, description: string) => number({ min: 0 }, fallback, description);

/** Every setting of `<petition-counter>`; campaign-file `petition` keys in camelCase. */
export const counterFields = {
  count: count(undefined, 'A fixed count; the fallback while loading'),
  source: list('Summed: uk-parliament:ID or JSON URL#path.to.number'),
  goal,
  label: text('Words after the number'),
  refresh: count(60, 'Seconds between refreshes (min 30; 0 none)'),
  href: url('Where to sign'),
  ctaLabel: text('Sign link text'),
  format: choice(['standard', 'compact'] as const, 'standard', 'Number style'),
  offset: count(0, 'Signatures on paper, added'),
  min: count(0, 'Hide the number below this'),
  // Kept as checked text ("10000 100000"; a campaign file may give a list) and split where used:
  // a zod array schema would cost every visitor more than the split.
  milestones: data<string>(
    'string',
    'a list of numbers',
    (v) => {
      const text = String(Array.isArray(v) ? v.join(' ') : v);
      return /^[\d\s,.]+$/.test(text) ? text : undefined;
    },
    'Goals for goal=auto',
  ),
  stepAt: number({ min: 0.01, max: 1 }, 1, 'Share of a milestone that moves goal=auto on'),
  showSource: flag('Show the source and update time'),
};
