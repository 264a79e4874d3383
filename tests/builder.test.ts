import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/builder/builder.js';
import type { EmbedBuilder } from '../src/builder/embed-builder.js';
import { campaignJson, controlId, parseCampaign, SECTIONS } from '../src/builder/campaign-file.js';
import { commonFields } from '../src/builder/catalog.js';
import { kebab } from '../src/core/fields.js';
import {
  elementMarkup,
  embedQuery,
  escapeHtml,
  everyReserveRule,
  frameHeight,
  iframeSnippet,
  reserveStyle,
  scriptTag,
  type Attributes,
} from '../src/builder/snippet.js';
import { ELEMENTS } from '../src/elements.js';
import { reserveOf } from '../src/reserves.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { json, keys, skipIn, stubFetch, typeText, until, watchErrors } from './helpers.js';
import { $, chooseElement, click, fill, builder as openBuilder } from './builder-helpers.js';

const HASH = 'sha384-AAAAbbbbCCCCddddEEEEffffGGGGhhhhIIIIjjjjKKKKllllMMMMnnnnOOOOpppp0000';
const SCRIPT = `<script src="https://cdn.jsdelivr.net/npm/coalition-embed@0.1.0/dist/coalition-embed.js" integrity="${HASH}" crossorigin="anonymous" defer></script>`;
const COMMENT = '<!-- coalition-embed 0.1.0: the script once per page, the element where it should appear -->';

const errorOf = (el: EmbedBuilder, id: string) => el.shadowRoot!.querySelector(`#${id}-error`)?.textContent?.trim();

const SCHEMA = 'https://cdn.jsdelivr.net/npm/coalition-embed@0.1.0/dist/campaign.schema.json';

/** A relative address as the builder's snippet writes it: full, from the builder page's own site. */
const full = (address: string) => new URL(address, document.baseURI).href;

const builder = () => openBuilder(HASH);

/** What a real element logs for some markup: the `message` of each coalition-error it sends. */
async function reportedBy(markup: string, count = 1): Promise<string[]> {
  const messages: string[] = [];
  const container = document.createElement('div');
  container.addEventListener('coalition-error', (e) => messages.push((e as CustomEvent).detail.message));
  document.body.append(container);
  container.innerHTML = markup;
  try {
    await until(() => messages.length >= count, `${count} messages from ${markup}`);
    return messages;
  } finally {
    container.remove();
  }
}

/** The files the builder's snippet preloads, under dist/, sorted. */
const preloadedFiles = (el: EmbedBuilder) =>
  [...el.snippet.matchAll(/rel="preload" as="script" href="[^"]*\/dist\/([^"]+)"/g)].map((m) => m[1]).sort();

describe('embed builder', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    clearCampaignCache();
    sessionStorage.clear();
  });
  afterEach(() => errors.restore());

  it('builds the exact share-bar snippet from the form, with only the settings that differ from the defaults', async () => {
    const el = await builder();
    await chooseElement(el, 'share-bar');
    await fill(el, 'f-text', '  Keep children safe & "seen"  ');
    await fill(el, 'f-hashtags', 'SaferByDesign');
    await fill(el, 'f-networks', 'facebook x email copy');
    await fill(el, 'f-label', '');
    await click(el, '#f-compact');
    await fill(el, 'f-theme', 'auto');
    // A partner whose site has no dark look is told how to keep a dark widget off it.
    expect($(el, '#f-theme-hint').textContent).to.contain('If your site is always light, choose light');
    await fill(el, 'f-partner', 'riverside');
    const expected = [
      COMMENT,
      SCRIPT,
      // Four icons: one row down to 11.5em, the space of the networks written (not the default six's).
      '<style>share-bar[compact][networks="facebook x email copy"]{display:flow-root;container-type:inline-size;inline-size:-webkit-fill-available;inline-size:-moz-available;inline-size:stretch;margin-block:var(--coalition-gap,1em)}share-bar[compact][networks="facebook x email copy"]::before{content:"";float:left}share-bar[compact][networks="facebook x email copy"]::before,share-bar[compact][networks="facebook x email copy"]::part(bar){min-block-size:4.25em}@container (max-width:11.45em){share-bar[compact][networks="facebook x email copy"]::before,share-bar[compact][networks="facebook x email copy"]::part(bar){min-block-size:7.5em}}share-bar:state(fit)::before,share-bar:state(fit)::part(bar){min-block-size:0!important}@media (scripting:none){share-bar::before{content:none!important}}share-bar:not(:defined)::before{animation:coalition-embed-unused 0s var(--coalition-wait,30s) forwards!important}@keyframes coalition-embed-unused{to{min-block-size:0}}</style>',
      '<share-bar',
      '  text="Keep children safe &amp; &quot;seen&quot;"',
      '  hashtags="SaferByDesign"',
      '  networks="facebook x email copy"',
      '  compact',
      '  partner="riverside"',
      '></share-bar>',
    ].join('\n');
    expect(el.snippet).to.equal(expected);
    expect($<HTMLTextAreaElement>(el, '#snippet').value).to.equal(expected);
    expect($<HTMLTextAreaElement>(el, '#snippet').readOnly).to.equal(true);
  });

  it('accepts campaign="none" for an element kept clear of the page’s campaign file', async () => {
    const el = await builder();
    await fill(el, 'f-campaign', 'none');
    expect(errorOf(el, 'f-campaign')).to.equal(undefined);
    expect(el.elementSnippet).to.contain('campaign="none"');
    await fill(el, 'f-campaign', 'javascript:alert(1)');
    expect(errorOf(el, 'f-campaign')).to.contain('is not an https: or http: URL, or none');
  });

  it('builds the exact petition-counter snippet, escaping the link and leaving default values out', async function () {
    // The live preview counts up to the real number: on a busy machine its frames come slowly.
    this.timeout(20_000);
    const fetches = stubFetch(() => json({ signature_count: 118342 }));
    try {
      const el = await builder();
      await chooseElement(el, 'petition-counter');
      await fill(el, 'f-source', 'uk-parliament:700001');
      await fill(el, 'f-goal', 'auto');
      await fill(el, 'f-refresh', '60');
      await fill(el, 'f-format', 'standard');
      await fill(el, 'f-href', 'https://example.org/sign?from=partner&lang=en');
      await fill(el, 'f-cta-label', 'Add your name');
      expect(el.snippet).to.equal(
        [
          COMMENT,
          SCRIPT,
          '<style>petition-counter{display:flow-root;container-type:inline-size;inline-size:-webkit-fill-available;inline-size:-moz-available;inline-size:stretch;margin-block:var(--coalition-gap,1em)}petition-counter::before{content:"";float:left}petition-counter:state(empty){margin-block:0}petition-counter:state(empty)::before{content:none}petition-counter::before,petition-counter::part(counter){min-block-size:10.75em}@container (max-width:24.5em){petition-counter::before,petition-counter::part(counter){min-block-size:13.75em}}@container (max-width:14em){petition-counter::before,petition-counter::part(counter){min-block-size:14.75em}}@container (max-width:13.75em){petition-counter::before,petition-counter::part(counter){min-block-size:16em}}petition-counter>p{margin:0;font:inherit;color:inherit}petition-counter:state(fit)::before,petition-counter:state(fit)::part(counter){min-block-size:0!important}@media (scripting:none){petition-counter::before{content:none!important}}petition-counter:not(:defined)::before{animation:coalition-embed-unused 0s var(--coalition-wait,30s) forwards!important}@keyframes coalition-embed-unused{to{min-block-size:0}}</style>',
          '<petition-counter',
          '  source="uk-parliament:700001"',
          '  goal="auto"',
          '  href="https://example.org/sign?from=partner&amp;lang=en"',
          '  cta-label="Add your name"',
          '>',
          // What a visitor sees where the script does not run: where to sign (builder-fallback.test.ts).
          '  <p><a href="https://example.org/sign?from=partner&amp;lang=en">Add your name</a></p>',
          '</petition-counter>',
        ].join('\n'),
      );
      await fill(el, 'f-format', 'compact');
      expect(el.elementSnippet).to.contain('format="compact"');
      // The live preview is the real counter, reading the real source.
      const counter = await until(
        () => el.previewElement()?.getAttribute('format') === 'compact' && el.previewElement(),
        'the new preview',
      );
      // Counters fetch only while on screen; the page may still be settling (a focused field
      // scrolled into view), so the preview is brought back into view until it has counted.
      // The number as a screen reader hears it at once: the drawn one counts up frame by frame,
      // and a busy browser's background page gets few frames.
      await until(
        () => {
          const heard = counter.shadowRoot?.querySelector('.count .visually-hidden')?.textContent?.trim();
          if (heard !== '118K') counter.scrollIntoView({ block: 'center' });
          return heard === '118K';
        },
        'the count',
        15_000,
      );
      expect(fetches.calls.some((c) => c.url === 'https://petition.parliament.uk/petitions/700001/count.json')).to.equal(true);
    } finally {
      fetches.restore();
    }
  });

  it('shows the message the element would log for an invalid value, tied to the field', async () => {
    const el = await builder();
    await fill(el, 'f-dismiss-days', '5000');
    const [logged] = await reportedBy('<campaign-banner headline="x" dismiss-days="5000"></campaign-banner>');
    expect(logged).to.equal('"5000" is not a whole number from 1 to 3650; ignored');
    expect(errorOf(el, 'f-dismiss-days')).to.equal(logged);
    const input = $(el, '#f-dismiss-days');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('f-dismiss-days-hint f-dismiss-days-error');
    expect(el.snippet).not.to.contain('dismiss-days');
    expect($(el, '.output').textContent).to.contain('1 setting has a problem and is left out of the snippet');

    await fill(el, 'f-cta-href', 'javascript:alert(1)');
    const [unsafe] = await reportedBy('<campaign-banner headline="x" cta-href="javascript:alert(1)"></campaign-banner>');
    expect(errorOf(el, 'f-cta-href')).to.equal(unsafe);
    await fill(el, 'f-cta-href', 'https://example.org/sign');
    expect(errorOf(el, 'f-cta-href')).to.equal(undefined);
    expect(el.snippet).to.contain('cta-href="https://example.org/sign"');
  });

  it('shows what only the element itself checks, as the live preview reports it', async () => {
    const el = await builder();
    await chooseElement(el, 'share-bar');
    await fill(el, 'f-networks', 'facebook myspace');
    const [logged] = await reportedBy('<share-bar networks="facebook myspace"></share-bar>');
    await until(() => errorOf(el, 'f-networks') === logged, 'the preview’s report');
    expect(logged).to.match(/^"myspace" is not one of native, facebook/);
  });

  it('keeps listening to its previews after the page moves it', async () => {
    const el = await builder();
    await chooseElement(el, 'share-bar');
    await fill(el, 'f-networks', 'facebook x');
    const before = el.previewElement();
    const moved = document.createElement('section');
    document.body.append(moved);
    try {
      moved.append(el);
      await until(() => el.previewElement() !== before && el.previewElement()?.isConnected, 'the preview, built again');
      // What a preview reports later (a counter's source failing, say) still reaches the form.
      const detail = { element: 'share-bar', attribute: 'networks', message: 'a later report' };
      el.previewElement()!.dispatchEvent(new CustomEvent('coalition-error', { detail, bubbles: true, composed: true }));
      await until(() => errorOf(el, 'f-networks')?.includes('a later report'), 'the report under its field');
    } finally {
      moved.remove();
    }
  });

  it('shows two reports for one setting on lines of their own, not run together', async () => {
    const el = await builder();
    await chooseElement(el, 'supporter-wall');
    await fill(el, 'f-src', '/tests/fixtures/no-such-list.json');
    // The preview wall reports the failed request, then that it has no supporters to show.
    await until(() => el.shadowRoot!.querySelector<HTMLElement>('#f-src-error')?.innerText.includes('no supporters'), 'both reports');
    const lines = el.shadowRoot!.querySelector<HTMLElement>('#f-src-error')!.innerText.split('\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(/^HTTP 404 from .*no-such-list\.json$/);
    expect(lines[1]).to.match(/^no supporters to show/);
  });

  it('reports a banner that ends before it starts in the banner’s own words', async () => {
    const el = await builder();
    await fill(el, 'f-start', '2026-05-25T00:00:00+01:00');
    await fill(el, 'f-end', '2026-05-18T00:00:00+01:00');
    const [logged] = await reportedBy(
      '<campaign-banner headline="x" start="2026-05-25T00:00:00+01:00" end="2026-05-18T00:00:00+01:00"></campaign-banner>',
    );
    // The banner checks its window itself; the builder shows what its preview reports.
    await until(() => errorOf(el, 'f-end') === logged, 'the preview’s report');
    expect(logged).to.contain('is not after start');
    expect($(el, '#f-end').getAttribute('aria-invalid')).to.equal('true');
  });

  it('renders the snippet pasted into a blank page as the same element with the same attributes', async () => {
    const el = await builder();
    await chooseElement(el, 'share-bar');
    await fill(el, 'f-url', 'https://example.org/campaign?a=1&b=2');
    await fill(el, 'f-text', 'Fish & chips <b>not bold</b> "quoted"');
    await fill(el, 'f-networks', 'facebook x email copy');
    await fill(el, 'f-partner', 'riverside');
    const preview = await until(() => {
      const found = el.previewElement();
      return found?.getAttribute('partner') === 'riverside' && found;
    }, 'the preview');
    const page = document.createElement('div');
    document.body.append(page);
    try {
      page.innerHTML = el.elementSnippet;
      const pasted = page.querySelector('share-bar')!;
      expect(page.children).to.have.length(1);
      expect(pasted.getAttributeNames()).to.deep.equal(['url', 'text', 'networks', 'partner']);
      for (const name of pasted.getAttributeNames()) expect(pasted.getAttribute(name), name).to.equal(preview.getAttribute(name));
      expect(pasted.getAttribute('text')).to.equal('Fish & chips <b>not bold</b> "quoted"');
      await (pasted as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const links = (root: Element) => [...root.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
      expect(links(pasted)).to.deep.equal(links(preview));
      expect(links(pasted)[0]).to.contain(encodeURIComponent('https://example.org/campaign?a=1&b=2&utm_source=riverside'));
      expect(pasted.shadowRoot!.textContent).to.equal(preview.shadowRoot!.textContent);
    } finally {
      page.remove();
    }
  });

  it('writes supporters into the wall’s snippet as logos a visitor sees without JavaScript', async () => {
    const el = await builder();
    await chooseElement(el, 'supporter-wall');
    await click(el, '#element-add');
    const first = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(first.id).to.match(/^s-\d+-name$/);
    const row = first.id.split('-')[1];
    await fill(el, `s-${row}-name`, 'Barnardo’s & Co');
    await fill(el, `s-${row}-logo`, '/demo/logos/barnardo-s.svg');
    await fill(el, `s-${row}-href`, 'https://example.org/barnardos');
    await fill(el, `s-${row}-tier`, 'Lead partners');
    await fill(el, 'f-order', 'shuffle');
    // The logo's box, in its own shape once the builder has loaded it (480 × 80: 160 × 27).
    await until(() => el.elementSnippet.includes('height="27"'), 'the logo’s shape in the snippet');
    expect(el.elementSnippet).to.equal(
      [
        '<supporter-wall order="shuffle">',
        // Written full, from the builder's site: a partner's page would look for /demo/logos/ on its own.
        `  <a href="https://example.org/barnardos" data-tier="Lead partners"><img src="${full('/demo/logos/barnardo-s.svg')}" alt="Barnardo’s &amp; Co" width="160" height="27" loading="lazy" referrerpolicy="no-referrer"></a>`,
        '</supporter-wall>',
      ].join('\n'),
    );
    const wall = await until(() => el.previewElement()?.shadowRoot?.querySelector('img[alt="Barnardo’s & Co"]'), 'the logo');
    expect(wall.closest('a')!.getAttribute('href')).to.equal('https://example.org/barnardos');
  });

  it('leaves out words typed as the element’s own default, so each visitor reads them in their language (issue 23)', async () => {
    const el = await builder();
    await chooseElement(el, 'supporter-wall');
    await fill(el, 'f-heading', 'Supported by');
    expect(el.elementSnippet).to.equal('<supporter-wall></supporter-wall>');
    expect($(el, '#f-heading-hint').textContent).to.contain('each visitor reads them in their own language');
    await fill(el, 'f-heading', 'Supported by our partners');
    expect(el.elementSnippet).to.equal('<supporter-wall heading="Supported by our partners"></supporter-wall>');
    expect($(el, '#f-heading-hint').textContent).not.to.contain('each visitor reads them');

    await click(el, 'input[name="mode"][value="campaign"]');
    await fill(el, 'c-banner-headline', 'Safer by design');
    await fill(el, 'c-banner-ctaLabel', 'find out more');
    expect(JSON.parse(el.campaignFile).banner).to.deep.equal({ headline: 'Safer by design' });
    await fill(el, 'c-banner-ctaLabel', 'Read the report');
    expect(JSON.parse(el.campaignFile).banner).to.deep.equal({ headline: 'Safer by design', ctaLabel: 'Read the report' });
  });

  it('keeps the space of an inline banner set up in the form, the default mode, but not of a campaign file’s banner', async () => {
    const el = await builder();
    await chooseElement(el, 'campaign-banner');
    await fill(el, 'f-headline', 'Safer by design');
    // Inline is the default, so it is not written, and the space is for a banner without mode.
    expect(el.state.ownSnippet).to.match(/^<style>campaign-banner:not\(\[mode\]\)\{display:flow-root;/);
    expect(el.state.ownSnippet).to.contain('<campaign-banner headline="Safer by design"></campaign-banner>');
    await fill(el, 'f-mode', 'top');
    expect(el.state.ownSnippet).to.equal('<campaign-banner headline="Safer by design" mode="top"></campaign-banner>');
    // A campaign file's banner may be a bar or nothing for most of the year: no space kept.
    await click(el, 'input[name="mode"][value="campaign"]');
    await fill(el, 'c-banner-headline', 'Safer by design');
    expect(el.state.partnerSnippet).not.to.contain('campaign-banner:not');
    expect(el.state.partnerSnippet).to.contain('<campaign-banner></campaign-banner>');
  });

  it('keeps the wall’s supporters out of every other element’s snippet and preview (issue 23)', async function () {
    // Typing fifteen supporters one by one takes a while.
    this.timeout(20000);
    const el = await builder();
    await chooseElement(el, 'supporter-wall');
    for (let i = 1; i <= 15; i++) {
      await click(el, '#element-add');
      const row = (el.shadowRoot!.activeElement as HTMLInputElement).id.split('-')[1];
      await fill(el, `s-${row}-name`, `Supporter ${i}`);
      await fill(el, `s-${row}-logo`, '/demo/logos/nspcc.svg');
    }
    expect(el.elementSnippet.match(/<img/g)).to.have.length(15);
    for (const tag of ['campaign-banner', 'petition-counter', 'share-bar']) {
      await chooseElement(el, tag);
      // A counter with nothing to count is not previewed (the preview asks for a count instead).
      if (tag === 'petition-counter') await fill(el, 'f-count', '1200');
      expect(el.elementSnippet, tag).not.to.contain('<img');
      const own = new RegExp(`<${tag}[\\s\\S]*?</${tag}>`).exec(el.snippet)![0];
      expect(own, tag).not.to.contain('<img');
      const preview = await until(() => el.previewElement()?.localName === tag && el.previewElement(), `the ${tag} preview`);
      expect(preview.querySelectorAll('img'), tag).to.have.length(0);
    }
  });

  it('writes one page: the script once with the campaign file, then every element picked, in order (issue 23)', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'Safer by design');
    await chooseElement(el, 'share-bar');
    await fill(el, 'f-partner', 'riverside');
    await fill(el, 'campaign-href', 'https://example.org/campaign.json');
    const checked = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="on-page"]')].filter((i) => i.checked).map((i) => i.value);
    expect(checked()).to.deep.equal(['campaign-banner', 'share-bar']);
    await click(el, 'input[name="on-page"][value="quick-exit"]');
    const page = el.snippet;
    expect(page.match(/<script /g)).to.have.length(1);
    expect(page).to.contain('crossorigin="anonymous" data-campaign="https://example.org/campaign.json" defer></script>');
    const order = [...page.matchAll(/<(quick-exit|campaign-banner|share-bar)[\s>]/g)].map((m) => m[1]);
    expect(order).to.deep.equal(['quick-exit', 'campaign-banner', 'share-bar']);
    expect($<HTMLTextAreaElement>(el, '#snippet').value).to.equal(page);
    // The element's own snippet, for a page that has the script already, does not repeat it.
    expect($<HTMLTextAreaElement>(el, '#element-snippet').value).not.to.contain('<script');
    expect($<HTMLTextAreaElement>(el, '#element-snippet').value).to.contain('<share-bar partner="riverside"');
    await click(el, 'input[name="on-page"][value="campaign-banner"]');
    expect(el.snippet).not.to.contain('<campaign-banner');
  });

  it('preloads the chosen elements’ files only with the names and hashes sri.json gives', async () => {
    const fetches = stubFetch(() =>
      json({
        version: '9.8.7',
        loader: HASH,
        files: { 'coalition-embed.js': HASH, 'elements/share-bar-Ab12.js': 'sha384-share', 'elements/quick-exit-Cd34.js': 'sha384-exit' },
      }),
    );
    try {
      const el = await fixture<EmbedBuilder>(html`<embed-builder sri="/dist/sri.json"></embed-builder>`);
      await chooseElement(el, 'share-bar');
      await until(() => el.snippet.includes('coalition-embed@9.8.7'), 'the pinned version');
      expect(el.snippet).to.contain(
        '<link rel="preload" as="script" href="https://cdn.jsdelivr.net/npm/coalition-embed@9.8.7/dist/elements/share-bar-Ab12.js" integrity="sha384-share" crossorigin="anonymous">',
      );
      expect(el.snippet).not.to.contain('quick-exit-Cd34');
      // No file named for the banner: no preload for it, and no guess.
      await chooseElement(el, 'campaign-banner');
      expect(el.snippet).to.contain('<campaign-banner');
      expect(el.snippet).not.to.contain('rel="preload"');
    } finally {
      fetches.restore();
    }
  });

  it('preloads every file the chosen elements need, the shared code once, as sri.json lists them', async () => {
    const fetches = stubFetch(() =>
      json({
        version: '9.8.7',
        loader: HASH,
        files: {
          'coalition-embed.js': HASH,
          'elements/share-bar-Ab12.js': 'sha384-share',
          'elements/quick-exit-Cd34.js': 'sha384-exit',
          'chunks/lit-Ef56.js': 'sha384-lit',
          'chunks/extras-Gh78.js': 'sha384-extras',
          'chunks/more-networks-Ij90.js': 'sha384-more',
        },
        elements: {
          'share-bar': ['elements/share-bar-Ab12.js', 'chunks/lit-Ef56.js'],
          'quick-exit': ['elements/quick-exit-Cd34.js', 'chunks/lit-Ef56.js'],
        },
        campaign: ['chunks/extras-Gh78.js', 'chunks/lit-Ef56.js'],
        moreNetworks: ['chunks/more-networks-Ij90.js'],
      }),
    );
    try {
      const el = await fixture<EmbedBuilder>(html`<embed-builder sri="/dist/sri.json"></embed-builder>`);
      await chooseElement(el, 'share-bar');
      await until(() => el.snippet.includes('coalition-embed@9.8.7'), 'the pinned version');
      await click(el, 'input[name="on-page"][value="quick-exit"]');
      const preloaded = () => preloadedFiles(el);
      expect(preloaded()).to.deep.equal(['chunks/lit-Ef56.js', 'elements/quick-exit-Cd34.js', 'elements/share-bar-Ab12.js']);
      // With a campaign file, the code that reads it is preloaded too (a rare part otherwise).
      await fill(el, 'campaign-href', 'https://example.org/campaign.json');
      expect(preloaded()).to.deep.equal([
        'chunks/extras-Gh78.js',
        'chunks/lit-Ef56.js',
        'elements/quick-exit-Cd34.js',
        'elements/share-bar-Ab12.js',
      ]);
      // A bar showing a less used network: their file too, which the bar waits for.
      expect(preloaded()).not.to.include('chunks/more-networks-Ij90.js');
      await fill(el, 'f-networks', 'linkedin x');
      expect(preloaded()).to.include('chunks/more-networks-Ij90.js');
    } finally {
      fetches.restore();
    }
  });

  it('preloads the one file that holds every element when the page has all five, as the loader then takes it', async () => {
    const files = Object.fromEntries(ELEMENTS.map(({ tag }) => [`elements/${tag}-Ab12.js`, `sha384-${tag}`]));
    const fetches = stubFetch(() =>
      json({
        version: '9.8.7',
        loader: HASH,
        files: {
          'coalition-embed.js': HASH,
          ...files,
          'chunks/lit-Ef56.js': 'sha384-lit',
          'chunks/all-elements-Kl12.js': 'sha384-all',
          'chunks/more-networks-Ij90.js': 'sha384-more',
        },
        elements: Object.fromEntries(ELEMENTS.map(({ tag }) => [tag, [`elements/${tag}-Ab12.js`, 'chunks/lit-Ef56.js']])),
        moreNetworks: ['chunks/more-networks-Ij90.js', 'chunks/lit-Ef56.js', 'elements/share-bar-Ab12.js'],
        together: ['chunks/all-elements-Kl12.js'],
      }),
    );
    try {
      const el = await fixture<EmbedBuilder>(html`<embed-builder sri="/dist/sri.json"></embed-builder>`);
      await chooseElement(el, 'share-bar');
      await until(() => el.snippet.includes('coalition-embed@9.8.7'), 'the pinned version');
      const preloaded = () => preloadedFiles(el);
      for (const { tag } of ELEMENTS.filter((e) => e.tag !== 'share-bar')) {
        expect(preloaded(), `before ${tag}`).not.to.include('chunks/all-elements-Kl12.js');
        await click(el, `input[name="on-page"][value="${tag}"]`);
      }
      expect(preloaded()).to.deep.equal(['chunks/all-elements-Kl12.js']);
      // The less used networks are a file of their own still; what they need is in the one file.
      await fill(el, 'f-networks', 'linkedin x');
      expect(preloaded()).to.deep.equal(['chunks/all-elements-Kl12.js', 'chunks/more-networks-Ij90.js']);
    } finally {
      fetches.restore();
    }
  });

  it('labels settings in words, with the attribute small beside them, and hints in plain English', async () => {
    const el = await fixture<EmbedBuilder>(html`<embed-builder version="0.1.0" manifest="/custom-elements.json"></embed-builder>`);
    await until(() => el.state.descriptions['campaign-banner'], 'the manifest');
    await el.updateComplete;
    const row = (id: string) => $(el, `label[for="${id}"]`).closest('.label-row')!;
    expect($(el, 'label[for="f-cta-href"]').textContent!.trim()).to.equal('Call to action link');
    expect(row('f-cta-href').querySelector('.attr')!.textContent).to.equal('cta-href');
    const hints = [...el.shadowRoot!.querySelectorAll('.hint')].map((h) => h.textContent!).join(' ');
    for (const jargon of ['light-DOM', 'light DOM', 'localStorage', 'BCP 47', 'prefers-color-scheme']) expect(hints).not.to.contain(jargon);
    // Markdown in a hint is rendered, never shown raw.
    expect($(el, '#f-mode-hint strong').textContent).to.equal('inline');
    expect($(el, '#f-mode-hint').textContent).not.to.contain('**');
    // A paragraph is a paragraph.
    expect($(el, '#f-message').localName).to.equal('textarea');
    expect($(el, '#f-warning').localName).to.equal('textarea');
    expect($(el, '#f-after-message').localName).to.equal('textarea');
    await click(el, 'input[name="mode"][value="campaign"]');
    expect($(el, '#c-banner-message').localName).to.equal('textarea');
    expect($(el, 'label[for="c-banner-ctaHref"]').textContent!.trim()).to.equal('Call to action link');
    await click(el, 'input[name="mode"][value="element"]');
    await chooseElement(el, 'share-bar');
    const commonHints = [...el.shadowRoot!.querySelectorAll('.hint')].map((h) => h.textContent!).join(' ');
    expect(commonHints).not.to.contain('prefers-color-scheme');
  });

  // A review: hints for the after-message read "Body text shown from end until after-end" and
  // "(https:/http: only, …)": the elements' JSDoc, written for webmasters, where the builder had no
  // words of its own for a setting.
  it('hints every setting of every element, and of the campaign file, without the documentation’s jargon', async () => {
    /** Words a campaign officer who writes no HTML should not meet under a setting. */
    const JARGON = [
      /ISO 8601/,
      /RRULE/,
      /RFC \d/,
      /iCalendar/,
      /BCP 47/,
      /IANA/,
      /light[- ]DOM/i,
      /localStorage/,
      /https?:/,
      /\bURL\b/,
      /utm_/,
      /data-campaign/,
      /prefers-color-scheme/,
      /attribution/i,
      /locali[sz]ed/i,
      /canonical/i,
      /\bfragment\b/,
      /accessible name/i,
      /after-copy/i,
      /after-end/,
      /<[a-z]+-[a-z-]+>/,
    ];
    // Setting names are shown beside each label already; in a hint they are code to a reader.
    const names = new Set(
      [...ELEMENTS.flatMap((e) => Object.keys(e.fields)), ...Object.keys(commonFields)].flatMap((key) => [key, kebab(key)]),
    );
    const check = (el: EmbedBuilder, id: string) => {
      const hint = $(el, `#${id}-hint`);
      const text = hint.textContent!.replace(/\s+/g, ' ').trim();
      expect(text, id).not.to.equal('');
      for (const jargon of JARGON) expect(text, id).not.to.match(jargon);
      for (const code of hint.querySelectorAll('code'))
        expect(names.has(code.textContent!.trim()), `${id}: ${code.textContent}`).to.equal(false);
      return text;
    };
    // With the elements' documentation (as built) and without it (before the first build).
    for (const manifest of ['/custom-elements.json', undefined]) {
      const el = await fixture<EmbedBuilder>(html`<embed-builder version="0.1.0" manifest=${manifest ?? ''}></embed-builder>`);
      if (manifest) await until(() => el.state.descriptions['campaign-banner'], 'the manifest');
      const shown: Record<string, string> = {};
      for (const { tag, fields } of ELEMENTS) {
        await chooseElement(el, tag);
        for (const key of [...Object.keys(fields), ...Object.keys(commonFields)]) shown[`${tag}.${key}`] = check(el, `f-${kebab(key)}`);
      }
      await click(el, 'input[name="mode"][value="campaign"]');
      check(el, controlId('top', 'id'));
      check(el, controlId('top', 'partner'));
      for (const { section, fields } of SECTIONS) for (const key of Object.keys(fields)) check(el, controlId(section, key));
      expect(shown['campaign-banner.afterMessage']).to.equal(
        'The text shown after the end, under the headline after the end: for example what happens next.',
      );
      expect(shown['campaign-banner.afterCtaHref']).to.equal(
        'The web page the link after the end goes to, such as the results. Leave empty for no link. The partner’s name is added to the link.',
      );
      expect(shown['petition-counter.citeHref']).to.equal('A web page where the source can be read: the “Source” line links to it.');
      expect($(el, `#${controlId('banner', 'afterCtaLabel')}-hint`).textContent!.trim()).to.equal(
        'The words of the link shown after the end. Leave empty for “Find out more”, in each visitor’s language.',
      );
      el.remove();
    }
  });

  it('folds the iframe route away, and says what jsDelivr does only for jsDelivr’s address', async () => {
    const el = await builder();
    const details = $<HTMLDetailsElement>(el, '#iframe-route');
    expect(details.open).to.equal(false);
    expect($(el, '#page-src-hint').textContent).to.contain('jsDelivr sends');
    await fill(el, 'page-src', 'https://embed.example.org/embed.html');
    expect($(el, '#page-src-hint').textContent).not.to.contain('jsDelivr');
  });

  it('adds supporters in bulk from a pasted list or a JSON file, and marks a logo that does not load', async () => {
    const el = await builder();
    await chooseElement(el, 'supporter-wall');
    // A wall with no supporters yet is where an officer starts: said in words in its place, not
    // as the element's console report (builder-officer.test.ts).
    await until(() => el.shadowRoot!.querySelector('.output figure .preview.waiting'), 'the words in the wall’s place');
    expect(el.previewElement()).to.equal(null);
    expect($(el, '.output figure').textContent).to.contain('Add supporters below');
    expect($(el, '.output figure').textContent).not.to.contain('no supporters to show');
    $<HTMLTextAreaElement>(el, '#element-bulk').value = [
      'name\tlogo\thref',
      'NSPCC\t/demo/logos/nspcc.svg\thttps://example.org/nspcc',
      'Smith, Jones & Co',
      'Childnet, /demo/logos/no-such-logo.svg',
    ].join('\n');
    await click(el, '#element-bulk-add');
    // Said beside the box it was pasted into, where the officer is looking.
    expect($(el, '#element-bulk-added').textContent).to.equal('Added 3 supporters from the list.');
    // The panel stays open: the message in sight, and the button pressed still there to keep the focus.
    expect($<HTMLDetailsElement>(el, 'details.bulk').open, 'the panel open').to.equal(true);
    expect($(el, '#element-bulk-added').getBoundingClientRect().height, 'the message shown').to.be.above(0);
    expect(el.elementSnippet).to.contain(`<a href="https://example.org/nspcc"><img src="${full('/demo/logos/nspcc.svg')}" alt="NSPCC"`);
    expect(el.elementSnippet).to.contain('<a>Smith, Jones &amp; Co</a>');
    expect(el.elementSnippet).to.contain(`<img src="${full('/demo/logos/no-such-logo.svg')}" alt="Childnet"`);
    expect(el.shadowRoot!.querySelectorAll('.rows > .row')).to.have.length(3);
    const failed = await until(() => el.shadowRoot!.querySelector('.logo-preview.failed'), 'the failed logo marked');
    expect(failed.textContent).to.contain('This logo did not load');
    expect(el.shadowRoot!.querySelectorAll('.logo-preview.failed')).to.have.length(1);

    const input = $<HTMLInputElement>(el, '#element-import');
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify({ supporters: [{ name: 'Barnardo’s' }, { name: 'Childline' }] })], 'list.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelectorAll('.rows > .row').length === 5, 'the imported supporters');
    expect(el.elementSnippet).to.contain('<a>Childline</a>');
    expect($(el, '#element-bulk-added').textContent).to.equal('Added 2 supporters from list.json.');
  });

  it('writes relative logo addresses and links full, from the builder’s own site, and says so beside the list', async () => {
    const el = await builder();
    await chooseElement(el, 'supporter-wall');
    // Relative to the builder page, they load in its preview; pasted on a partner's page they would not.
    $<HTMLTextAreaElement>(el, '#element-bulk').value = [
      'NSPCC, demo/logos/nspcc.svg, partners/nspcc',
      'Childnet, https://example.org/childnet.svg, https://example.org/childnet',
    ].join('\n');
    await click(el, '#element-bulk-add');
    const logo = full('demo/logos/nspcc.svg');
    const link = full('partners/nspcc');
    expect(logo).to.match(/^http/);
    expect(el.elementSnippet).to.contain(`<a href="${link}"><img src="${logo}" alt="NSPCC"`);
    expect(el.snippet).to.contain(`<a href="${link}"><img src="${logo}" alt="NSPCC"`);
    // Full addresses stay as typed.
    expect(el.elementSnippet).to.contain(
      '<a href="https://example.org/childnet"><img src="https://example.org/childnet.svg" alt="Childnet"',
    );
    const note = () => $(el, '#element-made-full').textContent!.replace(/\s+/g, ' ').trim();
    expect(note()).to.contain(
      `1 logo address and 1 link were relative: the snippet uses full addresses from this site, such as ${logo}, so that partners' pages find them.`,
    );
    // A builder on this computer is no site a partner's page can reach: the note says so.
    const local = ['localhost', '127.0.0.1'].includes(location.hostname);
    expect(note().includes('But this builder runs on this computer'), 'the word about this computer').to.equal(local);
    // Each relative address's field is described by the note.
    const [nspcc, childnet] = [...el.shadowRoot!.querySelectorAll('.rows > .row')].map(
      (row) => row.querySelector<HTMLInputElement>('input[id$="-name"]')!.id.split('-')[1],
    );
    expect($(el, `#s-${nspcc}-logo`).getAttribute('aria-describedby')).to.contain('element-made-full');
    expect($(el, `#s-${childnet}-logo`).getAttribute('aria-describedby')).not.to.contain('element-made-full');
    // The preview reads the snippet's own markup: the logo is the full address.
    const img = await until(() => el.previewElement()?.shadowRoot?.querySelector<HTMLImageElement>('img[alt="NSPCC"]'), 'the logo');
    expect(img.getAttribute('src')).to.equal(logo);

    await fill(el, `s-${childnet}-logo`, '/demo/logos/childnet.svg');
    expect(note()).to.contain('2 logo addresses and 1 link were relative');
    expect(el.elementSnippet).to.contain(`<img src="${full('/demo/logos/childnet.svg')}" alt="Childnet"`);
    await fill(el, `s-${nspcc}-logo`, 'https://example.org/nspcc.svg');
    await fill(el, `s-${nspcc}-href`, 'https://example.org/nspcc');
    await fill(el, `s-${childnet}-logo`, 'https://example.org/childnet.svg');
    expect(el.shadowRoot!.querySelector('#element-made-full')).to.equal(null);

    // The campaign file keeps its own rule: a logo there is relative to the file, and written as typed.
    await click(el, 'input[name="mode"][value="campaign"]');
    await click(el, '#supporters-add');
    const row = (el.shadowRoot!.activeElement as HTMLInputElement).id.split('-')[1];
    await fill(el, `s-${row}-name`, 'NSPCC');
    await fill(el, `s-${row}-logo`, 'logos/nspcc.svg');
    expect(JSON.parse(el.campaignFile).supporters).to.deep.equal([{ name: 'NSPCC', logo: 'logos/nspcc.svg' }]);
    expect(el.shadowRoot!.querySelector('#supporters-made-full')).to.equal(null);
  });

  it('reads a date without an offset in the campaign’s time zone, and shows each phase and the next occurrences', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'Safer Internet Day');
    await fill(el, 'f-time-zone', 'Europe/London');
    await fill(el, 'f-start', '2027-05-20T00:00');
    await fill(el, 'f-end', '2027-05-25T00:00');
    await fill(el, 'f-teaser-days', '3');
    expect(errorOf(el, 'f-start')).to.equal(undefined);
    expect($(el, '#f-start-hint').textContent).to.contain('(Europe/London)');
    const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
    const timeline = () => $(el, '.timeline').textContent!.replace(/\s+/g, ' ');
    expect(timeline()).to.contain(
      `Banner from ${format.format(Date.UTC(2027, 4, 19, 23))} until ${format.format(Date.UTC(2027, 4, 24, 23))}`,
    );
    expect(timeline()).to.contain(`Countdown from ${format.format(Date.UTC(2027, 4, 16, 23))}`);
    // The after-copy lasts 14 days after the end unless after-end says otherwise.
    expect(timeline()).to.contain(`until ${format.format(Date.UTC(2027, 5, 7, 23))}`);
    await fill(el, 'f-recur', 'FREQ=YEARLY');
    expect(timeline()).to.contain('Occurrence 4');
    expect(timeline()).to.contain(format.format(Date.UTC(2030, 4, 19, 23)));
    // The preview shows the banner as during its window, read in the same zone.
    await until(() => el.shadowRoot!.textContent!.includes('which has not begun'), 'the preview note');
  });

  it('lets the script address be cleared and typed anew, the CDN address only a placeholder', async () => {
    const el = await builder();
    await fill(el, 'script-src', '');
    expect($(el, '#script-src').value).to.equal('');
    expect($(el, '#script-src').placeholder).to.contain('/dist/coalition-embed.js');
    await fill(el, 'script-src', 'https://partner.example/widgets/coalition-embed.js');
    expect(el.snippet).to.contain('<script src="https://partner.example/widgets/coalition-embed.js"');
    expect(el.snippet).not.to.contain('jsdelivr.net/npm/coalition-embed@0.1.0/dist/coalition-embed.jshttps');
  });

  it('picks the window as first and last day in the campaign’s zone, and writes the day after the last as the end (issue 23)', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'Safer Internet Day');
    expect($(el, '#f-time-zone').placeholder).to.equal('Europe/London');
    // Text boxes, read when left: see builder-dates.test.ts.
    expect($(el, '#f-start-day').type).to.equal('text');
    expect($(el, '#f-start-time').type).to.equal('text');
    await fill(el, 'f-start-day', '2027-05-20');
    await fill(el, 'f-end-day', '2027-05-24');
    expect(el.elementSnippet).to.contain('start="2027-05-20T00:00"');
    expect(el.elementSnippet).to.contain('end="2027-05-25T00:00"');
    expect(el.elementSnippet).to.contain('time-zone="Europe/London"');
    expect($(el, '#f-start').value).to.equal('2027-05-20T00:00');
    expect($(el, '#f-end-day').value).to.equal('24 May 2027');
    const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
    const lastDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'Europe/London' }).format(Date.UTC(2027, 4, 24, 12));
    const timeline = () => $(el, '.timeline').textContent!.replace(/\s+/g, ' ');
    expect(timeline()).to.contain(
      `Banner from ${format.format(Date.UTC(2027, 4, 19, 23))} until ${format.format(Date.UTC(2027, 4, 24, 23))} (the last day is ${lastDay})`,
    );
    // A start time other than midnight; the exact boxes, folded away, follow the pickers.
    await fill(el, 'f-start-time', '09:30');
    expect(el.elementSnippet).to.contain('start="2027-05-20T09:30"');
    expect($(el, '#f-start').closest('details')!.open).to.equal(false);

    await click(el, 'input[name="mode"][value="campaign"]');
    await fill(el, 'c-banner-start-day', '2027-05-20');
    await fill(el, 'c-banner-end-day', '2027-05-24');
    expect(JSON.parse(el.campaignFile).banner).to.deep.equal({
      start: '2027-05-20T00:00',
      end: '2027-05-25T00:00',
      timeZone: 'Europe/London',
    });
    expect(timeline()).to.contain(`until ${format.format(Date.UTC(2027, 4, 24, 23))}`);
    // A file with the exclusive end shows its last day, read in the file's zone.
    el.loadCampaign(JSON.stringify({ banner: { start: '2027-02-09T00:00+01:00', end: '2027-02-12T00:00', timeZone: 'Europe/Paris' } }));
    await el.updateComplete;
    expect($(el, '#c-banner-start-day').value).to.equal('9 February 2027');
    expect($(el, '#c-banner-end-day').value).to.equal('11 February 2027');
    expect($(el, '#c-banner-start-window-hint').textContent).to.contain('Europe/Paris');
  });

  it('copies the snippet and announces "Copied"', async () => {
    const el = await builder();
    let copied = '';
    const original = navigator.clipboard.writeText;
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void (copied = text) });
    try {
      await click(el, '.output button');
      await until(() => $(el, '[role="status"]').textContent === 'Copied', 'the announcement');
      expect(copied).to.equal(el.snippet);
    } finally {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
    }
  });

  it('writes the iframe snippet beside the script snippet: the query carries the attributes, escaped, with title, lazy loading and a height', async () => {
    const el = await builder();
    await chooseElement(el, 'share-bar');
    await fill(el, 'f-url', 'https://example.org/campaign?a=1&b=2');
    await fill(el, 'f-text', 'Keep children safe & "seen" <now>');
    await click(el, '#f-compact');
    await fill(el, 'f-lang', 'cy');
    const query =
      'element=share-bar&url=https%3A%2F%2Fexample.org%2Fcampaign%3Fa%3D1%26b%3D2&text=Keep%20children%20safe%20%26%20%22seen%22%20%3Cnow%3E&compact=true&lang=cy';
    const expected =
      `<iframe src="https://cdn.jsdelivr.net/npm/coalition-embed@0.1.0/dist/embed.html?${query.replaceAll('&', '&amp;')}" ` +
      'title="Share bar" loading="lazy" style="border:0;width:100%;height:68px" allow="web-share; clipboard-write"></iframe>';
    expect(el.state.iframeSnippet).to.equal(expected);
    expect($<HTMLTextAreaElement>(el, '#iframe-snippet').value).to.equal(expected);
    expect($<HTMLTextAreaElement>(el, '#iframe-snippet').readOnly).to.equal(true);
    expect(el.state.frameAddress).to.equal(`https://cdn.jsdelivr.net/npm/coalition-embed@0.1.0/dist/embed.html?${query}`);
    // What the page reads back is exactly what was typed.
    const read = new URL(el.state.frameAddress).searchParams;
    expect(read.get('url')).to.equal('https://example.org/campaign?a=1&b=2');
    expect(read.get('text')).to.equal('Keep children safe & "seen" <now>');
    // Parsed as HTML, the snippet is one iframe with exactly these attributes.
    const parsed = new DOMParser().parseFromString(expected, 'text/html').body;
    expect(parsed.children.length).to.equal(1);
    const frame = parsed.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal(el.state.frameAddress);
    expect(frame.getAttribute('title')).to.equal('Share bar');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    // The same script snippet as before, beside it.
    expect(el.snippet).to.contain('<share-bar');
    expect($(el, '#iframe-height-hint').textContent).to.contain('Suggested height: 68px, or 172px where most visitors are on phones');
  });

  it('names the widget in the frame title, escapes it, and suggests heights from the reserved space at 16px', () => {
    const parts = { version: '1.2.3', title: 'Campaign banner: "Safe" & <sound>' } as const;
    expect(iframeSnippet({ ...parts, tag: 'campaign-banner', attributes: [['headline', 'x']] })).to.equal(
      '<iframe src="https://cdn.jsdelivr.net/npm/coalition-embed@1.2.3/dist/embed.html?element=campaign-banner&amp;headline=x" ' +
        'title="Campaign banner: &quot;Safe&quot; &amp; &lt;sound&gt;" loading="lazy" style="border:0;width:100%;height:152px"></iframe>',
    );
    expect(
      embedQuery('petition-counter', [
        ['source', 'https://example.org/s.json#data.total'],
        ['show-source', true],
      ]),
    ).to.equal('element=petition-counter&source=https%3A%2F%2Fexample.org%2Fs.json%23data.total&show-source=true');
    // A counter with a goal and a sign link; a bare statistic with its source line is shorter.
    const counter: Attributes = [
      ['goal', 'auto'],
      ['href', 'https://example.org/sign'],
    ];
    expect(frameHeight('petition-counter', counter)).to.deep.equal({ height: 172, narrow: 256 });
    expect(frameHeight('petition-counter', [...counter, ['show-source', true]])).to.deep.equal({ height: 204, narrow: 340 });
    expect(frameHeight('petition-counter', [['show-source', true]])).to.deep.equal({ height: 104, narrow: 140 });
    expect(frameHeight('share-bar', [])).to.deep.equal({ height: 104, narrow: 384 });
    expect(frameHeight('quick-exit', [])).to.deep.equal({ height: 60 });
    // From the wall's description itself: a change there changes the frame's suggestion too.
    expect(frameHeight('supporter-wall', []).height).to.equal(parseFloat(reserveOf('supporter-wall')!.size) * 16);
  });

  it('titles the frame with the widget and its own words, and warns about what a frame cannot do', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'Keep children safe online');
    await fill(el, 'f-mode', 'top');
    expect(el.state.iframeSnippet).to.contain('title="Campaign banner: Keep children safe online"');
    expect($(el, '.output').textContent).to.contain(
      'In a frame the banner is shown inline: a bar fixed to the top would stay inside the frame.',
    );
    await chooseElement(el, 'share-bar');
    expect($(el, '.output').textContent).to.contain('A frame cannot see the page around it: give the link to share');
    await chooseElement(el, 'quick-exit');
    expect($(el, '.output').textContent).to.contain('In a frame the quick exit leaves the whole page on a click');
  });

  it('previews the iframe route with the local build’s page and the same query, sized by its size messages', async () => {
    const el = await builder();
    await chooseElement(el, 'petition-counter');
    // The iframe route is folded away until asked for.
    await click(el, '#iframe-route > summary');
    await fill(el, 'f-count', '1234');
    await fill(el, 'f-goal', '10000');
    const frame = await until(() => {
      const f = el.shadowRoot!.querySelector<HTMLIFrameElement>('#frame-preview');
      return f?.getAttribute('src')?.includes('goal=10000') ? f : undefined;
    }, 'the frame preview following the form');
    const src = new URL(frame.src);
    expect(src.pathname).to.equal('/dist/embed.html');
    expect(src.search).to.equal(new URL(el.state.frameAddress).search);
    expect(frame.title).to.equal('Preview: Petition counter');
    // A counter with a goal and no sign link: 7.5em.
    expect(frame.style.blockSize).to.equal('120px');
    // The page in the frame reports its height, and the preview follows it.
    await until(() => el._frameHeight, 'a size message from the preview');
    await el.updateComplete;
    expect(frame.style.blockSize).to.equal(`${el._frameHeight}px`);
    expect(el._frameHeight).to.be.above(40);
  });

  it('points the iframe at the coalition’s own copy of the page when given, and never at a refused address', async () => {
    const el = await builder();
    await fill(el, 'page-src', 'javascript:alert(1)');
    expect(errorOf(el, 'page-src')).to.match(/^"javascript:alert\(1\)" is not a URL/);
    expect(el.state.iframeSnippet).to.contain(
      'src="https://cdn.jsdelivr.net/npm/coalition-embed@0.1.0/dist/embed.html?element=campaign-banner"',
    );
    await fill(el, 'page-src', 'https://embed.example.org/0.1.0/embed.html');
    expect(el.state.iframeSnippet).to.contain('src="https://embed.example.org/0.1.0/embed.html?element=campaign-banner"');
  });

  it('copies the iframe, or its address alone, and announces "Copied"', async () => {
    const el = await builder();
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void copied.push(text) });
    try {
      await click(el, '#copy-iframe');
      await click(el, '#copy-frame-address');
      await until(() => copied.length === 2, 'two copies');
      expect(copied).to.deep.equal([el.state.iframeSnippet, el.state.frameAddress]);
      expect($(el, '#iframe-route .actions [role="status"]').textContent).to.equal('Copied');
    } finally {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
    }
  });

  it('wraps long lines in both snippet boxes instead of cutting them off (issue 18)', async () => {
    const el = await builder();
    for (const id of ['#snippet', '#iframe-snippet']) {
      const box = $<HTMLTextAreaElement>(el, id);
      const style = getComputedStyle(box);
      expect(style.whiteSpace, id).to.equal('pre-wrap');
      expect(style.overflowWrap, id).to.equal('anywhere');
      expect(box.scrollWidth, id).to.be.at.most(box.clientWidth);
    }
  });

  it('works from the keyboard alone: choose an element, type a value, see its problem, copy', async () => {
    const el = await builder();
    let copied = '';
    const original = navigator.clipboard.writeText;
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void (copied = text) });
    try {
      $(el, 'input[name="tag"][value="campaign-banner"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.state.tag).to.equal('share-bar');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.id).to.equal('f-url');
      await typeText('javascript:alert(1)');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorOf(el, 'f-url')).to.match(/^"javascript:alert\(1\)" is not a URL starting with https: or http:/);
      await keys(['Tab'], ['Shift']);
      await keys(['a'], ['Control']);
      await typeText('https://example.org/c');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorOf(el, 'f-url')).to.equal(undefined);
      $(el, '.output button').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '[role="status"]').textContent === 'Copied', 'the announcement');
      expect(copied).to.contain('<share-bar url="https://example.org/c">\n');
      expect(copied).to.contain('>Share by email</a></p>\n</share-bar>');
    } finally {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
    }
  });

  it('sizes a compact share bar by the networks it lists, as drawn', async () => {
    const space = (networks: string) =>
      reserveStyle('share-bar', [
        ['compact', true],
        ['networks', networks],
      ]);
    // The default networks and the device's button: six icons, one row down to 16.5em.
    expect(space('native facebook x whatsapp email copy')).to.contain('::part(bar){min-block-size:4.25em}@container (max-width:16.45em)');
    // Mastodon may be two (its "change server" button); names the bar skips take no room.
    expect(space('facebook mastodon copy nope')).to.contain('::part(bar){min-block-size:4.25em}@container (max-width:11.45em)');
    // Nothing but unknown names is the default bar.
    expect(space('nope')).to.contain('@container (max-width:16.45em)');
    // Without networks written, the README's measured size for the default.
    expect(reserveStyle('share-bar', [['compact', true]])).to.contain(
      `share-bar[compact]::before,share-bar[compact]::part(bar){min-block-size:${reserveOf('share-bar')!.with!.compact.size}}`,
    );
    // What the builder keeps is what the bar draws, at each width from one row to three.
    for (const [networks, width] of [
      ['facebook x email copy', '11.5em'],
      ['facebook x email copy', '11.4em'],
      ['facebook x whatsapp linkedin bluesky threads reddit telegram email copy', '20em'],
      ['facebook x whatsapp linkedin bluesky threads reddit telegram email copy', '9.5em'],
    ]) {
      const style = document.createElement('style');
      style.textContent = /<style>(.*)<\/style>/.exec(space(networks))![1];
      const wrap = await fixture<HTMLElement>(
        html`<div style="inline-size:${width};font:16px/1.5 sans-serif"><share-bar compact networks=${networks}></share-bar></div>`,
      );
      wrap.prepend(style);
      const el = wrap.querySelector('share-bar')!;
      await el.updateComplete;
      const reserved = parseFloat(getComputedStyle(el, '::before').blockSize);
      const drawn = el.shadowRoot!.querySelector('.bar')!.getBoundingClientRect().height;
      expect(drawn, `${networks} at ${width}: within the space`).to.be.at.most(reserved + 1);
      expect(reserved - drawn, `${networks} at ${width}: no band`).to.be.at.most(1);
    }
  });

  it('reserves room only for elements that take room in the page, and escapes every value', () => {
    expect(reserveStyle('campaign-banner', [['mode', 'overlay']])).to.equal('');
    // Only a banner written inline keeps space: without `mode` its campaign file decides, and it
    // may show nothing (or an overlay) for most of the year.
    expect(reserveStyle('campaign-banner', [['headline', 'x']])).to.equal('');
    expect(
      reserveStyle('campaign-banner', [
        ['headline', 'x'],
        ['mode', 'inline'],
      ]),
    ).to.equal(
      '<style>campaign-banner[mode="inline"]{display:flow-root;container-type:inline-size;inline-size:-webkit-fill-available;inline-size:-moz-available;inline-size:stretch;margin-block:var(--coalition-gap,1em)}campaign-banner[mode="inline"]::before{content:"";float:left}campaign-banner[mode="inline"]:state(empty){margin-block:0}campaign-banner[mode="inline"]:state(empty)::before{content:none}campaign-banner[mode="inline"]::before,campaign-banner[mode="inline"]::part(banner){min-block-size:9.5em}@container (max-width:calc(24.93ch + 26.75em)){campaign-banner[mode="inline"]::before,campaign-banner[mode="inline"]::part(banner){min-block-size:11em}}@container (max-width:calc(22.87ch + 10em)){campaign-banner[mode="inline"]::before,campaign-banner[mode="inline"]::part(banner){min-block-size:12.5em}}@container (max-width:calc(15.33ch + 7.25em)){campaign-banner[mode="inline"]::before,campaign-banner[mode="inline"]::part(banner){min-block-size:14em}}@container (max-width:calc(11.62ch + 6.75em)){campaign-banner[mode="inline"]::before,campaign-banner[mode="inline"]::part(banner){min-block-size:15.5em}}@container (max-width:calc(11.48ch + 6.25em)){campaign-banner[mode="inline"]::before,campaign-banner[mode="inline"]::part(banner){min-block-size:17.25em}}@container (max-width:calc(12.3ch + 5.5em)){campaign-banner[mode="inline"]::before,campaign-banner[mode="inline"]::part(banner){min-block-size:18.75em}}@container (max-width:calc(6.68ch + 7.75em)){campaign-banner[mode="inline"]::before,campaign-banner[mode="inline"]::part(banner){min-block-size:20.25em}}campaign-banner[mode="inline"]:state(fit)::before,campaign-banner[mode="inline"]:state(fit)::part(banner){min-block-size:0!important}@media (scripting:none){campaign-banner::before{content:none!important}}campaign-banner:not(:defined)::before{animation:coalition-embed-unused 0s var(--coalition-wait,30s) forwards!important}@keyframes coalition-embed-unused{to{min-block-size:0}}</style>',
    );
    expect(reserveStyle('share-bar', [])).to.equal(
      '<style>share-bar{display:flow-root;container-type:inline-size;inline-size:-webkit-fill-available;inline-size:-moz-available;inline-size:stretch;margin-block:var(--coalition-gap,1em)}share-bar::before{content:"";float:left}share-bar::before,share-bar::part(bar){min-block-size:6.5em}@container (max-width:calc(19.41ch + 45.5em)){share-bar::before,share-bar::part(bar){min-block-size:9.75em}}@container (max-width:calc(10.44ch + 24em)){share-bar::before,share-bar::part(bar){min-block-size:13em}}@container (max-width:calc(5.88ch + 20.25em)){share-bar::before,share-bar::part(bar){min-block-size:16.25em}}@container (max-width:calc(10.44ch + 15em)){share-bar::before,share-bar::part(bar){min-block-size:19.5em}}@container (max-width:calc(7.73ch + 10.5em)){share-bar::before,share-bar::part(bar){min-block-size:20.25em}}@container (max-width:calc(0.96ch + 14.25em)){share-bar::before,share-bar::part(bar){min-block-size:22.75em}}@container (max-width:calc(1.21ch + 14em)){share-bar::before,share-bar::part(bar){min-block-size:23.5em}}@container (max-width:calc(5.88ch + 9.25em)){share-bar::before,share-bar::part(bar){min-block-size:24em}}share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:6.5em}@container (max-width:calc(17.61ch + 61em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:9.75em}}@container (max-width:calc(7.91ch + 35.5em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:13em}}@container (max-width:calc(7.91ch + 26.5em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:16.25em}}@container (max-width:calc(2.72ch + 22.25em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:19.5em}}@container (max-width:calc(15.7ch + 12.75em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:20.25em}}@container (max-width:calc(7.78ch + 13.25em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:21em}}@container (max-width:calc(10.16ch + 10.5em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:21.25em}}@container (max-width:calc(0.96ch + 14.25em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:25em}}@container (max-width:calc(4.97ch + 11.5em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:25.75em}}@container (max-width:calc(5.27ch + 8.75em)){share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::before,share-bar:not([compact]):is(:lang(cy),:lang(fr),:lang(de),:lang(es),:lang(ar))::part(bar){min-block-size:27em}}share-bar:state(fit)::before,share-bar:state(fit)::part(bar){min-block-size:0!important}@media (scripting:none){share-bar::before{content:none!important}}share-bar:not(:defined)::before{animation:coalition-embed-unused 0s var(--coalition-wait,30s) forwards!important}@keyframes coalition-embed-unused{to{min-block-size:0}}</style>',
    );
    expect(
      elementMarkup('share-bar', [
        ['text', '"><script>alert(1)</script>'],
        ['compact', true],
      ]),
    ).to.equal('<share-bar text="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" compact></share-bar>');
    expect(escapeHtml('a & b')).to.equal('a &amp; b');
    expect(scriptTag({ src: 'https://example.org/c.js' })).to.equal(
      '<script src="https://example.org/c.js" crossorigin="anonymous" defer></script>',
    );
  });

  it('still builds a snippet when sri.json and custom-elements.json are missing, and says what is missing', async () => {
    const el = await fixture<EmbedBuilder>(
      html`<embed-builder sri="/missing/sri.json" manifest="/missing/custom-elements.json" package="/package.json"></embed-builder>`,
    );
    await until(() => el.shadowRoot!.querySelector('.warning'), 'the warning');
    expect($(el, '.output').textContent).to.contain('No integrity hash');
    expect(el.snippet).to.match(/coalition-embed@\d+\.\d+\.\d+\/dist\/coalition-embed\.js" crossorigin="anonymous" defer><\/script>/);
    // The builder's own words do not depend on the manifest.
    expect($(el, '#f-dismiss-days-hint').textContent).to.contain('How many days a visitor who closes the banner keeps it closed');
  });

  it('reads the version and integrity from sri.json and the hints from custom-elements.json', async () => {
    const fetches = stubFetch((url) =>
      url.endsWith('sri.json')
        ? json({ version: '9.8.7', files: { 'coalition-embed.js': HASH } })
        : json({
            modules: [
              {
                path: 'src/share-bar/share-bar.ts',
                declarations: [{ attributes: [{ name: 'text', description: 'The `suggested` message' }] }],
              },
            ],
          }),
    );
    try {
      const el = await fixture<EmbedBuilder>(html`<embed-builder sri="/dist/sri.json" manifest="/custom-elements.json"></embed-builder>`);
      await chooseElement(el, 'share-bar');
      await until(() => el.snippet.includes('coalition-embed@9.8.7'), 'the pinned version');
      expect(el.snippet).to.contain(`integrity="${HASH}"`);
      await until(() => el.shadowRoot!.querySelector('#f-text-hint code'), 'the manifest hint');
      expect($(el, '#f-text-hint').textContent).to.equal('The suggested message');
    } finally {
      fetches.restore();
    }
  });

  // A review: an http:// campaign file was taken without a word, and partners' https pages cannot
  // load it (mixed content), so their campaign would silently never show.
  it('warns beside the campaign file’s address when it starts with http://, which partners’ secure pages cannot load', async () => {
    const el = await builder();
    await click(el, 'input[name="mode"][value="campaign"]');
    const warning = () => el.shadowRoot!.querySelector('#campaign-href-warning')?.textContent?.replace(/\s+/g, ' ').trim();
    await fill(el, 'campaign-href', 'http://example.org/campaign.json');
    expect(warning()).to.equal(
      'This address starts with http://, not https://. Partners’ websites are almost all secure (https://), and their visitors’ ' +
        'browsers will not load a file from an address that is not: the campaign would not show on those pages, and nobody would ' +
        'be told. Publish the file at an address starting with https:// and give that one here.',
    );
    expect($(el, '#campaign-href').getAttribute('aria-describedby')).to.contain('campaign-href-warning');
    // A warning, not a refusal: the snippet keeps the address as given.
    expect($<HTMLTextAreaElement>(el, '#partner-snippet').value).to.contain('data-campaign="http://example.org/campaign.json"');

    for (const fine of [
      'https://example.org/campaign.json',
      'http://localhost:8080/campaign.json',
      'http://127.0.0.1:8000/campaign.json',
      'HTTPS://EXAMPLE.ORG/campaign.json',
    ]) {
      await fill(el, 'campaign-href', fine);
      expect(warning(), fine).to.equal(undefined);
    }
    await fill(el, 'campaign-href', 'HTTP://Example.org/campaign.json');
    expect(warning()).to.contain('This address starts with http://');

    // The same box in a partner's snippet for one element.
    await click(el, 'input[name="mode"][value="element"]');
    await fill(el, 'campaign-href', 'http://example.org/campaign.json');
    expect(warning()).to.contain('the campaign would not show on those pages');
    // And the script's own address: a partner's self-hosted copy on http:// would never run.
    await fill(el, 'script-src', 'http://cdn.example.org/coalition-embed.js');
    expect(el.shadowRoot!.querySelector('#script-src-warning')?.textContent?.replace(/\s+/g, ' ')).to.contain(
      'browsers will not load the script from an address that is not',
    );
    await fill(el, 'script-src', 'https://cdn.example.org/coalition-embed.js');
    expect(el.shadowRoot!.querySelector('#script-src-warning')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible in both modes', async () => {
    const el = await builder();
    await fill(el, 'f-dismiss-days', '0');
    await expect(el).to.be.accessible();
    await click(el, 'input[name="mode"][value="campaign"]');
    el.loadCampaign(JSON.stringify({ banner: { mode: 'sideways' }, supporters: [{ logo: 'https://example.org/x.svg' }] }));
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('keeps radios and checkboxes round on a phone, where their labels wrap (Firefox squashed them)', async () => {
    const el = await builder();
    // The builder's width on a 375 px phone, and on a 320 px one.
    for (const width of [343, 304]) {
      el.style.inlineSize = `${width}px`;
      for (const mode of ['element', 'campaign']) {
        await click(el, `input[name="mode"][value="${mode}"]`);
        const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')];
        expect(boxes.length).to.be.above(2);
        for (const box of boxes) {
          const { width: w, height: h } = box.getBoundingClientRect();
          expect(Math.abs(w - h), `${box.name || box.id} ${box.value} at ${width}px: ${w} × ${h}`).to.be.at.most(1);
        }
      }
    }
  });

  it('names the snippet and preview column, a scrolling box that Firefox makes a tab stop', async () => {
    const el = await builder();
    const column = $<HTMLElement>(el, '.output');
    expect(column.getAttribute('role')).to.equal('region');
    expect(column.getAttribute('aria-label')).to.equal('Snippet and preview');
    await click(el, 'input[name="mode"][value="campaign"]');
    const campaign = $<HTMLElement>(el, '.output');
    expect(campaign.getAttribute('role')).to.equal('region');
    expect(campaign.getAttribute('aria-label')).to.equal('Check, download and preview');
  });

  describe('campaign file', () => {
    it('reports a loaded file’s problems in the words the elements log', async () => {
      const file = {
        id: 'safer-by-design',
        banner: { headline: 'Safer by design', mode: 'sideways' },
        petition: { goal: -5 },
        share: { networks: ['facebook', 'myspace'] },
        supporters: [{ name: 'NSPCC' }, { logo: 'https://example.org/x.svg' }],
      };
      const fetches = stubFetch(() => json(file));
      try {
        const el = await builder();
        await click(el, 'input[name="mode"][value="campaign"]');
        expect(el.loadCampaign(JSON.stringify(file))).to.equal(true);
        await el.updateComplete;
        const logged = [
          ...(await reportedBy('<campaign-banner campaign="/b/campaign.json"></campaign-banner>')),
          ...(await reportedBy('<petition-counter campaign="/p/campaign.json" count="5"></petition-counter>')),
          ...(await reportedBy('<share-bar campaign="/s/campaign.json"></share-bar>')),
          ...(await reportedBy('<supporter-wall campaign="/w/campaign.json"></supporter-wall>')),
        ];
        expect(logged).to.have.length(4);
        await until(() => el.campaignProblems.length === 4, 'the preview’s report on networks');
        expect(el.campaignProblems.map((p) => p.message)).to.have.members(logged);
        const summary = [...el.shadowRoot!.querySelectorAll('.summary li')].map((li) => li.textContent!.trim());
        expect(summary).to.include(`campaign file "banner.mode": ${logged[0]}`);
        expect(errorOf(el, 'c-banner-mode')).to.equal(logged[0]);
        expect($(el, '[role="status"]').textContent).to.contain('Loaded.');
      } finally {
        fetches.restore();
      }
    });

    it('takes the person from a listed problem to its field', async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      el.loadCampaign('{"petition": {"refresh": "often"}}');
      await el.updateComplete;
      await click(el, '.summary a');
      expect(el.shadowRoot!.activeElement!.id).to.equal('c-petition-refresh');
    });

    it('checks the file when asked: shows the problems not yet shown, counts them and moves the focus to them', async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      // Typed but not yet left: the field keeps its problem to itself until the check.
      const refresh = $(el, '#c-petition-refresh');
      refresh.value = 'often';
      refresh.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(errorOf(el, 'c-petition-refresh')).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('.summary')).to.equal(null);
      await click(el, '.output .actions button.secondary');
      expect($(el, '[role="status"]').textContent).to.equal('1 problem found.');
      expect(el.shadowRoot!.activeElement!.id).to.equal('summary-heading');
      expect(errorOf(el, 'c-petition-refresh')).to.equal(el.campaignProblems[0].message);
    });

    it('refuses text that is not JSON and says why, next to the paste box', async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      $<HTMLTextAreaElement>(el, '#c-paste').value = '{ "id": ';
      await click(el, '#c-load');
      expect(errorOf(el, 'c-paste')).to.match(/^This is not JSON/);
      expect($(el, '#c-paste').getAttribute('aria-describedby')).to.equal('c-paste-error');
      expect(el.shadowRoot!.activeElement!.id).to.equal('c-paste');
    });

    it('downloads the edited file as campaign.json, typed as the contract shows it', async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      await fill(el, 'c-top-id', 'safer-by-design');
      await fill(el, 'c-banner-headline', 'Safer by design');
      await fill(el, 'c-banner-mode', 'overlay');
      await fill(el, 'c-banner-start', '2026-05-18T09:00:00+01:00');
      await click(el, '#c-banner-dismissible');
      await fill(el, 'c-petition-source', 'uk-parliament:700001');
      await fill(el, 'c-petition-goal', '100000');
      await fill(el, 'c-petition-refresh', '60');
      await fill(el, 'c-share-hashtags', 'SaferByDesign, Kids');
      await click(el, '#supporters-add');
      const row = (el.shadowRoot!.activeElement as HTMLInputElement).id.split('-')[1];
      await fill(el, `s-${row}-name`, 'NSPCC');
      await fill(el, `s-${row}-logo`, 'https://example.org/nspcc.svg');

      let blob: Blob | undefined;
      let download = '';
      const original = URL.createObjectURL;
      URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
      const stop = (e: Event) => {
        const link = e.composedPath()[0] as HTMLAnchorElement;
        if (link.localName === 'a' && link.download) {
          download = link.download;
          e.preventDefault();
        }
      };
      el.shadowRoot!.addEventListener('click', stop, true);
      try {
        await click(el, '.output button:not(.secondary)');
      } finally {
        URL.createObjectURL = original;
        el.shadowRoot!.removeEventListener('click', stop, true);
      }
      expect(download).to.equal('campaign.json');
      expect(blob!.type).to.equal('application/json');
      const written = JSON.parse(await blob!.text());
      expect(Object.keys(written)[0]).to.equal('$schema');
      expect(written).to.deep.equal({
        $schema: SCHEMA,
        id: 'safer-by-design',
        // A blackout left without an exit address gets the quick exit's, so it has its exit (builder-exit.test.ts).
        banner: {
          headline: 'Safer by design',
          mode: 'overlay',
          start: '2026-05-18T09:00:00+01:00',
          dismissible: true,
          exitHref: 'https://www.bbc.co.uk/weather',
        },
        petition: { source: ['uk-parliament:700001'], goal: 100000 },
        share: { hashtags: ['SaferByDesign', 'Kids'] },
        supporters: [{ name: 'NSPCC', logo: 'https://example.org/nspcc.svg' }],
      });
      expect($<HTMLTextAreaElement>(el, '#c-json').value).to.equal(`${JSON.stringify(written, null, 2)}\n`);
      expect($(el, '[role="status"]').textContent).to.equal('Downloaded campaign.json.');
    });

    it('writes a count typed with thousands separators as a number, not null (issue 23)', async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      await fill(el, 'c-petition-count', '14,000,000');
      expect(JSON.parse(el.campaignFile).petition).to.deep.equal({ count: 14000000 });
      expect(JSON.parse($<HTMLTextAreaElement>(el, '#c-json').value).petition.count).to.equal(14000000);
      expect(errorOf(el, 'c-petition-count')).to.equal(undefined);
    });

    it('writes the snippet for partners: the script reading the published file, and each element it sets up', async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      await fill(el, 'c-banner-headline', 'Safer by design');
      await fill(el, 'c-petition-count', '14,000,000');
      await fill(el, 'campaign-href', 'https://example.org/campaign.json');
      const text = $<HTMLTextAreaElement>(el, '#partner-snippet').value;
      expect(text).to.equal(el.state.partnerSnippet);
      expect(text.match(/<script /g)).to.have.length(1);
      expect(text).to.contain('data-campaign="https://example.org/campaign.json"');
      expect(
        [...text.matchAll(/<(campaign-banner|petition-counter|share-bar|supporter-wall|quick-exit)>/g)].map((m) => m[1]),
      ).to.deep.equal(['campaign-banner', 'petition-counter']);
      // The previews are what the snippet places; the rest are named, not shown with defaults.
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('[data-preview]')].map((p) => p.getAttribute('data-preview'))).to.deep.equal([
        'banner',
        'petition',
      ]);
      expect($(el, '.output').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Not set up in this file, so not in the snippet: quick exit, share bar',
      );
      // A partner who hosts the script gives its address here too, as in the element's snippet.
      await fill(el, 'script-src', 'https://partner.example/js/coalition-embed.js');
      expect($<HTMLTextAreaElement>(el, '#partner-snippet').value).to.contain('src="https://partner.example/js/coalition-embed.js"');
    });

    it('keeps the same space for a counter whose settings are in the campaign file as for one written with them', async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      await fill(el, 'c-petition-count', '14,000,000');
      await fill(el, 'c-petition-goal', '100000');
      await fill(el, 'c-petition-href', 'https://example.org/sign');
      await click(el, '#c-petition-showSource');
      const written: Attributes = [
        ['goal', '100000'],
        ['href', 'https://example.org/sign'],
        ['show-source', true],
      ];
      // The sizes are the show-source line's (from the file), on a counter written without attributes.
      const space = /<style>(.*?)<\/style>/.exec(
        el.state.partnerSnippet.split('petition-counter')[0] +
          el.state.partnerSnippet.slice(el.state.partnerSnippet.indexOf('<style>petition-counter')),
      )![1];
      const sizes = (style: string) => [...style.matchAll(/block-size:([\d.]+em)/g)].map((m) => m[1]);
      expect(sizes(space)).to.deep.equal(sizes(reserveStyle('petition-counter', written)));
      expect(sizes(space)[0]).to.equal(reserveOf('petition-counter')!.with!['show-source'].size);
    });

    it('keeps what it does not know and what was loaded, unchanged', () => {
      const text = JSON.stringify({
        id: 'x',
        colour: 'teal',
        banner: { headline: 'H', future: 1 },
        supporters: [{ name: 'A', since: 2020 }],
      });
      const parsed = parseCampaign(text);
      if (!('draft' in parsed)) throw new Error(parsed.error);
      expect(campaignJson(parsed.draft)).to.deep.equal({
        id: 'x',
        banner: { headline: 'H', future: 1 },
        supporters: [{ name: 'A', since: 2020 }],
        colour: 'teal',
      });
    });

    it('edits the supporters list by keyboard: add, move and remove keep the focus in place', async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      for (const name of ['One', 'Two', 'Three']) {
        await click(el, '#supporters-add');
        await fill(el, (el.shadowRoot!.activeElement as HTMLElement).id, name);
      }
      const names = () => el.campaignFile && (JSON.parse(el.campaignFile).supporters as Array<{ name: string }>).map((s) => s.name);
      expect(names()).to.deep.equal(['One', 'Two', 'Three']);
      await click(el, 'button[aria-label="Move up: supporter 3 (Three)"]');
      expect(names()).to.deep.equal(['One', 'Three', 'Two']);
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Move up: supporter 2 (Three)');
      await click(el, 'button[aria-label="Remove supporter 1 (One)"]');
      expect(names()).to.deep.equal(['Three', 'Two']);
      expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('Three');
    });

    const NO_VIEWPORT =
      'WebKitWebDriver cannot set the window size (set-viewport is not supported for webdriver); runs in Chromium and Firefox';

    /** Fifteen supporters with their names in English and Welsh, at a laptop's window size unless told not to. */
    async function fifteenSupporters(laptop = true) {
      if (laptop) await setViewport({ width: 1280, height: 800 });
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      const supporters = Array.from({ length: 15 }, (_, i) => ({ name: { en: `Supporter ${i + 1}`, cy: `Cefnogwr ${i + 1}` } }));
      el.loadCampaign(
        JSON.stringify({ languages: ['en', 'cy'], banner: { headline: { en: 'Safer by design', cy: 'Diogel' } }, supporters }),
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.rows > .row')).to.have.length(15);
      return el;
    }

    skipIn('webkit', NO_VIEWPORT)('keeps Copy snippet and the previews within the window while the form is long (1280 × 800)', async () => {
      try {
        const el = await fifteenSupporters();
        const column = $<HTMLElement>(el, '.output');
        expect(column.getBoundingClientRect().height, 'the column’s height').to.be.at.most(window.innerHeight);
        const copy = $<HTMLButtonElement>(el, '#copy-partner-snippet');
        copy.focus();
        await new Promise((r) => requestAnimationFrame(r));
        const box = copy.getBoundingClientRect();
        expect(box.top, 'Copy snippet’s top').to.be.at.least(0);
        expect(box.bottom, 'Copy snippet’s bottom').to.be.at.most(window.innerHeight);
        // The preview language choice is reached the same way.
        const welsh = $<HTMLInputElement>(el, '.preview-language input[value="cy"]');
        welsh.focus();
        await new Promise((r) => requestAnimationFrame(r));
        expect(welsh.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight);
        expect(welsh.getBoundingClientRect().top).to.be.at.least(0);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('adds no empty scroll below the builder with fifteen supporters in two languages', async () => {
      // At the window's own size: the rows' box scrolls at every width.
      const el = await fifteenSupporters(false);
      const bottom = el.getBoundingClientRect().bottom + window.scrollY;
      expect(document.documentElement.scrollHeight, 'the page’s height').to.be.at.most(Math.ceil(bottom) + 50);
    });

    it('checks relative logo addresses once the file’s address is given, not against a made-up one', async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      const supporters = [
        { name: 'NSPCC', logo: '/demo/logos/nspcc.svg' },
        { name: 'Childnet', logo: '/demo/logos/childnet.svg' },
      ];
      el.loadCampaign(JSON.stringify({ supporters }));
      await el.updateComplete;
      // The wall reads the draft: its relative logos cannot load before the file has an address.
      const wall = () => el.previewElement('supporters')!;
      await until(() => wall().shadowRoot?.querySelector('li'), 'the wall with the supporters');
      wall().scrollIntoView();
      await until(
        () => !wall().shadowRoot!.querySelector('img') && wall().shadowRoot!.textContent!.includes('Childnet'),
        'the names standing in',
      );
      await el.updateComplete;
      await click(el, '.output .actions button.secondary');
      expect(el.campaignProblems.map((p) => p.message)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.summary')).to.equal(null);
      expect($(el, '[role="status"]').textContent).to.match(/^No problems found/);
      expect($(el, '#relative-logos').textContent!.replace(/\s+/g, ' ')).to.contain('2 logo addresses are relative to the campaign file');
      // Given the address, the logos are read from there, as partners' pages will read them.
      await fill(el, 'campaign-href', `${location.origin}/campaign.json`);
      expect(el.shadowRoot!.querySelector('#relative-logos')).to.equal(null);
      await until(
        () => wall().getAttribute('campaign')?.startsWith(location.origin) && wall().shadowRoot?.querySelector('li'),
        'the wall reading the file there',
      );
      wall().scrollIntoView();
      await until(
        () => [...wall().shadowRoot!.querySelectorAll('img')].filter((img) => img.naturalWidth > 0).length === 2,
        'the two logos',
      );
      expect(el.campaignProblems).to.deep.equal([]);
      // And a relative logo that is not there is reported, with the address it was read from.
      el.loadCampaign(JSON.stringify({ supporters: [...supporters, { name: 'Gone', logo: '/demo/logos/no-such-logo.svg' }] }));
      await el.updateComplete;
      await until(() => wall().shadowRoot?.textContent?.includes('Gone'), 'the wall with the third supporter');
      wall().scrollIntoView();
      const problems = await until(() => (el.campaignProblems.length ? el.campaignProblems : undefined), 'the missing logo reported');
      expect(problems.map((p) => p.message)).to.deep.equal([
        `the logo of "Gone" (${location.origin}/demo/logos/no-such-logo.svg) did not load; showing the name`,
      ]);
    });
  });
  describe('campaign copy in several languages', () => {
    const campaignBuilder = async () => {
      const el = await builder();
      await click(el, 'input[name="mode"][value="campaign"]');
      return el;
    };
    const addLanguage = async (el: EmbedBuilder, typed: string) => {
      $(el, '#c-lang-add').value = typed;
      await click(el, '#c-lang-add-button');
    };
    const summary = (el: EmbedBuilder) =>
      [...el.shadowRoot!.querySelectorAll('.languages-summary li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const written = (el: EmbedBuilder) => JSON.parse(el.campaignFile) as Record<string, Record<string, unknown>>;

    it('adds a language: every text and link gets a box in it, labelled and marked with its language', async () => {
      const el = await campaignBuilder();
      // One language: the form as it always was, and no language switch over the previews.
      expect(el.shadowRoot!.querySelector('#c-banner-headline-cy')).to.equal(null);
      expect(el.shadowRoot!.querySelector('input[name="preview-lang"]')).to.equal(null);
      await addLanguage(el, 'cy');
      expect(el.state.draft.languages).to.deep.equal(['en', 'cy']);
      expect($(el, '#c-lang-add').value).to.equal('');
      expect($(el, '[role="status"]').textContent).to.contain('Added Welsh (cy)');
      const words: Record<string, string> = {
        'c-banner-headline': 'Headline',
        'c-banner-ctaHref': 'Call to action link',
        'c-petition-label': 'Words after the number',
        'c-share-text': 'Suggested message',
        'c-quickExit-label': 'Button text',
      };
      for (const id of Object.keys(words)) {
        const welsh = $(el, `#${id}-cy`);
        expect(welsh.lang, id).to.equal('cy');
        expect(el.shadowRoot!.querySelector(`label[for="${id}-cy"]`)!.textContent!.trim()).to.equal(`${words[id]}, Welsh (cy)`);
        expect($(el, `#${id}`).lang, id).to.equal('en');
      }
      // Names are not words: one value in every language.
      expect(el.shadowRoot!.querySelector('#c-banner-campaignId-cy')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('input[name="preview-lang"]')).to.have.length(2);
      // A language written right to left gets its direction, for typing and for screen readers.
      await addLanguage(el, 'ar');
      expect($(el, '#c-banner-headline-ar').dir).to.equal('rtl');
      expect($(el, '#c-banner-headline-cy').hasAttribute('dir')).to.equal(false);
      await click(el, 'button[aria-label="Remove Arabic (ar)"]');
      expect(el.state.draft.languages).to.deep.equal(['en', 'cy']);
      expect(el.shadowRoot!.activeElement!.id).to.equal('c-lang-add');
    });

    it('refuses a tag that is not a language, or one the file has, and says why under the control', async () => {
      const el = await campaignBuilder();
      for (const typed of ['en_GB!', 'englisch', '12', '']) {
        await addLanguage(el, typed);
        expect(el.state.draft.languages, typed).to.deep.equal(['en']);
        expect(errorOf(el, 'c-lang-add'), typed).to.match(typed ? /is not a language tag/ : /^Type a language tag/);
        expect($(el, '#c-lang-add').getAttribute('aria-invalid')).to.equal('true');
        expect($(el, '#c-lang-add').getAttribute('aria-describedby')).to.equal('c-lang-add-hint c-lang-add-error');
        expect(el.shadowRoot!.activeElement!.id).to.equal('c-lang-add');
      }
      await addLanguage(el, 'EN');
      expect(errorOf(el, 'c-lang-add')).to.equal('English (en) is already a language of this file.');
      // Any valid BCP 47 tag, in its canonical form; or a language of the elements by name.
      await addLanguage(el, 'pt-br');
      await addLanguage(el, 'Welsh');
      expect(el.state.draft.languages).to.deep.equal(['en', 'pt-BR', 'cy']);
      expect(errorOf(el, 'c-lang-add')).to.equal(undefined);
      expect($(el, '#c-lang-add').getAttribute('aria-invalid')).to.equal('false');
    });

    it('lists what each language lacks, marks those boxes in words, and the list shrinks as they are filled', async () => {
      const el = await campaignBuilder();
      await fill(el, 'c-banner-headline', 'Safety by design');
      await fill(el, 'c-banner-message', 'Platforms can protect children and privacy.');
      await fill(el, 'c-banner-ctaHref', 'https://example.org/sign');
      await fill(el, 'c-share-text', 'Safety by design');
      await click(el, '#supporters-add');
      const row = (el.shadowRoot!.activeElement as HTMLInputElement).id.split('-')[1];
      await fill(el, `s-${row}-name`, 'Children in Wales');
      await addLanguage(el, 'cy');
      // What was typed before is English, the file's first language.
      expect($(el, '#c-banner-headline').value).to.equal('Safety by design');
      expect($(el, '#c-banner-headline-cy').value).to.equal('');
      expect(summary(el)).to.deep.equal([
        'English: nothing missing',
        // A supporter's name is not listed: most organisations have one name in every language.
        'Welsh: 3 texts missing: banner.headline, banner.message, share.text',
      ]);
      expect($(el, '.languages-summary').textContent!.replace(/\s+/g, ' ')).to.contain(
        "A text missing in one language falls back to English on partners' pages in that language",
      );
      // Marked in words, not only by colour; a link left out quietly uses the English one.
      expect(el.shadowRoot!.querySelector('#c-banner-headline-cy-missing')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Missing: shows the English text',
      );
      expect($(el, '#c-banner-headline-cy').getAttribute('aria-describedby')).to.contain('c-banner-headline-cy-missing');
      expect(el.shadowRoot!.querySelector('#c-banner-ctaHref-cy-missing')).to.equal(null);
      await fill(el, 'c-banner-headline-cy', 'Diogelwch drwy ddyluniad');
      await fill(el, `s-${row}-name-cy`, 'Plant yng Nghymru');
      expect(summary(el)[1]).to.equal('Welsh: 2 texts missing: banner.message, share.text');
      expect(el.shadowRoot!.querySelector('#c-banner-headline-cy-missing')).to.equal(null);
      // Each listed text links to its box.
      await click(el, '.languages-summary a');
      expect(el.shadowRoot!.activeElement!.id).to.equal('c-banner-message-cy');
      await fill(el, 'c-banner-message-cy', 'Gall platfformau ddiogelu plant a phreifatrwydd.');
      await fill(el, 'c-share-text-cy', 'Diogelwch drwy ddyluniad');
      expect(summary(el)[1]).to.equal('Welsh: nothing missing');
      // A text only in Welsh is one English lacks.
      await fill(el, 'c-banner-ctaLabel-cy', 'Ychwanegwch eich enw');
      expect(summary(el)[0]).to.equal('English: 1 text missing: banner.ctaLabel');

      const file = written(el);
      expect(Object.keys(file)[0]).to.equal('$schema');
      expect(file.$schema).to.equal(SCHEMA);
      expect(file.banner).to.deep.equal({
        headline: { en: 'Safety by design', cy: 'Diogelwch drwy ddyluniad' },
        message: { en: 'Platforms can protect children and privacy.', cy: 'Gall platfformau ddiogelu plant a phreifatrwydd.' },
        // Only the Welsh has it: it stays marked as Welsh.
        ctaLabel: { cy: 'Ychwanegwch eich enw' },
        // Only the first language has it: a plain string, as a one-language file has.
        ctaHref: 'https://example.org/sign',
      });
      expect(file.share).to.deep.equal({ text: { en: 'Safety by design', cy: 'Diogelwch drwy ddyluniad' } });
      expect(file.supporters).to.deep.equal([{ name: { en: 'Children in Wales', cy: 'Plant yng Nghymru' } }]);
      expect(el.campaignProblems).to.deep.equal([]);

      // Removing Welsh takes its entries with it, back to plain strings.
      await click(el, 'button[aria-label="Remove Welsh (cy)"]');
      expect(written(el).banner).to.deep.equal({
        headline: 'Safety by design',
        message: 'Platforms can protect children and privacy.',
        ctaHref: 'https://example.org/sign',
      });
      expect($(el, '[role="status"]').textContent).to.equal('Removed Welsh (cy) and its entries in 5 settings.');
      expect(el.shadowRoot!.querySelector('.languages-summary')).to.equal(null);
    });

    const BILINGUAL = {
      $schema: SCHEMA,
      id: 'safer-by-design',
      banner: {
        headline: { en: 'Safety by design', cy: 'Diogelwch drwy ddyluniad' },
        message: { en: 'Platforms can protect children and privacy.', cy: 'Gall platfformau ddiogelu plant a phreifatrwydd.' },
        ctaLabel: { en: 'Add your name', cy: 'Ychwanegwch eich enw' },
        ctaHref: { en: 'https://example.org/sign', cy: 'https://example.org/cy/llofnodi' },
      },
      petition: { count: 118342, label: { en: 'signatures', cy: 'llofnod' } },
      share: { url: 'https://example.org/', text: { en: 'Safety by design', cy: 'Diogelwch drwy ddyluniad' } },
      supporters: [{ name: { en: 'Children in Wales', cy: 'Plant yng Nghymru' } }, { name: 'NSPCC' }],
    };

    it('loads a bilingual file with its languages and writes it back unchanged, $schema and all', async () => {
      const el = await campaignBuilder();
      expect(el.loadCampaign(JSON.stringify(BILINGUAL))).to.equal(true);
      await el.updateComplete;
      expect(el.state.draft.languages).to.deep.equal(['en', 'cy']);
      expect($(el, '#c-banner-headline-cy').value).to.equal('Diogelwch drwy ddyluniad');
      expect($(el, '#c-banner-ctaHref-cy').value).to.equal('https://example.org/cy/llofnodi');
      // $schema is no unknown key: the elements accept it.
      expect(el.shadowRoot!.querySelector('.output .note')?.textContent ?? '').not.to.contain('$schema');
      expect(el.campaignFile).to.equal(`${JSON.stringify(BILINGUAL, null, 2)}\n`);
      expect(summary(el)).to.deep.equal(['English: nothing missing', 'Welsh: nothing missing']);
      await until(() => el.previewElement('banner')?.shadowRoot?.textContent?.includes('Safety by design'), 'the English banner');
      expect(el.campaignProblems).to.deep.equal([]);
    });

    it('previews the real elements in each language', async () => {
      const el = await campaignBuilder();
      el.loadCampaign(JSON.stringify(BILINGUAL));
      await el.updateComplete;
      await until(() => el.previewElement('banner')?.shadowRoot?.textContent?.includes('Safety by design'), 'the English banner');
      await click(el, 'input[name="preview-lang"][value="cy"]');
      const text = (name: string) => el.previewElement(name)?.shadowRoot?.textContent ?? '';
      await until(() => text('banner').includes('Diogelwch drwy ddyluniad'), 'the Welsh banner');
      expect(el.previewElement('banner')!.getAttribute('lang')).to.equal('cy');
      expect(text('banner')).to.contain('Ychwanegwch eich enw');
      const link = el.previewElement('banner')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="llofnodi"]');
      expect(link, 'the Welsh petition page').to.not.equal(null);
      await until(() => text('petition').includes('llofnod'), 'the Welsh counter');
      await until(() => el.previewElement('share')?.getAttribute('lang') === 'cy', 'the Welsh share bar');
      await until(() => text('supporters').includes('Plant yng Nghymru'), 'the Welsh name on the wall');
      expect(el.previewElement('supporters')!.getAttribute('lang')).to.equal('cy');
    });

    it('checks each language’s entry by the elements’ own rules, under its own box', async () => {
      const el = await campaignBuilder();
      el.loadCampaign(
        JSON.stringify({
          banner: { headline: { en: 'Safety', cy: 'Diogelwch' }, ctaHref: { en: 'https://example.org/sign', cy: 'javascript:alert(1)' } },
        }),
      );
      await el.updateComplete;
      const [unsafe] = await reportedBy('<campaign-banner headline="x" cta-href="javascript:alert(1)"></campaign-banner>');
      expect(errorOf(el, 'c-banner-ctaHref-cy')).to.equal(unsafe);
      expect(errorOf(el, 'c-banner-ctaHref')).to.equal(undefined);
      expect($(el, '#c-banner-ctaHref-cy').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#c-banner-ctaHref-cy').getAttribute('aria-describedby')).to.equal('c-banner-ctaHref-hint c-banner-ctaHref-cy-error');
      const listed = [...el.shadowRoot!.querySelectorAll('.summary li')].map((li) => li.textContent!.trim());
      expect(listed).to.include(`campaign file "banner.ctaHref" (cy): ${unsafe}`);
      await fill(el, 'c-banner-ctaHref-cy', 'https://example.org/cy/llofnodi');
      expect(errorOf(el, 'c-banner-ctaHref-cy')).to.equal(undefined);
      expect(el.campaignProblems.filter((p) => p.target.startsWith('c-banner-ctaHref'))).to.deep.equal([]);
    });

    it('is accessible with several languages, one of them right to left', async () => {
      const el = await campaignBuilder();
      el.loadCampaign(JSON.stringify(BILINGUAL));
      await el.updateComplete;
      await addLanguage(el, 'ar');
      await fill(el, 'c-banner-headline-ar', 'السلامة من خلال التصميم');
      await expect(el).to.be.accessible();
    });
  });

  it('says plainly in the timeline whether an after-message will show after the end', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'Blackout week');
    await fill(el, 'f-start', '2027-05-20T00:00Z');
    await fill(el, 'f-end', '2027-05-25T00:00Z');
    const timeline = () => $(el, '.timeline').textContent!.replace(/\s+/g, ' ');
    expect(timeline()).to.contain('After-message none written, so the banner is gone after its end');
    expect(timeline()).not.to.contain('if written');
    await fill(el, 'f-after-message', 'Thank you: 1,204 partners went dark.');
    const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    expect(timeline()).to.contain(`After-message until ${format.format(Date.UTC(2027, 5, 8))} UTC`);
    expect(timeline()).not.to.contain('none written');
    expect(timeline()).not.to.contain('if written');
  });
  it('says beside the content warning that it shows before a message, while there is no message', async () => {
    const el = await builder();
    const NOTE =
      'With no message, the warning shows on its own above the call to action. Add a message to keep it behind a “Show message” button.';
    const hint = (id: string) => $(el, `#${id}-hint`).textContent!.replace(/\s+/g, ' ');
    await fill(el, 'f-headline', 'Safer by design');
    expect(hint('f-warning')).not.to.contain(NOTE);
    await fill(el, 'f-warning', 'This campaign talks about the abuse of children.');
    expect(hint('f-warning')).to.contain(NOTE);
    // Read with the field by a screen reader.
    expect($(el, '#f-warning').getAttribute('aria-describedby')).to.contain('f-warning-hint');
    await fill(el, 'f-message', 'Platforms can protect children and privacy.');
    expect(hint('f-warning')).not.to.contain(NOTE);
    await fill(el, 'f-message', '');
    expect(hint('f-warning')).to.contain(NOTE);

    await click(el, 'input[name="mode"][value="campaign"]');
    await fill(el, 'c-banner-warning', 'This campaign talks about the abuse of children.');
    expect(hint('c-banner-warning')).to.contain(NOTE);
    await fill(el, 'c-banner-message', 'Platforms can protect children and privacy.');
    expect(hint('c-banner-warning')).not.to.contain(NOTE);
  });
});

describe('the README snippet and the builder', () => {
  it('reserve the same space for every element', async () => {
    const readme = await (await fetch('/README.md')).text();
    const flat = (css: string) =>
      css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, '')
        .replace(/;}/g, '}');
    const style = flat(/### Paste[\s\S]*?<style>([\s\S]*?)<\/style>/.exec(readme)![1]);
    const rules = everyReserveRule(ELEMENTS.map((e) => e.tag));
    expect(rules.length).to.be.above(10);
    for (const rule of rules) expect(style, rule).to.contain(flat(rule));
    // The builder's rule for a share bar is the README's.
    expect(flat(reserveStyle('share-bar', []))).to.contain(
      flat(rules.find((r) => r.startsWith('share-bar::before,share-bar::part(bar){min-block-size'))!),
    );
    // The builder section's example is what the builder writes for that share bar.
    const example = /For one element it contains:[\s\S]*?(<style>share-bar[^\n]*<\/style>)/.exec(readme)![1];
    expect(example).to.equal(
      reserveStyle('share-bar', [
        ['text', 'Keep children safe online'],
        ['networks', 'facebook x email copy'],
        ['partner', 'riverside'],
      ]),
    );
    // The demo page (what `npm start` shows) keeps the same space.
    const demo = flat((await (await fetch('/demo/reserve.css')).text()).replace(/"/g, "'"));
    for (const rule of rules) expect(demo, `demo/reserve.css: ${rule}`).to.contain(flat(rule.replace(/"/g, "'")));
  });
});
