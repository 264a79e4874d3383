import { choice, date, flag, number, text, url } from '../core/fields.js';

/** Every setting of `<campaign-banner>`: attributes in kebab-case, campaign-file `banner` keys in camelCase. */
export const bannerFields = {
  headline: text('The headline'),
  message: text('Body text (light-DOM content is used when present)'),
  ctaLabel: text('Text of the call-to-action link'),
  ctaHref: url('Where the call to action goes'),
  mode: choice(['inline', 'top', 'bottom', 'overlay'] as const, 'inline', 'inline, a fixed top or bottom bar, or a full-page overlay'),
  start: date('When the banner appears'),
  end: date('When the banner goes quiet for good'),
  dismissible: flag('Shows a close button'),
  dismissDays: number({ min: 1, max: 3650, integer: true }, undefined, 'Remember a dismissal for this many days'),
  campaignId: text('Namespaces the remembered dismissal'),
  warning: text('Content warning shown before the message'),
};
