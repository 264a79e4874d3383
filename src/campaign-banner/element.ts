import type { ElementDescription } from '../core/element.js';
import { bannerFields } from './fields.js';
import { readDate } from './zone.js';

export const campaignBanner = {
  tag: 'campaign-banner',
  name: 'Campaign banner',
  summary: 'Campaign message, inline or as a bar, or a scheduled full-page blackout.',
  module: 'campaign-banner/campaign-banner',
  className: 'CampaignBanner',
  section: 'banner',
  fields: bannerFields,
  main: ['headline', 'message', 'ctaLabel', 'ctaHref', 'mode', 'start', 'end', 'dismissible', 'warning'],
  rules: [
    {
      keys: ['start', 'end'],
      // Dates without an offset are read in `timeZone`; one that cannot be read is reported on its own.
      check: ({ start, end, timeZone }) => {
        const [from, to] = [start, end].map((date) => (date === undefined ? undefined : readDate(date, timeZone)?.time));
        return from !== undefined && to !== undefined && from >= to ? 'is not after start' : undefined;
      },
    },
  ],
} as const satisfies ElementDescription;
