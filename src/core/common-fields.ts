import { choice, data, text } from './fields.js';
import { safeUrl } from './url.js';

/**
 * What every element accepts besides its own fields. The base class reads these itself (the
 * campaign file through CampaignController, the theme in CSS); they are declared here so the
 * builder, the README, the WordPress allow-list and the schema list them like any other setting.
 */
export const commonFields = {
  /** URL of a campaign file for this element; beats the script's `data-campaign`; `none` for no campaign file */
  campaign: data<string>(
    (v) => v === 'none' || safeUrl(v) !== undefined,
    'an https: or http: URL, or none',
    (v) => (typeof v === 'string' ? v.trim() : v),
  ),
  /** Language of the element's own words (default: the nearest `lang` around it, then the page's) */
  lang: text(),
  /** `light`, `dark` or `auto` (follows the visitor's colour scheme) */
  theme: choice(['light', 'dark', 'auto'] as const, 'auto'),
  /** Your organisation's short name, added to the campaign's links as `utm_source` */
  partner: text(),
};
