import type { ElementDescription } from '../core/element.js';
import { bannerFields } from './fields.js';

export const campaignBanner = {
  tag: 'campaign-banner',
  name: 'Campaign banner',
  summary: 'Campaign message, inline or as a bar, or a scheduled full-page blackout.',
  module: 'campaign-banner/campaign-banner',
  className: 'CampaignBanner',
  section: 'banner',
  fields: bannerFields,
  main: ['headline', 'message', 'ctaLabel', 'ctaHref', 'mode', 'start', 'end', 'dismissible', 'warning'],
} as const satisfies ElementDescription;
