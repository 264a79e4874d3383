import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import '../src/index.js';
import { CoalitionElement } from '../src/core/base.js';
import { CAMPAIGN_SECTIONS } from '../src/core/campaign.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { ELEMENTS, SECTIONS } from '../src/elements.js';
import { define } from '../src/core/define.js';
import { date } from '../src/core/date-field.js';
import { choice, flagConverter, flag, list, number, parseField, text, url } from '../src/core/fields.js';
import { Messages, resolveDir, resolveLang } from '../src/core/i18n.js';
import { numberFormat } from '../src/core/formats.js';
import { parseIsoDate, previewParam } from '../src/core/schedule.js';
import { readStored, writeStored, forgetAll } from '../src/core/storage.js';
import { themeStyles } from '../src/core/theme.js';
import { safeUrl, withAttribution } from '../src/core/url.js';
import { CampaignBanner } from '../src/campaign-banner/campaign-banner.js';
import { json, stubFetch, until, watchErrors, allRendered } from './helpers.js';

const probeFields = {
  headline: text(),
  mode: choice(['inline', 'top'] as const, 'inline'),
  ctaHref: url(),
  mail: url({ mailto: true }),
  start: date(),
  days: number({ min: 1, max: 30, integer: true }),
  dismissible: flag(),
};
// One of the share bar's words, read through a catalogue of the probe's own: a language's words
// arrive as a file of their own (src/core/words/), and the element waits for them.
const words = new Messages('share', { shareOn: 'Share on {network}' });

class CoreProbe extends CoalitionElement<typeof probeFields> {
  static override styles = [themeStyles];
  static override element = {
    tag: 'core-probe',
    name: 'Probe',
    summary: 'A test element.',
    module: 'tests/core.test',
    className: 'CoreProbe',
    section: 'banner' as const,
    fields: probeFields,
  };
  @property() headline?: string;
  @property() mode?: string;
  @property({ attribute: 'cta-href' }) ctaHref?: string;
  @property() mail?: string;
  @property() start?: string;
  @property() days?: string;
  @property({ converter: flagConverter }) dismissible?: boolean;
  @property({ type: Boolean }) explode = false;
  protected override render() {
    if (this.explode) throw new Error('boom');
    const { headline, mode, ctaHref, mail } = this.config;
    return litHtml`<h2>${headline}</h2><p class="mode">${mode}</p><p class="dir">${this.language.dir}</p>
      <p class="hello">${words.t(this.language.lang, 'shareOn', { network: 'Sam' })}</p>
      ${ctaHref ? litHtml`<a class="cta" href=${this.settings.attributed(ctaHref)}>Act</a>` : ''}
      ${mail ? litHtml`<a class="mail" href=${mail}>Mail</a>` : ''}`;
  }
  get merged() {
    return this.config;
  }
}
define('core-probe', CoreProbe);

const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim();

describe('core', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    clearCampaignCache();
  });
  afterEach(() => errors.restore());

  describe('registration', () => {
    it('registers every element of the registry from the bundle entry, each as its description says', () => {
      for (const element of ELEMENTS) {
        const ctor = customElements.get(element.tag) as unknown as typeof CoalitionElement;
        expect(ctor, element.tag).to.exist;
        expect(ctor.element).to.equal(element);
        expect(ctor.name).to.equal(element.className);
      }
    });

    it('lists each campaign-file section once, as the elements describe them', () => {
      expect([...SECTIONS].sort()).to.deep.equal([...CAMPAIGN_SECTIONS].sort());
    });

    it('defines a class under another tag with define(tag), once and without throwing', () => {
      class Renamed extends CampaignBanner {}
      expect(() => Renamed.define('partner-banner')).not.to.throw();
      expect(() => Renamed.define('partner-banner')).not.to.throw();
      expect(customElements.get('partner-banner')).to.equal(Renamed);
      expect(errors.warnings).to.have.length(0);
    });

    it('tells a listener of coalition-error after the update, never in the middle of it', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe headline="Hi"></core-probe>`);
      const during: boolean[] = [];
      el.addEventListener('coalition-error', () => during.push(el.isUpdatePending));
      el.setAttribute('mode', 'sideways');
      await el.updateComplete;
      expect(during).to.deep.equal([false]);
      expect(shadowText(el, '.mode')).to.equal('inline');
    });

    it('ignores a second copy of the script without a warning or an exception', () => {
      class SecondCopy extends CampaignBanner {}
      expect(() => define('campaign-banner', SecondCopy)).not.to.throw();
      expect(customElements.get('campaign-banner')).to.equal(CampaignBanner);
      expect(errors.warnings).to.have.length(0);
    });

    it('keeps a foreign definition of one of our names and says so once', () => {
      customElements.define('share-bar-foreign-test', class extends HTMLElement {});
      expect(() => define('share-bar-foreign-test', CampaignBanner)).not.to.throw();
      expect(errors.warnings).to.have.length(1);
      expect(errors.warnings[0]).to.contain('<share-bar-foreign-test> is already defined by another script');
    });
  });

  describe('validation and the error path', () => {
    it('reports an unknown attribute value once, names element and attribute, and falls back', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe mode="sideways" headline="Hi"></core-probe>`);
      el.headline = 'Hello again';
      await el.updateComplete;
      expect(shadowText(el, '.mode')).to.equal('inline');
      expect(errors.warnings).to.have.length(1);
      expect(errors.warnings[0]).to.contain('<core-probe> mode');
      expect(errors.warnings[0]).to.contain('one of inline, top');
      expect(errors.events).to.deep.equal([
        { element: 'core-probe', attribute: 'mode', message: errors.events[0].message, source: { attribute: 'mode' } },
      ]);
    });

    it('names a misspelt attribute and the one it probably meant, and no one else’s', async () => {
      await fixture(
        html`<core-probe
          dismissable
          ctahref="https://example.org"
          modes="top"
          id="dir"
          class="x"
          role="note"
          data-mode="x"
          x-data="{}"
          v-cloak
        ></core-probe>`,
      );
      expect(errors.events.map((e) => [e.attribute, e.message])).to.deep.equal([
        ['dismissable', 'is not an attribute of this element; did you mean dismissible?'],
        ['ctahref', 'is not an attribute of this element; did you mean cta-href?'],
        ['modes', 'is not an attribute of this element; did you mean mode?'],
      ]);
    });

    it('leaves frameworks’ and HTML’s own attributes alone, however close to ours', async () => {
      await fixture(
        html`<div>
          <petition-counter
            count="5"
            ref="counter"
            :href="link"
            x-text="n"
            v-model="n"
            resource="#p"
            property="count"
            loading="lazy"
          ></petition-counter>
          <supporter-wall loading="lazy" border="0" @click="go" hx-get="/x"></supporter-wall>
          <share-bar form="f" key="1" wire:model="url" typeof="Action"></share-bar>
        </div>`,
      );
      expect(errors.events.filter((e) => /did you mean/.test(e.message)).map((e) => `${e.element} ${e.attribute}`)).to.deep.equal([]);
    });

    it('names the element by its id in the console when it has one', async () => {
      await fixture(html`<core-probe id="hero" mode="sideways"></core-probe>`);
      expect(errors.warnings[0]).to.contain('<core-probe#hero> mode: "sideways" is not one of inline, top');
    });

    it('refuses a javascript: URL and reports it', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe cta-href="javascript:alert(1)"></core-probe>`);
      expect(el.shadowRoot!.querySelector('a.cta')).to.equal(null);
      expect(errors.events[0].attribute).to.equal('cta-href');
      expect(errors.warnings[0]).to.contain('is not a URL starting with https: or http:');
    });

    it('reads numbers, flags and dates from attribute strings', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe days="7" dismissible start="2026-05-18T09:00:00+01:00"></core-probe>`);
      expect(el.merged.days).to.equal(7);
      expect(el.merged.dismissible).to.equal(true);
      expect(el.merged.start).to.equal(Date.UTC(2026, 4, 18, 8));
    });

    it('reads numbers as people write them, and each item of a file’s list as one entry', () => {
      expect(parseField(number(), '100,000')).to.deep.equal({ ok: true, value: 100000 });
      expect(parseField(number(), '1,5')).to.deep.equal({ ok: false });
      expect(parseField(list(), ['Safer By Design', 'NoPlaceToHide'])).to.deep.equal({
        ok: true,
        value: ['SaferByDesign', 'NoPlaceToHide'],
      });
      expect(parseField(list(), 'a b,c')).to.deep.equal({ ok: true, value: ['a', 'b', 'c'] });
    });

    it('reports a number out of range and a date without an offset', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe days="0" start="2026-05-18 09:00"></core-probe>`);
      expect(el.merged.days).to.equal(undefined);
      expect(el.merged.start).to.equal(undefined);
      expect(errors.events.map((e) => e.attribute).sort()).to.deep.equal(['days', 'start']);
    });

    it('never throws a failed render into the host page', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe headline="Before"></core-probe>`);
      el.explode = true;
      await el.updateComplete;
      expect(shadowText(el, 'h2')).to.equal('Before');
      expect(errors.events.some((e) => e.attribute === 'render' && e.message === 'boom')).to.equal(true);
    });

    it('reports a bad theme and keeps following the visitor’s scheme', async () => {
      await fixture(html`<core-probe theme="purple"></core-probe>`);
      expect(errors.events[0]).to.include({ element: 'core-probe', attribute: 'theme' });
    });
  });

  describe('URLs and attribution', () => {
    it('allows only http(s), and mailto where asked', () => {
      expect(safeUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
      expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
      expect(safeUrl(' JaVaScRiPt:alert(1)')).to.equal(undefined);
      expect(safeUrl('java\tscript:alert(1)')).to.equal(undefined);
      expect(safeUrl('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
      expect(safeUrl('vbscript:msgbox')).to.equal(undefined);
      expect(safeUrl('mailto:a@example.org')).to.equal(undefined);
      expect(safeUrl('mailto:a@example.org', { mailto: true })).to.equal('mailto:a@example.org');
      expect(safeUrl('/sign', { base: 'https://example.org/x/' })).to.equal('https://example.org/sign');
      expect(safeUrl('logos/a.svg', { base: 'https://example.org/x/' })).to.equal('https://example.org/x/logos/a.svg');
      // A site written without https:// is not a path on the partner's own site.
      expect(safeUrl('example.org/awareness')).to.equal(undefined);
      expect(safeUrl('www.example.org')).to.equal(undefined);
    });

    it('adds partner attribution to the campaign’s links and nothing else', () => {
      const tagged = new URL(withAttribution('https://example.org/sign?x=1', 'acme-trust', 'safer-by-design'));
      expect(tagged.searchParams.get('utm_source')).to.equal('acme-trust');
      expect(tagged.searchParams.get('utm_medium')).to.equal('coalition-embed');
      expect(tagged.searchParams.get('utm_campaign')).to.equal('safer-by-design');
      expect(tagged.searchParams.get('x')).to.equal('1');
      expect(withAttribution('https://example.org/', undefined, 'id')).to.equal('https://example.org/');
      expect(withAttribution('mailto:a@example.org', 'acme', 'id')).to.equal('mailto:a@example.org');
    });

    it('tags the call to action with the partner attribute and the campaign id', async () => {
      const fetches = stubFetch(() => json({ id: 'safer-by-design' }));
      try {
        const el = await fixture<CoreProbe>(
          html`<core-probe partner="acme" campaign="/tests/fixtures/stub.json" cta-href="https://example.org/sign"></core-probe>`,
        );
        const href = await until(() => {
          const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.cta')?.href;
          return link?.includes('utm_campaign') && link;
        }, 'attributed link');
        expect(href).to.equal('https://example.org/sign?utm_source=acme&utm_medium=coalition-embed&utm_campaign=safer-by-design');
      } finally {
        fetches.restore();
      }
    });
  });

  describe('the campaign file', () => {
    afterEach(() => document.querySelectorAll('script[data-campaign]').forEach((s) => s.remove()));

    it('merges the file under the element’s own attributes', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe campaign="/tests/fixtures/campaign.json" mode="top"></core-probe>`);
      await until(() => shadowText(el, 'h2'), 'headline from file');
      expect(shadowText(el, 'h2')).to.equal('Keep children safe online');
      expect(shadowText(el, '.mode')).to.equal('top');
    });

    it('loads each file once per page however many elements use it', async () => {
      const fetches = stubFetch(() => json({ id: 'once', banner: { headline: 'Once' } }));
      try {
        const wrap = await fixture(
          html`<div>
            <core-probe campaign="/tests/fixtures/once.json"></core-probe>
            <core-probe campaign="/tests/fixtures/once.json"></core-probe>
            <core-probe campaign="/tests/fixtures/once.json"></core-probe>
          </div>`,
        );
        const probes = [...wrap.querySelectorAll('core-probe')];
        await until(() => probes.every((p) => shadowText(p, 'h2') === 'Once'), 'all three');
        expect(fetches.calls).to.have.length(1);
        expect(fetches.calls[0].init?.credentials).to.equal('omit');
      } finally {
        fetches.restore();
      }
    });

    it('uses the script tag’s data-campaign for every element', async () => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.campaign = '/tests/fixtures/campaign.json';
      document.head.append(script);
      const el = await fixture<CoreProbe>(html`<core-probe></core-probe>`);
      await until(() => shadowText(el, 'h2'), 'headline from data-campaign');
      expect(shadowText(el, 'h2')).to.equal('Keep children safe online');
    });

    it('lets campaign="none" keep an element clear of the page’s campaign file', async () => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.campaign = '/tests/fixtures/page-wide.json';
      document.head.append(script);
      const fetches = stubFetch(() => json({ banner: { headline: 'From the file' } }));
      try {
        const [own, shared, spaced] = [
          ...(
            await fixture(
              html`<div>
                <core-probe campaign="none" headline="Our own news"></core-probe><core-probe></core-probe>
                <core-probe campaign=" None " headline="Also ours"></core-probe>
              </div>`,
            )
          ).children,
        ] as CoreProbe[];
        await until(() => shadowText(shared, 'h2') === 'From the file', 'the other element reading the file');
        expect(shadowText(own, 'h2')).to.equal('Our own news');
        expect(shadowText(spaced, 'h2')).to.equal('Also ours');
        expect(fetches.calls).to.have.length(1);
        expect(errors.warnings).to.deep.equal([]);
      } finally {
        fetches.restore();
      }
    });

    it('names a campaign file’s misspelt keys with the setting probably meant, and leaves new ones alone', async () => {
      const fetches = stubFetch(() =>
        json({ banners: {}, banner: { 'head-line': 'x', ctahref: 'https://example.org', brandNewSetting: 1 } }),
      );
      try {
        await fixture(html`<core-probe campaign="/tests/fixtures/misspelt.json"></core-probe>`);
        await until(() => errors.events.length >= 3, 'three reports');
        expect(errors.events.map((e) => `${e.attribute}: ${e.message}`)).to.have.members([
          'campaign file "banners": is not a part of the file; did you mean banner?',
          'campaign file "banner.head-line": is not a setting; did you mean headline?',
          'campaign file "banner.ctahref": is not a setting; did you mean ctaHref?',
        ]);
      } finally {
        fetches.restore();
      }
    });

    it('reports a campaign file that is 404 and keeps the own attributes', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe campaign="/tests/fixtures/missing.json" headline="Own"></core-probe>`);
      await until(() => errors.events.length, 'error');
      expect(errors.events[0]).to.include({ element: 'core-probe', attribute: 'campaign' });
      expect(errors.events[0].message).to.contain('HTTP 404');
      expect(shadowText(el, 'h2')).to.equal('Own');
    });

    it('reports a campaign file that is not JSON', async () => {
      await fixture(html`<core-probe campaign="/tests/fixtures/not-json.html"></core-probe>`);
      await until(() => errors.events.length, 'error');
      expect(errors.events[0].message).to.contain('did not return JSON');
    });

    it('reports each wrongly typed field and applies the rest', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe campaign="/tests/fixtures/campaign-wrong-types.json"></core-probe>`);
      await until(() => shadowText(el, 'h2') === 'Still shown', 'valid headline');
      const attributes = errors.events.map((e) => e.attribute).sort();
      expect(attributes).to.deep.equal([
        'campaign file "banner.ctaHref"',
        'campaign file "banner.mode"',
        'campaign file "banner.start"',
        'campaign file "petition"',
        'campaign file "supporters"',
      ]);
      expect(shadowText(el, '.mode')).to.equal('inline');
    });

    it('reads a relative link in a campaign file as relative to the file', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe campaign="/tests/fixtures/nested/campaign.json"></core-probe>`);
      const href = await until(() => el.shadowRoot!.querySelector<HTMLAnchorElement>('a.cta')?.href, 'call to action');
      expect(href).to.equal(`${location.origin}/tests/fixtures/nested/sign.html`);
    });

    it('asks again for a campaign file that failed, for an element added later', async () => {
      let calls = 0;
      const fetches = stubFetch(() =>
        ++calls === 1 ? new Response('busy', { status: 503 }) : json({ banner: { headline: 'Second try' } }),
      );
      try {
        await fixture(html`<core-probe campaign="/tests/fixtures/flaky.json"></core-probe>`);
        await until(() => errors.events.length, 'first failure');
        const later = await fixture<CoreProbe>(html`<core-probe campaign="/tests/fixtures/flaky.json"></core-probe>`);
        await until(() => shadowText(later, 'h2') === 'Second try', 'second element loads the file');
        expect(calls).to.equal(2);
      } finally {
        fetches.restore();
      }
    });

    it('refuses a javascript: campaign URL', async () => {
      await fixture(html`<core-probe campaign="javascript:alert(1)"></core-probe>`);
      await until(() => errors.events.length, 'error');
      expect(errors.events[0].attribute).to.equal('campaign');
    });
  });

  describe('language and direction', () => {
    it('uses the nearest ancestor’s lang, region fallbacks, and English last', async () => {
      const wrap = await fixture(
        html`<div>
          <div lang="fr-CA"><core-probe id="fr"></core-probe></div>
          <core-probe id="xx" lang="xx-unknown"></core-probe>
          <core-probe id="own" lang="ar"></core-probe>
        </div>`,
      );
      await allRendered(wrap);
      const [fr, xx, own] = ['fr', 'xx', 'own'].map((id) => wrap.querySelector(`#${id}`)!);
      expect(shadowText(fr, '.hello')).to.equal('Partager sur Sam');
      expect(shadowText(xx, '.hello')).to.equal('Share on Sam');
      expect(shadowText(own, '.hello')).to.equal('مشاركة على Sam');
      expect(shadowText(own, '.dir')).to.equal('rtl');
      expect(shadowText(fr, '.dir')).to.equal('ltr');
    });

    it('follows a change of its own lang or dir without a reload', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe></core-probe>`);
      expect(shadowText(el, '.hello')).to.equal('Share on Sam');
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect(shadowText(el, '.hello')).to.equal('Partager sur Sam');
      el.setAttribute('dir', 'rtl');
      await el.updateComplete;
      expect(shadowText(el, '.dir')).to.equal('rtl');
    });

    it('follows a change of the page’s language and direction', async () => {
      const el = await fixture<CoreProbe>(html`<core-probe></core-probe>`);
      const root = document.documentElement;
      const [lang, dir] = [root.getAttribute('lang'), root.getAttribute('dir')];
      try {
        root.lang = 'fr';
        root.dir = 'rtl';
        await until(() => shadowText(el, '.hello') === 'Partager sur Sam', 'French words');
        expect(shadowText(el, '.dir')).to.equal('rtl');
      } finally {
        lang === null ? root.removeAttribute('lang') : root.setAttribute('lang', lang);
        dir === null ? root.removeAttribute('dir') : root.setAttribute('dir', dir);
      }
      await until(() => shadowText(el, '.hello') === 'Share on Sam', 'back to English');
    });

    it('lets an explicit dir win over the language', async () => {
      const el = await fixture(html`<div dir="rtl" lang="en"><span></span></div>`);
      expect(resolveDir(el.querySelector('span')!, 'en')).to.equal('rtl');
      expect(resolveLang(el.querySelector('span')!)).to.equal('en');
    });

    it('formats numbers in the visitor’s locale with cached formatters', () => {
      expect(numberFormat('de').format(118342)).to.equal('118.342');
      expect(numberFormat('en').format(118342)).to.equal('118,342');
      expect(numberFormat('de')).to.equal(numberFormat('de'));
    });
  });

  describe('theme', () => {
    it('switches the colour tokens for theme="dark" and honours --coalition-* overrides', async () => {
      const wrap = await fixture(
        html`<div>
          <core-probe theme="light"></core-probe>
          <core-probe theme="dark"></core-probe>
          <core-probe theme="dark" style="--coalition-surface: rgb(1, 2, 3)"></core-probe>
        </div>`,
      );
      const [light, dark, branded] = [...wrap.querySelectorAll('core-probe')].map((el) =>
        getComputedStyle(el).getPropertyValue('--_surface').trim(),
      );
      expect(light).to.equal('#f5f7fa');
      expect(dark).to.equal('#1e2227');
      expect(branded).to.equal('rgb(1, 2, 3)');
    });

    it('keeps a brand colour set for light pages out of the dark scheme unless a dark one is given', async () => {
      const accent = async (style: string) => {
        const el = await fixture<CoreProbe>(html`<core-probe theme="dark" style=${style}></core-probe>`);
        return getComputedStyle(el).getPropertyValue('--_accent').trim();
      };
      expect(await accent('--coalition-accent: #0b57d0')).to.equal('#a8c7fa');
      expect(await accent('--coalition-accent: #0b57d0; --coalition-accent-dark: #ffb4ab')).to.equal('#ffb4ab');
    });

    it('inherits the host page’s font', async () => {
      const wrap = await fixture(html`<div style="font-family: Georgia, serif"><core-probe headline="x"></core-probe></div>`);
      await allRendered(wrap);
      const h2 = wrap.querySelector('core-probe')!.shadowRoot!.querySelector('h2')!;
      expect(getComputedStyle(h2).fontFamily).to.equal('Georgia, serif');
    });

    it('keeps the page’s centring, capitals and letter spacing out, evenly', async () => {
      const wrap = await fixture(
        html`<div style="text-align: center; text-transform: uppercase; letter-spacing: 0.3em; white-space: nowrap">
          <core-probe headline="x"></core-probe>
        </div>`,
      );
      await allRendered(wrap);
      const style = getComputedStyle(wrap.querySelector('core-probe')!.shadowRoot!.querySelector('h2')!);
      expect([style.textAlign, style.textTransform, style.letterSpacing, style.whiteSpace]).to.deep.equal([
        'start',
        'none',
        'normal',
        'normal',
      ]);
    });
  });

  describe('dates and storage', () => {
    it('reads a preview time typed with a + offset into the address bar', () => {
      expect(previewParam('?coalition-preview=2026-05-20T09:00:00+01:00')).to.equal('2026-05-20T09:00:00+01:00');
      expect(previewParam('?coalition-preview=2026-05-20T09:00:00%2B01:00&coalition-reset')).to.equal('2026-05-20T09:00:00+01:00');
      expect(previewParam('?x=1')).to.equal(undefined);
    });

    it('parses strict ISO 8601 with offsets and refuses guesses', () => {
      expect(parseIsoDate('2026-05-20T09:00:00Z')).to.equal(Date.UTC(2026, 4, 20, 9));
      expect(parseIsoDate('2026-05-20T09:00+02:00')).to.equal(Date.UTC(2026, 4, 20, 7));
      expect(parseIsoDate('2026-05-20')).to.equal(undefined);
      expect(parseIsoDate('2026-02-30T09:00:00Z')).to.equal(undefined);
      expect(parseIsoDate('20/05/2026 09:00')).to.equal(undefined);
      expect(parseIsoDate('2026-05-20T09:00:00')).to.equal(undefined);
    });

    it('remembers with expiry and survives storage that throws', () => {
      writeStored('local', 'coalition-embed:test', 1, Date.now() + 60_000);
      expect(readStored('local', 'coalition-embed:test')).to.equal(1);
      writeStored('local', 'coalition-embed:old', 1, Date.now() - 1);
      expect(readStored('local', 'coalition-embed:old')).to.equal(undefined);
      forgetAll();
      expect(readStored('local', 'coalition-embed:test')).to.equal(undefined);
      const original = Storage.prototype.getItem;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        expect(readStored('session', 'coalition-embed:x')).to.equal(undefined);
      } finally {
        Storage.prototype.getItem = original;
      }
    });
  });
});
