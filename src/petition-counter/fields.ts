import { choice, data, flag, list, number, text, toNumber, url } from '../core/fields.js';

const count = (fallback?: number) => number({ min: 0 }, fallback);

/**
 * Every setting of `<petition-counter>`: attributes in kebab-case, campaign-file `petition` keys
 * as written here. The comment above each key is its description in the README, the builder and
 * the schema.
 */
export const counterFields = {
  /** A fixed count; also the fallback while loading or when every source fails */
  count: count(undefined),
  /** Space-separated sources, summed: `uk-parliament:ID` or JSON URLs with `#path.to.number` (default key `count`) */
  source: list(),
  /** A number, or `auto` for the next milestone above the count */
  goal: data<number>(
    (v) => v === 'auto' || (typeof v === 'number' && v > 0 && Number.isFinite(v)),
    'a positive number or "auto"',
    (v) => (typeof v === 'string' && v.trim() === 'auto' ? 'auto' : toNumber(v)),
    // `auto` is kept as 0: the counter then picks the next milestone above the count.
    (v: number | 'auto') => (v === 'auto' ? 0 : v),
  ),
  /** Words after the number (default "signatures", localised) */
  label: text(),
  /** Seconds between refreshes while visible: default 60, minimum 30, `0` for none */
  refresh: count(60),
  /** Where to sign */
  href: url(),
  /** Text of the sign link (default "Sign the petition", localised) */
  ctaLabel: text(),
  /** `standard` (118,342) or `compact` (118K) */
  format: choice(['standard', 'compact'] as const, 'standard'),
  /** Signatures counted elsewhere (on paper), added to the total */
  offset: count(0),
  /** Hide the number (and bar) until the total reaches this, so a new petition does not show "3 signatures" */
  min: count(0),
  /** Space- or comma-separated goals for `goal="auto"`, tried before the 1-2-5 series (100, 200, 500, 1,000...) */
  milestones: data<string>(
    (v) => typeof v === 'string' && /^[\d\s,.]+$/.test(v),
    'a list of numbers',
    // A campaign file may give a list; kept as text and read where used.
    (v) => (Array.isArray(v) ? v.join(' ') : typeof v === 'number' ? String(v) : v),
  ),
  /** Share (0.01 to 1, default 1) of the current milestone at which `goal="auto"` moves on to the next */
  stepAt: number({ min: 0.01, max: 1 }, 1),
  /** Shows where the number comes from (linked) and when it was last updated */
  showSource: flag(),
};
