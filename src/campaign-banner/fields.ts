import { choice, date, flag, number, text, url } from '../core/fields.js';

/**
 * Every setting of `<campaign-banner>`: attributes in kebab-case, campaign-file `banner` keys in
 * camelCase. No descriptions: they would ship to every visitor; the element's JSDoc and
 * the README say what each one does.
 */
export const bannerFields = {
  headline: text(),
  message: text(),
  ctaLabel: text(),
  ctaHref: url(),
  mode: choice(['inline', 'top', 'bottom', 'overlay'] as const, 'inline'),
  start: date(undefined, 'the banner stays hidden until it is fixed'),
  end: date(undefined, 'the banner stays hidden until it is fixed'),
  dismissible: flag(),
  dismissDays: number({ min: 1, max: 3650, integer: true }),
  campaignId: text(),
  warning: text(),
  supportLabel: text(),
  supportHref: url(undefined, { mailto: true }),
  teaserDays: number({ min: 0, max: 365 }),
  reminder: flag(),
};
