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
      ['42.45em', '11em'],
      ['24.2em', '12.5em'],
      ['16.95em', '14em'],
      ['14.2em', '15.5em'],
      ['13.95em', '17.25em'],
      ['13.7em', '18.75em'],
      ['11.95em', '20.25em'],
    ],
    with: {
      warning: {
        size: '9.5em',
        narrow: [
          ['39.7em', '11em'],
          ['36.7em', '14em'],
          ['26.45em', '15.75em'],
          ['25.2em', '17.25em'],
          ['22.45em', '18.75em'],
          ['15.95em', '20.25em'],
          ['15.45em', '22.25em'],
          ['15.2em', '23.75em'],
          ['13.45em', '25.25em'],
          ['13.2em', '28.5em'],
          ['12.45em', '30em'],
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
