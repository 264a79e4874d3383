import { choice, data, flag, list, number, text, toNumber, url, type FieldSchemas } from '../core/fields.js';

// Up to 10^12: a count of 1e308 would make a number wider than any partner's page.
const count = (fallback?: number) => number({ min: 0, max: 1e12 }, fallback);

/**
 * Every setting of `<petition-counter>`: attributes in kebab-case, campaign-file `petition` keys
 * as written here. The comment above each key is its description in the README, the builder and
 * the schema.
 */
export const counterFields = {
  /** A fixed count; also shown while the sources load and when every source fails */
  count: count(undefined),
  /** Space-separated sources, added together: `uk-parliament:ID` (its `count.json`), or a JSON URL with the path to the number in its fragment (`https://example.org/stats.json#data.total`; default key `count`) */
  source: list(),
  /** A number (thousands commas allowed: `100,000`), or `auto` for the next milestone above the count; without it there is no progress bar */
  goal: data<number>(
    (v) => v === 'auto' || (typeof v === 'number' && v > 0 && Number.isFinite(v)),
    'a positive number or "auto"',
    (v) => (typeof v === 'string' && v.trim() === 'auto' ? 'auto' : toNumber(v)),
    // `auto` is kept as 0: the counter then picks the next milestone above the count.
    (v: number | 'auto') => (v === 'auto' ? 0 : v),
  ),
  /** Words after the number (default "signatures", "signature" for 1, in the visitor's language, with each language's own forms for a count) */
  label: text(),
  /** Seconds between refreshes while visible: minimum `30` (a smaller value is reported and 30 is used), `0` to load once */
  refresh: number({ min: 0, max: 1e12, least: 30 }, 60),
  /** Where to sign; the partner's attribution is added */
  href: url(),
  /** Text of the sign link (default "Sign the petition", localised) */
  ctaLabel: text(),
  /** `standard` (118,342), `compact` (118K) or `long` (the number in words where the language has them: 14 million, 14 miliwn), in the visitor's language */
  format: choice(['standard', 'compact', 'long'] as const, 'standard'),
  /** Signatures collected elsewhere (on paper, say), added to the total and to `count` */
  offset: count(0),
  /** Hides the number and bar until the total reaches this, so a new petition does not show "3 signatures"; the sign link still shows */
  min: count(0),
  /** Goals for `goal="auto"`, space- or comma-separated (`10000 100000`); after the last one the goal follows 100, 200, 500, 1,000, 2,000, 5,000… */
  milestones: data<string>(
    (v) => typeof v === 'string' && /^[\d\s,.]+$/.test(v),
    'a list of numbers',
    // A campaign file may give a list; kept as text and read where used.
    (v) => (Array.isArray(v) ? v.join(' ') : typeof v === 'number' ? String(v) : v),
  ),
  /** The share of the current milestone (0.01 to 1) at which `goal="auto"` moves on: with `0.9`, 9,000 already shows progress to the milestone after 10,000 */
  stepAt: number({ min: 0.01, max: 1 }, 1),
  /** Adds a line saying where the number comes from (linked) and the time of the last update */
  showSource: flag(),
  /** The source of a fixed `count` (a cited statistic): shown as "Source: NCMEC" */
  cite: text(),
  /** Where the cited source can be read (`https:` or `http:`): the "Source" line links there */
  citeHref: url(),
};

/** The campaign-file schemas of the settings whose rule is the counter's own (build time only). */
export const counterSchemas: FieldSchemas<typeof counterFields> = {
  // A positive number, also as text with thousands commas ("14,000,000"), or `auto`.
  goal: (z) =>
    z.union([
      z.number().check(z.gt(0)),
      z.literal('auto'),
      z.string().check(z.regex(/^\s*(?=[\d,.]*[1-9])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*$/)),
    ]),
  // Numbers, as a list or as text (`10000 100000`).
  milestones: (z) => {
    const numbers = () => z.union([z.number().check(z.gte(0)), z.string().check(z.regex(/^[\d\s,.]*$/))]);
    return z.union([numbers(), z.array(numbers()).check(z.minLength(1))]);
  },
};
