import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { clearCampaignCache } from '../src/core/campaign.js';
import type { CampaignBanner } from '../src/campaign-banner/campaign-banner.js';
import { json, stubFetch, until } from './helpers.js';

/** How the widgets sit in a partner's page: the space between them and the space they keep. */
describe('layout in the page', () => {
  beforeEach(() => clearCampaignCache());

  it('keeps widgets placed one after another apart, and lets the page override the gap', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <petition-counter count="1200" goal="auto" campaign="none"></petition-counter>
        <share-bar campaign="none"></share-bar>
        <supporter-wall campaign="none"><img alt="Example Trust" src="/tests/fixtures/supporter-wall/square.svg" /></supporter-wall>
      </div>`,
    );
    const [counter, bar, wall] = [...wrap.children] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
    await Promise.all([counter, bar, wall].map((el) => el.updateComplete));
    await until(() => wall.shadowRoot?.querySelector('li'), 'the wall');
    const gap = (a: Element, b: Element) =>
      b.shadowRoot!.firstElementChild!.getBoundingClientRect().top - a.shadowRoot!.firstElementChild!.getBoundingClientRect().bottom;
    const counterBox = counter.shadowRoot!.querySelector('[part="counter"]')!;
    const barBox = bar.shadowRoot!.querySelector('.bar')!;
    expect(barBox.getBoundingClientRect().top - counterBox.getBoundingClientRect().bottom, 'counter to share bar').to.be.at.least(16);
    expect(gap(bar, wall), 'share bar to wall').to.be.at.least(16);
    bar.style.marginBlock = '0';
    counter.style.marginBlock = '0';
    expect(barBox.getBoundingClientRect().top - counterBox.getBoundingClientRect().bottom, 'the page’s own margin wins').to.be.below(1);
  });

  it('lets the reserved space go only when a banner shows nothing in the page', async () => {
    const shown = await fixture<CampaignBanner>(html`<campaign-banner headline="Safer by design" campaign="none"></campaign-banner>`);
    expect(shown.matches(':state(empty)')).to.equal(false);
    const ended = await fixture<CampaignBanner>(
      html`<campaign-banner headline="Over" end="2020-01-01T00:00:00Z" campaign="none"></campaign-banner>`,
    );
    expect(ended.matches(':state(empty)')).to.equal(true);
    expect(getComputedStyle(ended).marginBlockStart).to.equal('0px');
    const bar = await fixture<CampaignBanner>(html`<campaign-banner mode="bottom" headline="A bar" campaign="none"></campaign-banner>`);
    expect(bar.matches(':state(empty)'), 'a fixed bar takes no room in the page').to.equal(true);
    // While its campaign file is on its way, the banner is not empty: the space waits with it.
    let answer!: () => void;
    const fetches = stubFetch(
      () => new Promise<Response>((resolve) => (answer = () => resolve(json({ banner: { headline: 'From the file' } })))),
    );
    try {
      const waiting = await fixture<CampaignBanner>(html`<campaign-banner campaign="/layout-campaign.json"></campaign-banner>`);
      await until(() => answer, 'the request');
      expect(waiting.matches(':state(empty)')).to.equal(false);
      answer();
      await until(() => waiting.shadowRoot!.querySelector('[part="headline"]'), 'the headline from the file');
      expect(waiting.matches(':state(empty)')).to.equal(false);
    } finally {
      fetches.restore();
    }
  });
});
