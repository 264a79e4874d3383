import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { pickLanguage } from '../src/core/i18n.js';
import type { ShareBar } from '../src/share-bar/share-bar.js';
import type { SupporterWall } from '../src/supporter-wall/supporter-wall.js';
import { json, stubFetch, until, watchErrors } from './helpers.js';

const FILE = {
  share: { label: { en: 'Share the campaign', cy: 'Rhannwch yr ymgyrch' } },
  supporters: [{ name: { en: 'Children’s Charity', cy: 'Elusen Plant' } }, { name: 'NSPCC' }],
};

const heading = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const shown = (el: Element) => until(() => el.shadowRoot?.querySelector('[part="heading"]'), 'the heading');

/** The campaign's own words in the visitor's language, marked with the language they are in. */
describe('campaign copy in the visitor’s language', () => {
  let errors: ReturnType<typeof watchErrors>;
  let fetches: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    clearCampaignCache();
    errors = watchErrors();
    fetches = stubFetch(() => json(FILE));
  });
  afterEach(() => {
    fetches.restore();
    errors.restore();
  });

  it('picks the exact tag, then its language, then English, then the first entry', () => {
    expect(pickLanguage({ en: 'a', cy: 'b' }, 'cy')).to.deep.equal(['cy', 'b']);
    expect(pickLanguage({ en: 'a', cy: 'b' }, 'cy-GB')).to.deep.equal(['cy', 'b']);
    expect(pickLanguage({ en: 'a', 'pt-BR': 'b' }, 'pt')).to.deep.equal(['pt-BR', 'b']);
    expect(pickLanguage({ en: 'a', cy: 'b' }, 'fr')).to.deep.equal(['en', 'a']);
    expect(pickLanguage({ ga: 'a', cy: 'b' }, 'fr')).to.deep.equal(['ga', 'a']);
  });

  it('shows the Welsh words on a Welsh page, unmarked, and the same for cy-GB', async () => {
    for (const lang of ['cy', 'cy-GB']) {
      const el = await fixture<ShareBar>(html`<share-bar lang=${lang} campaign="/copy.json"></share-bar>`);
      await until(() => heading(el)?.textContent === 'Rhannwch yr ymgyrch', `Welsh words for ${lang}`);
      expect(heading(el).hasAttribute('lang')).to.equal(false);
    }
    expect(errors.warnings).to.deep.equal([]);
  });

  it('marks English words on a Welsh page whose language the file lacks for one text', async () => {
    fetches.restore();
    fetches = stubFetch(() => json({ share: { label: { en: 'Share the campaign' } } }));
    const el = await fixture<ShareBar>(html`<share-bar lang="cy" campaign="/copy.json"></share-bar>`);
    await until(() => heading(el)?.textContent === 'Share the campaign', 'the English words');
    expect(heading(el).getAttribute('lang')).to.equal('en');
    // The element's own words around it stay Welsh, unmarked.
    expect(el.shadowRoot!.querySelector('[role="group"]')!.hasAttribute('lang')).to.equal(false);
  });

  it('follows a live change of the page’s language at once', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><share-bar campaign="/copy.json"></share-bar></div>`);
    const el = wrap.querySelector('share-bar')!;
    await until(() => heading(el)?.textContent === 'Share the campaign', 'English first');
    wrap.lang = 'cy';
    await until(() => heading(el).textContent === 'Rhannwch yr ymgyrch', 'then Welsh');
    expect(fetches.calls).to.have.length(1);
  });

  it('marks Arabic copy on an English page with its language and direction', async () => {
    fetches.restore();
    fetches = stubFetch(() => json({ share: { label: { ar: 'شارك الحملة' } } }));
    const el = await fixture<ShareBar>(html`<share-bar lang="en" campaign="/copy.json"></share-bar>`);
    await until(() => heading(el)?.textContent === 'شارك الحملة', 'the Arabic words');
    expect(heading(el).getAttribute('lang')).to.equal('ar');
    expect(heading(el).getAttribute('dir')).to.equal('rtl');
  });

  it('marks built-in words that fell back to English on a page without their catalogue', async () => {
    const el = await fixture<ShareBar>(html`<share-bar lang="it" label="Condividi" campaign="none"></share-bar>`);
    await shown(el);
    // The box's own words are English; the partner's Italian heading says it is Italian.
    expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('lang')).to.equal('en');
    expect(heading(el).getAttribute('lang')).to.equal('it');
    const plain = await fixture<ShareBar>(html`<share-bar lang="it" campaign="none"></share-bar>`);
    await shown(plain);
    expect(heading(plain).textContent).to.equal('Share');
    expect(heading(plain).hasAttribute('lang')).to.equal(false);
  });

  it('reads a supporter’s name per language and marks a fallback', async () => {
    const cy = await fixture<SupporterWall>(html`<supporter-wall lang="cy" campaign="/copy.json"></supporter-wall>`);
    await until(() => cy.shadowRoot?.querySelector('.name'), 'the names');
    const names = [...cy.shadowRoot!.querySelectorAll('.name')].map((n) => [n.textContent, n.getAttribute('lang')]);
    expect(names).to.deep.equal([
      ['Elusen Plant', null],
      ['NSPCC', null],
    ]);
    const fr = await fixture<SupporterWall>(html`<supporter-wall lang="fr" campaign="/copy.json"></supporter-wall>`);
    await until(() => fr.shadowRoot?.querySelector('.name'), 'the names');
    const first = fr.shadowRoot!.querySelector('.name')!;
    expect([first.textContent, first.getAttribute('lang')]).to.deep.equal(['Children’s Charity', 'en']);
  });

  it('refuses an entry that is not text and says so', async () => {
    fetches.restore();
    fetches = stubFetch(() => json({ share: { label: { cy: ['Rhannwch'] } } }));
    const el = await fixture<ShareBar>(html`<share-bar lang="cy" campaign="/copy.json"></share-bar>`);
    await until(() => errors.warnings.length, 'a report');
    expect(errors.warnings[0]).to.contain('campaign file "share.label"');
    expect(heading(el).textContent).to.equal('Rhannu');
  });

  it('gives the banner its Welsh words and links, and marks the text Welsh lacks', async () => {
    fetches.restore();
    fetches = stubFetch(() =>
      json({
        banner: {
          headline: { en: 'Safety by design', cy: 'Diogelwch drwy ddyluniad' },
          message: { en: 'Platforms can protect children.' },
          ctaLabel: { en: 'Add your name', cy: 'Ychwanegwch eich enw' },
          ctaHref: { en: 'https://example.org/sign', cy: 'https://example.org/cy/llofnodi' },
        },
      }),
    );
    const el = await fixture<HTMLElement>(html`<campaign-banner lang="cy-GB" campaign="/copy.json"></campaign-banner>`);
    const headline = await until(() => el.shadowRoot!.querySelector('[part="headline"]'), 'the headline');
    expect(headline.textContent).to.equal('Diogelwch drwy ddyluniad');
    expect(headline.hasAttribute('lang')).to.equal(false);
    const cta = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta"]')!;
    expect([cta.textContent, cta.href]).to.deep.equal(['Ychwanegwch eich enw', 'https://example.org/cy/llofnodi']);
    const message = el.shadowRoot!.querySelector('[part="message"]')!;
    expect([message.textContent!.trim(), message.getAttribute('lang')]).to.deep.equal(['Platforms can protect children.', 'en']);
    await expect(el).to.be.accessible();
  });
});
