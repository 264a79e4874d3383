import { choice, date, flag, number, text, url } from '../core/fields.js';

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
  /** ISO 8601 date-time **with an offset** (`2026-05-18T00:00:00+01:00`, `…Z`) when the banner appears; a date without an offset is reported, not guessed */
  start: date('the banner stays hidden until it is fixed'),
  /** ISO 8601 date-time with an offset from which the banner renders nothing; an `end` not after `start` is reported */
  end: date('the banner stays hidden until it is fixed'),
  /** Shows a close button (named "Close", localised; on the blackout a "Continue to the site" button); `Escape` also closes an overlay */
  dismissible: flag(),
  /** Remember a dismissal for N days (1–3650) in localStorage (opt-in); without it a dismissal lasts for the browser session */
  dismissDays: number({ min: 1, max: 3650, integer: true }),
  /** Namespaces the remembered dismissal (default: the campaign file's `id`, else the headline) */
  campaignId: text(),
  /** Content-warning text; the message, its images and the call to action stay hidden behind a "Show message" button until the visitor chooses */
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
};
