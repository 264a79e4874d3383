import { Messages } from '../core/i18n.js';

/**
 * The banner's own words; "Close" comes from core's `common`. `{when}` is a relative time
 * already localised by Intl ("in 3 days"). Other languages are in src/core/words/, under `banner`.
 */
export const bannerMessages = new Messages('banner', {
  more: 'Find out more',
  warning: 'Content warning:',
  show: 'Show message',
  support: 'Get support',
  starts: 'Starts {when}',
  // Only where the browser's Intl has no relative-time words for the language (Chromium
  // ships none for Welsh): a numeral form that needs no plural rules, worded as the browsers
  // that have them word it ("ymhen 3 diwrnod"), so a Welsh countdown reads alike in each.
  day: 'in {n} days',
  hour: 'in {n} hours',
  minute: 'in {n} minutes',
  // A minute or less to go: a rounded "in 1 minute" would be wrong for most of that minute.
  soon: 'Starts in less than a minute',
  // The overlay's own way back to the partner's page, in words rather than a bare ×.
  continue: 'Continue to the site',
  // A phone's bar folds its message to one line, so its call to action stays in sight.
  readMore: 'Read more',
  readLess: 'Show less',
});
