import { date } from '../core/date-field.js';
import { choice, data, flag, list, number, text, url, type FieldSchemas } from '../core/fields.js';
import { parseRule, type Rule } from './recur.js';
import { isZone } from './zone.js';

/** What a wrong `start` or `end` does, in the console's words. */
export const STAYS_HIDDEN = 'the banner stays hidden until it is fixed';

const trim = (v: unknown) => (typeof v == 'string' ? v.trim() : v);

/**
 * Every setting of `<campaign-banner>`: attributes in kebab-case, campaign-file `banner` keys as
 * written here. The comment above each key is its description in the README, the builder and
 * the schema (read at build time; it costs visitors nothing).
 */
export const bannerFields = {
  /** The headline */
  headline: text(),
  /** Body text; light-DOM content (rich text, links) is used instead when present */
  message: text(),
  /** Text of the call-to-action link (default "Find out more", localised) */
  ctaLabel: text(),
  /** Where the call to action goes: a real link, `https:`/`http:` only, with the partner's attribution added */
  ctaHref: url(),
  /** `inline` (default), `top`, `bottom` (fixed bars) or `overlay` (full-page modal: the blackout) */
  mode: choice(['inline', 'top', 'bottom', 'overlay'] as const, 'inline'),
  /** ISO 8601 date-time when the banner appears: with an offset (`2026-05-18T00:00:00+01:00`, `…Z`), or without one (`2027-05-20T00:00`) when `time-zone` is set; a date without either is reported, not guessed. With `recur`, the first occurrence */
  start: date(STAYS_HIDDEN, 'timeZone'),
  /** ISO 8601 date-time (as for `start`) from which the banner stops (an `end` not after `start` is reported); with `recur`, the end of the first occurrence, which gives every occurrence its length */
  end: date(STAYS_HIDDEN, 'timeZone'),
  /** Shows a close button (named "Close", localised; on the blackout a "Continue to the site" button); `Escape` also closes an overlay */
  dismissible: flag(),
  /** Remember a dismissal for N days (1–3650) in localStorage (opt-in); without it a dismissal lasts for the browser session */
  dismissDays: number({ min: 1, max: 3650, integer: true }),
  /** Namespaces the remembered dismissal (default: the campaign file's `id`, else the headline) */
  campaignId: text(),
  /** Content-warning text; the message, its images and the call to action stay hidden behind a "Show message" button until the visitor chooses. With no message, it is shown as a note above the call to action */
  warning: text(),
  /** Text of the support link (default "Get support", localised) */
  supportLabel: text(),
  /** Support signposting shown beside the warning: a helpline or report page (`https:`, `http:` or `mailto:`) */
  supportHref: url({ mailto: true }),
  /** Show a compact countdown bar ("Starts in 3 days", localised) for this many days before `start` (`0.5` is twelve hours) */
  teaserDays: number({ min: 0, max: 365 }),
  /** With a `warning` or in `overlay` mode, the banner shows `<quick-exit>`'s "Exit this page" control (Shift three times exits too), going here: an everyday `https:`/`http:` site (default: the campaign file's `quickExit.href`; without either, no exit control) */
  exitHref: url(),
  /** After an overlay is dismissed, show a compact bar (headline and call to action) for the rest of the window */
  reminder: flag(),
  /** Headline shown from `end` until `after-end`: a thank-you or the result ("1,204 partners went dark. Thank you."); inline or in the same bar as the banner, never as an overlay (a blackout's after-copy comes as a bottom bar) */
  afterHeadline: text(),
  /** Body text shown from `end` until `after-end` */
  afterMessage: text(),
  /** Text of the call to action shown from `end` until `after-end` (default "Find out more", localised) */
  afterCtaLabel: text(),
  /** Where the after-copy's call to action goes (`https:`/`http:` only, with the partner's attribution added) */
  afterCtaHref: url(),
  /** ISO 8601 date-time (as for `start`) when the after-copy stops (default 14 days after `end`); with `recur`, each occurrence's after-copy lasts as long */
  afterEnd: date('the after-copy is not shown', 'timeZone'),
  /** Repeats the window: an iCalendar RRULE (RFC 5545) such as `FREQ=YEARLY;BYMONTH=2;BYDAY=2TU` (Safer Internet Day). Supported: `FREQ=YEARLY`, `MONTHLY` or `WEEKLY`, `INTERVAL`, `BYMONTH`, `BYMONTHDAY`, `BYDAY` (with ordinals: `2TU`, `-1FR`), `COUNT`, `UNTIL`. `start`/`end` are the first occurrence and its length; the teaser and the after-copy come with each occurrence */
  recur: {
    ...data<Rule>(
      (v) => typeof v == 'string' && !!parseRule(v),
      'an RRULE of FREQ=YEARLY, MONTHLY or WEEKLY with only INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, COUNT or UNTIL',
      trim,
      (v: string) => parseRule(v)!,
    ),
    invalid: 'the banner shows its first window only',
  },
  /** IANA time zone (`Europe/London`): dates written without an offset are read in it, and repeats keep their clock time in it (British Summer Time or not); an unknown zone is reported and ignored */
  timeZone: { ...data<string>(isZone, 'an IANA time zone, like Europe/London', trim), invalid: 'dates without an offset are refused' },
  /** The overlay shows at most this many times to a visitor (per browser session, or for `dismiss-days` where set), then the banner comes as its reminder bar */
  showLimit: number({ min: 1, max: 1000, integer: true }),
  /** Space-separated path patterns of the pages that show the banner: `/` (the home page), `/news/*` (`*` is any run of characters), `!/donate` (not this page); default every page */
  pages: list(),
};

// recur.ts's subset of RRULE, as far as a pattern can say it: the calendar of UNTIL and an ordinal
// too large for its FREQ (`BYDAY=54MO`) are the element's to check.
const num = (n: string) => `${n}(?:,${n})*`;
const RRULE = [
  'FREQ=(?:YEARLY|MONTHLY|WEEKLY)',
  'INTERVAL=(?=\\d{1,4}(?:;|\\s*$))0*[1-9]\\d*',
  `BYMONTH=${num('\\+?0{0,2}(?:[1-9]|1[0-2])')}`,
  `BYMONTHDAY=${num('[+-]?0?(?:[1-9]|[12]\\d|3[01])')}`,
  `BYDAY=${num('(?:[+-]?(?:0?[1-9]|[1-9]\\d))?(?:MO|TU|WE|TH|FR|SA|SU)')}`,
  'COUNT=\\+?0{0,2}[1-9]\\d{0,2}',
  'UNTIL=\\d{8}(?:T\\d{6}Z?)?',
  'WKST=MO',
].join('|');
const KEYS = 'FREQ|INTERVAL|BYMONTH|BYMONTHDAY|BYDAY|COUNT|UNTIL|WKST';

/** The campaign-file schemas of the settings whose rule is the banner's own (build time only). */
export const bannerSchemas: FieldSchemas<typeof bannerFields> = {
  recur: (z, caseless) =>
    z.string().check(
      z.regex(
        new RegExp(
          // FREQ is required; no key twice; COUNT or UNTIL, not both; no BYMONTHDAY or ordinal in a WEEKLY rule.
          caseless(
            `^\\s*(?:RRULE:)?(?=(?:[^;]*;)*FREQ=)(?!.*\\b(${KEYS})=.*;\\1=)(?!.*COUNT=.*UNTIL=|.*UNTIL=.*COUNT=)` +
              `(?!(?=.*FREQ=WEEKLY).*(?:BYMONTHDAY|BYDAY=[^;]*\\d))(?:${RRULE})(?:;(?:${RRULE}))*\\s*$`,
          ),
        ),
      ),
    ),
  // Which zones there are is the visitor's browser's to say; the schema checks the shape.
  timeZone: (z) => z.string().check(z.regex(/^\s*[A-Za-z][\w+-]*(?:\/[\w+-]+)*\s*$/)),
};
