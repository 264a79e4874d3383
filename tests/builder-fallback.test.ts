import { expect } from '@open-wc/testing';
import '../src/index.js';
import '../src/builder/builder.js';
import type { EmbedBuilder } from '../src/builder/embed-builder.js';
import { reserveStyle, type Attributes } from '../src/builder/snippet.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { forgetAll } from '../src/core/storage.js';
import { json, stubFetch, until, watchErrors, withoutFit } from './helpers.js';
import { builder, chooseElement, fill } from './builder-helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The officer's words, with everything HTML would read as markup. */
const WORDS = 'Fish & chips <b>not bold</b> "quoted"';
const ESCAPED = 'Fish &amp; chips &lt;b&gt;not bold&lt;/b&gt; &quot;quoted&quot;';

/** A banner set up in the form: inline (the default), a headline, a message and a call to action. */
async function inlineBanner(el: EmbedBuilder, message = WORDS) {
  await fill(el, 'f-headline', 'Safer by design');
  await fill(el, 'f-message', message);
  await fill(el, 'f-cta-href', 'https://example.org/act?a=1&b=2');
  await fill(el, 'f-cta-label', 'Read <this> & "that"');
  await fill(el, 'f-partner', 'riverside');
}

/** `markup` in a page of its own whose policy lets no script run: as where ours is blocked. */
async function withoutScript(markup: string, width = 800): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="script-src 'none'"></head><body style="margin:0;font:16px/1.5 sans-serif">${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** How tall the element's kept space is (its `::before`), and how tall it is. */
const heights = (element: Element) => ({
  kept: Math.round(parseFloat(getComputedStyle(element, '::before').blockSize)),
  drawn: Math.round(element.getBoundingClientRect().height),
});

/** `markup` pasted into this page, where the elements run, once `tag` has drawn. */
async function pasted(markup: string, tag: string, width = 640): Promise<{ element: Lit; holder: HTMLElement }> {
  const holder = document.createElement('div');
  holder.style.cssText = `width:${width}px;font:16px/1.5 sans-serif`;
  // One of two widgets compared may lie below the screen, where it would fit what it draws and
  // the other keep its space.
  holder.innerHTML = withoutFit(markup);
  document.body.append(holder);
  const element = holder.querySelector(tag) as Lit;
  await until(() => element.shadowRoot?.querySelector('*'), `the ${tag}`);
  await element.updateComplete;
  return { element, holder };
}

// A review: the builder's snippets reserved each widget's space but put nothing in it, so where the
// script was blocked (a strict CSP, an ad-blocker, a failed integrity check) a partner's page showed
// a blank band. The README promises the light DOM as the fallback, as the wall's logos are.
describe('the builder’s fallback for visitors whose browser does not run the script', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    clearCampaignCache();
    forgetAll();
  });
  afterEach(() => {
    errors.restore();
    forgetAll();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('writes an inline banner’s message as its paragraph and its call to action as a plain link, escaped', async () => {
    const el = await builder();
    await inlineBanner(el);
    expect(el.elementSnippet).to.equal(
      [
        '<campaign-banner',
        '  headline="Safer by design"',
        '  cta-label="Read &lt;this&gt; &amp; &quot;that&quot;"',
        '  cta-href="https://example.org/act?a=1&amp;b=2"',
        '  partner="riverside"',
        '>',
        `  <p dir="auto">${ESCAPED}</p>`,
        '  <p slot="fallback"><a href="https://example.org/act?a=1&amp;b=2&amp;utm_source=riverside&amp;utm_medium=coalition-embed">Read &lt;this&gt; &amp; &quot;that&quot;</a></p>',
        '</campaign-banner>',
      ].join('\n'),
    );
    // The message once, in the light DOM: as `message` too it would be words that change nothing.
    expect(el.snippet).not.to.contain('message=');
    expect(el.snippet).to.contain('campaign-banner:not([mode])>p{margin:0;font:inherit;color:inherit}');
    // A long message in the light DOM keeps the space measured for a long message.
    const long = 'A calm, factual message about why children need safer platforms, and what partners can do about it this week.';
    await fill(el, 'f-message', long);
    const sizes = (style: string) => [...style.matchAll(/block-size:([\d.]+em)/g)].map((m) => m[1]);
    const written: Attributes = [
      ['headline', 'x'],
      ['message', long],
      ['mode', 'inline'],
    ];
    expect(sizes(el.snippet)).to.deep.equal(sizes(reserveStyle('campaign-banner', written)));
    expect(sizes(el.snippet)).not.to.deep.equal(
      sizes(
        reserveStyle('campaign-banner', [
          ['headline', 'x'],
          ['mode', 'inline'],
        ]),
      ),
    );
  });

  it('draws the pasted banner as it would draw its message attribute, and never the fallback’s link', async () => {
    const el = await builder();
    await inlineBanner(el);
    const attributes = `headline="Safer by design" message="${ESCAPED}" cta-label="Read &lt;this&gt; &amp; &quot;that&quot;" cta-href="https://example.org/act?a=1&amp;b=2" partner="riverside"`;
    const own = el.state.ownSnippet;
    for (const width of [640, 300]) {
      const plain = await pasted(`<campaign-banner ${attributes}></campaign-banner>`, 'campaign-banner', width);
      const light = await pasted(own, 'campaign-banner', width);
      try {
        const part = (element: Element, name: string) => element.shadowRoot!.querySelectorAll(`[part~="${name}"]`);
        // The paragraph is the message; the fallback's link is assigned to no slot, so not drawn.
        const slot = part(light.element, 'message')[0].querySelector('slot')!;
        expect(slot.assignedElements().map((p) => p.textContent)).to.deep.equal([WORDS]);
        expect(part(light.element, 'cta')).to.have.length(1);
        expect(light.element.querySelector('[slot="fallback"]')!.getClientRects()).to.have.length(0);
        const box = (element: Element) => Math.round(part(element, 'banner')[0].getBoundingClientRect().height);
        expect(box(light.element), `${width}px`).to.equal(box(plain.element));
        const font = (node: Element) => getComputedStyle(node).fontSize + getComputedStyle(node).lineHeight + getComputedStyle(node).color;
        expect(font(light.element.querySelector('p')!)).to.equal(font(part(plain.element, 'message')[0]));
      } finally {
        plain.holder.remove();
        light.holder.remove();
      }
    }
    // The preview is the same markup: its message is the paragraph, its link not drawn.
    // Drawn: a preview rebuilt a moment ago has its paragraph in no slot yet, and no style then.
    const preview = await until(() => el.previewElement()?.querySelector('p')?.assignedSlot && el.previewElement(), 'the preview');
    expect(preview.querySelector('p')!.textContent).to.equal(WORDS);
    expect(preview.hasAttribute('message')).to.equal(false);
    expect(getComputedStyle(preview.querySelector('p')!).marginTop).to.equal('0px');
  });

  it('leaves a banner with a content warning no light DOM, so nothing can be read before the warning', async () => {
    const el = await builder();
    await inlineBanner(el, 'A calm, factual message.');
    await fill(el, 'f-warning', 'This message discusses the sexual abuse of children.');
    expect(el.elementSnippet).not.to.contain('<p');
    expect(el.elementSnippet).to.contain('message="A calm, factual message."');
    expect(el.elementSnippet).to.match(/\n><\/campaign-banner>$/);
    // Where the script is blocked, the message is nowhere on the page.
    const page = await withoutScript(el.snippet);
    expect(page.body.textContent).not.to.contain('A calm, factual message.');
  });

  it('gives bars and the overlay no fallback: they take no room in the page', async () => {
    const el = await builder();
    await inlineBanner(el);
    for (const mode of ['top', 'bottom', 'overlay']) {
      await fill(el, 'f-mode', mode);
      expect(el.elementSnippet, mode).not.to.contain('<p');
      expect(el.elementSnippet, mode).to.contain(`message="${ESCAPED}"`);
      expect(el.snippet, mode).not.to.contain('>p{');
    }
    await fill(el, 'f-mode', 'inline');
    expect(el.elementSnippet).to.contain(`<p dir="auto">${ESCAPED}</p>`);
  });

  it('writes a counter’s sign link, or its cited statistic, as one line', async () => {
    const el = await builder();
    await chooseElement(el, 'petition-counter');
    await fill(el, 'f-count', '14000000');
    await fill(el, 'f-label', 'children & "young people"');
    await fill(el, 'f-cite', 'NCMEC <2024>');
    await fill(el, 'f-cite-href', 'https://example.org/report?y=2024&p=3');
    expect(el.elementSnippet).to.match(
      /\n {2}<p>14,000,000 children &amp; &quot;young people&quot; \(<a href="https:\/\/example.org\/report\?y=2024&amp;p=3">NCMEC &lt;2024&gt;<\/a>\)<\/p>\n<\/petition-counter>$/,
    );
    // Where to sign is what a visitor without the count can still do.
    await fill(el, 'f-href', 'https://example.org/sign?from=partner&lang=en');
    await fill(el, 'f-cta-label', 'Add your <name>');
    expect(el.elementSnippet).to.match(
      /\n {2}<p><a href="https:\/\/example.org\/sign\?from=partner&amp;lang=en">Add your &lt;name&gt;<\/a><\/p>\n<\/petition-counter>$/,
    );
    // Without words of the officer's own, the counter's own (English, and said so).
    await fill(el, 'f-cta-label', '');
    expect(el.elementSnippet).to.contain(
      '<p><a href="https://example.org/sign?from=partner&amp;lang=en" lang="en">Sign the petition</a></p>',
    );
  });

  it('gives a counter that only reads its source no fallback: the number is not known before it runs', async () => {
    const fetches = stubFetch(() => json({ signature_count: 118342 }));
    try {
      const el = await builder();
      await chooseElement(el, 'petition-counter');
      await fill(el, 'f-source', 'uk-parliament:700001');
      expect(el.elementSnippet).to.equal('<petition-counter source="uk-parliament:700001"></petition-counter>');
    } finally {
      fetches.restore();
    }
  });

  it('writes a share bar given an address a plain "Share by email" link, and none without one', async () => {
    const el = await builder();
    await chooseElement(el, 'share-bar');
    await fill(el, 'f-text', WORDS);
    await fill(el, 'f-hashtags', 'SaferByDesign');
    expect(el.elementSnippet).not.to.contain('<p');
    await fill(el, 'f-url', 'https://example.org/campaign?a=1&b=2');
    await fill(el, 'f-partner', 'riverside');
    const link = /<p><a href="([^"]*)" lang="en">Share by email<\/a><\/p>/.exec(el.elementSnippet);
    expect(link, el.elementSnippet).not.to.equal(null);
    // The bar's own email link, attribution and all: a link the visitor's mail program opens.
    const { element, holder } = await pasted(el.state.ownSnippet, 'share-bar');
    try {
      const own = [...element.shadowRoot!.querySelectorAll('a')].find((a) => a.href.startsWith('mailto:'))!;
      const written = element.querySelector('a')!;
      expect(written.getAttribute('href')).to.equal(own.getAttribute('href'));
      expect(written.getAttribute('href')).to.contain(encodeURIComponent('https://example.org/campaign?a=1&b=2&utm_source=riverside'));
      expect(written.getAttribute('href')).to.contain(encodeURIComponent(WORDS));
      // Once the bar runs, its light DOM is not drawn: no second email link.
      expect(written.getClientRects()).to.have.length(0);
    } finally {
      holder.remove();
    }
    // A bar the partner keeps off email gets no email link.
    await fill(el, 'f-networks', 'facebook x copy');
    expect(el.elementSnippet).not.to.contain('<p');
  });

  // A review: the fallback's own words were English on a Welsh page (an element written with
  // `lang="cy"`), though the elements have theirs in Welsh (src/core/words/cy.ts).
  it('writes the element’s own words in its language, Welsh for lang="cy", and marks them only when they are in another', async () => {
    const el = await builder();
    await chooseElement(el, 'share-bar');
    await fill(el, 'f-url', 'https://example.org/ymgyrch?a=1&b=2');
    await fill(el, 'f-lang', 'cy');
    expect(el.elementSnippet).to.match(
      /\n {2}<p><a href="mailto:[^"]*ymgyrch%3Fa%3D1%26b%3D2[^"]*">Rhannu drwy e-bost<\/a><\/p>\n<\/share-bar>$/,
    );
    // What a visitor whose browser does not run the script reads: Welsh, as Welsh.
    const page = await withoutScript(el.snippet);
    const link = page.querySelector('share-bar a')!;
    expect(link.textContent).to.equal('Rhannu drwy e-bost');
    expect(link.closest('[lang]')!.getAttribute('lang')).to.equal('cy');

    await chooseElement(el, 'petition-counter');
    await fill(el, 'f-lang', 'cy-GB');
    await fill(el, 'f-count', '14000000');
    await fill(el, 'f-cite', 'NCMEC & <partners>');
    expect(el.elementSnippet).to.match(/\n {2}<p>14,000,000 llofnod \(NCMEC &amp; &lt;partners&gt;\)<\/p>\n<\/petition-counter>$/);
    // The number with the language's own separators.
    await fill(el, 'f-lang', 'de');
    expect(el.elementSnippet).to.contain('<p>14.000.000 Unterschriften (NCMEC &amp; &lt;partners&gt;)</p>');
    // The word for the count, as the counter writes it.
    await fill(el, 'f-count', '1');
    expect(el.elementSnippet).to.contain('<p>1 Unterschrift (NCMEC &amp; &lt;partners&gt;)</p>');
    await fill(el, 'f-lang', 'cy');
    await fill(el, 'f-count', '2');
    expect(el.elementSnippet).to.contain('<p>2 lofnod (NCMEC &amp; &lt;partners&gt;)</p>');
    await fill(el, 'f-lang', 'en');
    await fill(el, 'f-count', '1');
    expect(el.elementSnippet).to.contain('<p>1 signature (NCMEC &amp; &lt;partners&gt;)</p>');
    await fill(el, 'f-count', '14000000');
    await fill(el, 'f-lang', 'cy');
    await fill(el, 'f-href', 'https://example.org/deiseb?a=1&b=2');
    expect(el.elementSnippet).to.contain('<p><a href="https://example.org/deiseb?a=1&amp;b=2">Llofnodwch y ddeiseb</a></p>');

    await chooseElement(el, 'campaign-banner');
    await fill(el, 'f-lang', 'cy');
    await fill(el, 'f-message', 'Neges <bwysig> & "glir"');
    await fill(el, 'f-cta-href', 'https://example.org/mwy?a=1&b=2');
    expect(el.elementSnippet).to.contain('<p dir="auto">Neges &lt;bwysig&gt; &amp; &quot;glir&quot;</p>');
    expect(el.elementSnippet).to.contain('<p slot="fallback"><a href="https://example.org/mwy?a=1&amp;b=2">Rhagor o wybodaeth</a></p>');
    // A language the elements have no words in gets English, said to be English; English needs no mark.
    await fill(el, 'f-lang', 'ga');
    expect(el.elementSnippet).to.contain('<a href="https://example.org/mwy?a=1&amp;b=2" lang="en">Find out more</a>');
    await fill(el, 'f-lang', 'en-GB');
    expect(el.elementSnippet).to.contain('<a href="https://example.org/mwy?a=1&amp;b=2">Find out more</a>');
  });

  it('does not draw a counter’s fallback once it runs', async () => {
    const el = await builder();
    await chooseElement(el, 'petition-counter');
    await fill(el, 'f-count', '1200');
    await fill(el, 'f-href', 'https://example.org/sign');
    const { element, holder } = await pasted(el.state.ownSnippet, 'petition-counter');
    try {
      expect(element.querySelector('p')!.getClientRects()).to.have.length(0);
      expect(element.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    } finally {
      holder.remove();
    }
  });

  it('shows the fallback in the space kept for it where the script is blocked, rather than a blank band', async () => {
    const el = await builder();
    await inlineBanner(el, 'A calm, factual message about why children need safer platforms.');
    const counter = async () => {
      await chooseElement(el, 'petition-counter');
      await fill(el, 'f-source', 'uk-parliament:700001');
      await fill(el, 'f-href', 'https://example.org/sign');
      await fill(el, 'f-cta-label', 'Add your name');
    };
    const share = async () => {
      await chooseElement(el, 'share-bar');
      await fill(el, 'f-url', 'https://example.org/campaign');
    };
    const cases: Array<[string, string, () => Promise<void>]> = [
      ['campaign-banner', 'A calm, factual message about why children need safer platforms.Read <this> & "that"', async () => {}],
      ['petition-counter', 'Add your name', counter],
      ['share-bar', 'Share by email', share],
    ];
    for (const [tag, words, setUp] of cases) {
      await setUp();
      for (const width of [800, 320]) {
        const page = await withoutScript(el.snippet, width);
        const element = page.querySelector(tag)!;
        expect(customElementsOf(page).get(tag), 'the script did not run').to.equal(undefined);
        expect((element as HTMLElement).innerText, `${tag} at ${width}px`).to.contain(words.slice(0, 12));
        expect(element.textContent!.replace(/\s+/g, ''), tag).to.equal(words.replace(/\s+/g, ''));
        // Within the space the widget will take: nothing moves when it comes.
        const { kept, drawn } = heights(element);
        expect(kept, `${tag}'s space at ${width}px`).to.be.greaterThan(0);
        expect(drawn, `${tag} at ${width}px`).to.equal(kept);
      }
    }
  });
});

const customElementsOf = (page: Document) => page.defaultView!.customElements;
