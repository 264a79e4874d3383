import { choice, date, flag, number, text, url } from '../core/fields.js';

/**
 * Every setting of `<campaign-banner>`: attributes in kebab-case, campaign-file `banner` keys as
 * written here. The comment above each key is its description in the README, the builder and
 * the schema (read at build time; it costs visitors nothing).
 */
export const bannerFields = {
  /** The headline */
  headline: text(),
  /** Body text; light-DOM content is used instead when present */
  message: text(),
  /** Text of the call-to-action link (default "Find out more", localised) */
  ctaLabel: text(),
  /** Where the call to action goes; the partner's attribution is added */
  ctaHref: url(),
  /** `inline` (default), `top`, `bottom` or `overlay` */
  mode: choice(['inline', 'top', 'bottom', 'overlay'] as const, 'inline'),
  /** ISO 8601 date-time with an offset: when the banner appears */
  start: date('the banner stays hidden until it is fixed'),
  /** ISO 8601 date-time with an offset: from then on the banner renders nothing */
  end: date('the banner stays hidden until it is fixed'),
  /** Shows a close button; `Escape` also closes an overlay */
  dismissible: flag(),
  /** Remember a dismissal for this many days in localStorage; otherwise for the browser session */
  dismissDays: number({ min: 1, max: 3650, integer: true }),
  /** Namespaces the remembered dismissal (default: the campaign file's `id`) */
  campaignId: text(),
  /** Content-warning text; the message stays hidden until the visitor chooses to show it */
  warning: text(),
  /** Text of the support link (default "Get support", localised) */
  supportLabel: text(),
  /** A helpline or report page, shown beside the content warning */
  supportHref: url({ mailto: true }),
  /** Days before `start` to show a compact bar counting down to it */
  teaserDays: number({ min: 0, max: 365 }),
  /** After an overlay is dismissed, show a compact bar for the rest of the window */
  reminder: flag(),
};
