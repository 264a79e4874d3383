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
  // From `node bench/heights.mjs`: `mode="inline"` with a headline, two lines of message and a call
  // to action; with a content `warning`, its support link and the exit control.
  reserve: {
    size: '9.5em',
    narrow: [
      ['42.5em', '11em'],
      ['24.25em', '12.5em'],
      ['17em', '14em'],
      ['14.25em', '15.5em'],
      ['14em', '17.25em'],
      ['13.75em', '18.75em'],
      ['12em', '20.25em'],
    ],
    with: {
      warning: {
        size: '9.5em',
        narrow: [
          ['42em', '11em'],
          ['39em', '14em'],
          ['27.5em', '15.5em'],
          ['26.75em', '17.25em'],
          ['24.75em', '18.75em'],
          ['18.25em', '20.25em'],
          ['17.5em', '21.75em'],
          ['15.75em', '25.25em'],
          ['15.5em', '28.5em'],
          ['14.75em', '30em'],
          ['13em', '31.5em'],
          ['12.25em', '33em'],
          ['12em', '34.5em'],
          ['11.75em', '37.5em'],
          ['11.5em', '39.5em'],
        ],
      },
    },
  },
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
