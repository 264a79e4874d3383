import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { CampaignBanner } from '../src/campaign-banner/campaign-banner.js';
import { fetchJsonOnce } from '../src/core/fetch-json.js';
import { json, stubFetch, until } from './helpers.js';

// A file of its own: the bars' and overlay's code is not loaded yet in this page, as on a
// visitor's first page, where the race was.
describe('<campaign-banner> whose campaign file makes it an overlay', () => {
  it('opens the blackout, not a banner in the page, when the file comes in while its first render waits', async () => {
    // A partner's page with a quick exit, which had already read the campaign file: the banner's
    // copy came in within its first frame, and in 21 of 32 loads the blackout was drawn in the
    // page's flow, pushing the page down.
    await customElements.whenDefined('campaign-banner');
    await import('../src/core/campaign-file.js');
    const url = 'https://example.org/blackout.json';
    const fetches = stubFetch(() => json({ id: 'race', banner: { mode: 'overlay', headline: 'Blackout', end: '2999-01-01T00:00:00Z' } }));
    const el = document.createElement('campaign-banner') as CampaignBanner;
    try {
      await fetchJsonOnce(url);
      el.setAttribute('campaign', url);
      document.body.append(el);
      await until(() => el.shadowRoot?.querySelector('dialog')?.open || el.shadowRoot?.querySelector('.box.inline'), 'a render');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.box.inline'), 'drawn in the page’s flow').to.equal(null);
      expect(el.shadowRoot!.querySelector('dialog')?.open, 'the blackout open').to.equal(true);
    } finally {
      fetches.restore();
      el.remove();
    }
  });
});
