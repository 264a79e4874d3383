import { choice, data, text } from './fields.js';
import { safeUrl } from './url.js';

/**
 * What every element accepts besides its own fields. The base class reads these itself (the
 * campaign file through CampaignController, the theme in CSS); they are declared here so the
 * builder, the README, the WordPress allow-list and the schema list them like any other setting.
 */
export const commonFields = {
  /** URL of a campaign file for this element; beats the script's `data-campaign`; `none` for no campaign file at all (a partner's own banner on a page whose script names the coalition's file) */
  campaign: data<string>(
    (v) => v === 'none' || safeUrl(v) !== undefined,
    'an https: or http: URL, or none',
    (v) => (typeof v === 'string' ? v.trim() : v),
  ),
  /** Language of the element's own words; default: nearest ancestor's `lang`, then the page's, then English */
  lang: text(),
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`) */
  theme: choice(['light', 'dark', 'auto'] as const, 'auto'),
  /** `ltr` or `rtl` for the element's own layout; default: the nearest ancestor's `dir`, else right to left for languages written that way */
  dir: choice(['ltr', 'rtl', 'auto'] as const, 'auto'),
  /** The partner's short name: adds `utm_source=PARTNER&utm_medium=coalition-embed&utm_campaign=CAMPAIGN-ID` to the campaign's own outgoing links; default: the campaign file's `partner` */
  partner: text(),
};
