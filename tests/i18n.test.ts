import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { formatCount } from '../src/core/formats.js';
import { Messages, wordsFor } from '../src/core/i18n.js';
import cy from '../src/core/words/cy.js';
import fr from '../src/core/words/fr.js';
import de from '../src/core/words/de.js';
import es from '../src/core/words/es.js';
import ar from '../src/core/words/ar.js';
import { common } from '../src/core/messages.js';
import { bannerMessages } from '../src/campaign-banner/messages.js';
import { counterMessages } from '../src/petition-counter/messages.js';
import { quickExitMessages } from '../src/quick-exit/messages.js';
import { shareMessages } from '../src/share-bar/messages.js';
import { wallMessages } from '../src/supporter-wall/messages.js';

const LANGUAGES = ['en', 'cy', 'fr', 'de', 'es', 'ar'];
const catalogues: Record<string, Messages<string>> = {
  common,
  'campaign-banner': bannerMessages,
  'petition-counter': counterMessages,
  'quick-exit': quickExitMessages,
  'share-bar': shareMessages,
  'supporter-wall': wallMessages,
};
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('languages', () => {
  for (const [name, messages] of Object.entries(catalogues)) {
    it(`${name}: every language has every key, with the same placeholders`, async () => {
      expect(Messages.languages.sort()).to.deep.equal([...LANGUAGES].sort());
      for (const lang of LANGUAGES.slice(1)) {
        await wordsFor(lang);
        const words = messages.catalogueFor(lang);
        expect(Object.keys(words).sort(), `${name} ${lang}: the keys of English`).to.deep.equal(Object.keys(messages.en).sort());
        for (const [key, english] of Object.entries(messages.en)) {
          const translated = words[key];
          expect(translated, `${name} ${lang} ${key}`).to.be.a('string').and.not.equal('');
          expect(placeholders(translated!), `${name} ${lang} ${key} placeholders`).to.deep.equal(placeholders(english));
        }
      }
    });
  }

  it('has words only for catalogues that exist', () => {
    const names = Object.values(catalogues).map((messages) => messages.name);
    for (const [lang, words] of Object.entries({ cy, fr, de, es, ar }))
      expect(Object.keys(words).sort(), lang).to.deep.equal([...names].sort());
  });

  it('writes every element’s own words in the visitor’s language', async () => {
    const wrap = await fixture(
      html`<div lang="de">
        <share-bar networks="copy"></share-bar>
        <supporter-wall><img alt="Example Trust" src="/tests/fixtures/supporter-wall/square.svg" /></supporter-wall>
        <petition-counter count="1234" href="https://example.org/sign"></petition-counter>
        <campaign-banner headline="Hallo" cta-href="https://example.org/" dismissible></campaign-banner>
      </div>`,
    );
    const root = (tag: string) => wrap.querySelector(tag)!.shadowRoot!;
    await Promise.all([...wrap.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(root('share-bar').textContent).to.contain('Teilen').and.contain('Link kopieren');
    expect(root('supporter-wall').textContent).to.contain('Unterstützt von');
    expect(root('petition-counter').textContent).to.contain('1.234').and.contain('Unterschriften').and.contain('Petition unterschreiben');
    expect(root('campaign-banner').textContent).to.contain('Mehr erfahren');
    expect(
      root('campaign-banner').querySelector('[part="close"]')!.getAttribute('aria-label') ??
        root('campaign-banner').querySelector('[part="close"]')!.textContent,
    ).to.contain('Schließen');
  });

  it('writes whole numbers as the browser’s own Intl does, without building one for our languages', () => {
    for (const lang of ['en', 'en-GB', 'en-US', 'cy', 'cy-GB', 'fr', 'fr-FR', 'de', 'de-DE', 'es', 'es-ES', 'ar', 'it', 'hi']) {
      for (const n of [0, 5, 950, 9500, 18342, 118342, 1234567, 999999999999]) {
        expect(formatCount(lang, n), `${lang} ${n}`).to.equal(new Intl.NumberFormat([lang, 'en']).format(n));
      }
      expect(formatCount(lang, 118342, 'compact')).to.equal(new Intl.NumberFormat([lang, 'en'], { notation: 'compact' }).format(118342));
    }
  });
});
