import type { ElementBasics } from '../core/element.js';
import { bannerFields } from './fields.js';
import { readDate } from './zone.js';

/** What the banner reads itself, in every visitor's files: its tag, settings, campaign-file section and the rule between its dates. */
export const campaignBanner = {
  tag: 'campaign-banner',
  section: 'banner',
  fields: bannerFields,
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
} as const satisfies ElementBasics;

/** The rest of its description, for the builder, WordPress's blocks and the README (src/elements.ts). */
export const campaignBannerAbout = {
  name: 'Campaign banner',
  summary: 'Campaign message, inline or as a bar, or a scheduled full-page blackout.',
  module: 'campaign-banner/campaign-banner',
  className: 'CampaignBanner',
  main: ['headline', 'message', 'ctaLabel', 'ctaHref', 'mode', 'start', 'end', 'dismissible', 'warning'],
} as const;
