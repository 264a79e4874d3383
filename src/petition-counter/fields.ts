import { choice, data, flag, list, number, text, toNumber, url } from '../core/fields.js';

/** `goal` is a positive number, or `auto` (stored as 0) for the next milestone above the count. */
const goal = data<number>('number', 'a positive number or "auto"', (v) => {
  const n = v === 'auto' ? 0 : toNumber(v);
  return typeof n === 'number' && (n > 0 || v === 'auto') ? n : undefined;
});

const count = (fallback?: number) => number({ min: 0 }, fallback);

/** Every setting of `<petition-counter>`; campaign-file `petition` keys in camelCase. */
export const counterFields = {
  count: count(undefined),
  source: list(),
  goal,
  label: text(),
  refresh: count(60),
  href: url(),
  ctaLabel: text(),
  format: choice(['standard', 'compact'] as const, 'standard'),
  offset: count(0),
  min: count(0),
  // Kept as checked text ("10000 100000"; a campaign file may give a list) and split where used:
  // a zod array schema would cost every visitor more than the split.
  milestones: data<string>('string', 'a list of numbers', (v) => {
    const text = String(Array.isArray(v) ? v.join(' ') : v);
    return /^[\d\s,.]+$/.test(text) ? text : undefined;
  }),
  stepAt: number({ min: 0.01, max: 1 }, 1),
  showSource: flag(),
};
