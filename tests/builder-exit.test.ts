import { expect } from '@open-wc/testing';
import '../src/index.js';
import '../src/builder/builder.js';
import type { EmbedBuilder } from '../src/builder/embed-builder.js';
import { DEFAULT_EXIT_HREF } from '../src/quick-exit/fields.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { forgetAll } from '../src/core/storage.js';
import { navigation, restorePage } from '../src/exit/exit.js';
import { json, stubFetch, until, watchErrors } from './helpers.js';
import { $, builder, fill } from './builder-helpers.js';

const hint = (el: EmbedBuilder, id: string) => $(el, `#${id}-hint`).textContent!.replace(/\s+/g, ' ');

/** The banner's "Exit this page" link, once the banner (pasted as `markup`) has drawn it. */
async function exitOf(markup: string): Promise<HTMLAnchorElement | null> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  const banner = holder.querySelector('campaign-banner') as HTMLElement & { updateComplete: Promise<unknown> };
  try {
    await until(() => banner.shadowRoot?.querySelector('[part~="headline"]'), 'the banner');
    await banner.updateComplete;
    return banner.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="exit"]');
  } finally {
    holder.remove();
  }
}

// A review: a blackout made with the builder had no "Exit this page". A banner's exit needs an
// address, its own `exit-href` or the campaign file's `quickExit.href`, and has no default of its
// own; the quick exit's default (BBC Weather) was left out of the file as a default.
describe('the builder and the banner’s exit', () => {
  let errors: ReturnType<typeof watchErrors>;
  const realGo = navigation.go;
  beforeEach(() => {
    errors = watchErrors();
    clearCampaignCache();
    forgetAll();
    navigation.go = () => undefined;
  });
  afterEach(() => {
    errors.restore();
    navigation.go = realGo;
    restorePage();
    forgetAll();
    document.documentElement.style.overflow = '';
  });

  it('gives a full-page banner left without an exit address the quick exit’s, so the pasted blackout has its exit', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'We go dark for children’s safety online');
    await fill(el, 'f-mode', 'overlay');
    expect(el.elementSnippet).to.contain(`exit-href="${DEFAULT_EXIT_HREF}"`);
    expect(el.snippet).to.contain(`exit-href="${DEFAULT_EXIT_HREF}"`);
    expect(hint(el, 'f-exit-href')).to.contain(
      `Left empty, the snippet gives the banner the quick exit’s usual address, ${DEFAULT_EXIT_HREF}`,
    );
    expect($(el, '#f-exit-href').placeholder).to.equal(DEFAULT_EXIT_HREF);
    const exit = await exitOf(el.elementSnippet);
    expect(exit, 'the overlay’s “Exit this page”').not.to.equal(null);
    expect(exit!.href).to.equal(DEFAULT_EXIT_HREF);

    // A content warning shows the exit too; a plain inline banner has none, and gets no address.
    await fill(el, 'f-mode', 'inline');
    expect(el.elementSnippet).not.to.contain('exit-href');
    await fill(el, 'f-warning', 'This message talks about the abuse of children.');
    expect(el.elementSnippet).to.contain(`exit-href="${DEFAULT_EXIT_HREF}"`);
    // An address typed is the one written.
    await fill(el, 'f-exit-href', 'https://www.metoffice.gov.uk/');
    expect(el.elementSnippet).to.contain('exit-href="https://www.metoffice.gov.uk/"');
    expect(el.elementSnippet).not.to.contain(DEFAULT_EXIT_HREF);
  });

  it('leaves a campaign file’s banner its file’s exit, and says how to be sure of one', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'We go dark');
    await fill(el, 'f-mode', 'overlay');
    await fill(el, 'campaign-href', 'https://campaign.example.org/safer-by-design.json');
    expect(el.elementSnippet).not.to.contain('exit-href');
    expect(hint(el, 'f-exit-href')).to.contain('the exit goes where the campaign file’s quick exit goes');
    // `campaign="none"`: no file, so the quick exit's address again.
    await fill(el, 'f-campaign', 'none');
    expect(el.elementSnippet).to.contain(`exit-href="${DEFAULT_EXIT_HREF}"`);
  });

  it('writes the quick exit’s address into the campaign file even as its default, and gives the file’s blackout an exit', async () => {
    const el = await builder();
    $(el, 'input[name="mode"][value="campaign"]').click();
    await el.updateComplete;
    await fill(el, 'c-banner-headline', 'We go dark');
    await fill(el, 'c-banner-mode', 'overlay');
    await fill(el, 'c-quickExit-href', DEFAULT_EXIT_HREF);
    // Banners read it with no default of their own: as the default, it is still written.
    let file = JSON.parse(el.campaignFile);
    expect(file.quickExit).to.deep.equal({ href: DEFAULT_EXIT_HREF });
    expect(file.banner.exitHref).to.equal(undefined);
    expect(hint(el, 'c-banner-exitHref')).to.contain('goes to the quick exit’s address below');
    // With neither address, the banner gets the quick exit's.
    await fill(el, 'c-quickExit-href', '');
    file = JSON.parse(el.campaignFile);
    expect(file.quickExit).to.equal(undefined);
    expect(file.banner).to.deep.equal({ headline: 'We go dark', mode: 'overlay', exitHref: DEFAULT_EXIT_HREF });
    expect(hint(el, 'c-banner-exitHref')).to.contain('Left empty, the file gives the banner the quick exit’s usual address');

    // A partner's blackout reading the file has its exit.
    const address = 'https://campaign.example.org/exit-test.json';
    const real = window.fetch.bind(window);
    const fetches = stubFetch((url, init) => (url === address ? json(JSON.parse(el.campaignFile)) : real(url, init)));
    try {
      const exit = await exitOf(`<campaign-banner campaign="${address}" campaign-id="exit-test"></campaign-banner>`);
      expect(exit, 'the file’s blackout has “Exit this page”').not.to.equal(null);
      expect(exit!.href).to.equal(DEFAULT_EXIT_HREF);
    } finally {
      fetches.restore();
    }
  });
});
