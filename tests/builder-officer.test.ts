import { expect } from '@open-wc/testing';
import '../src/index.js';
import '../src/builder/builder.js';
import type { EmbedBuilder } from '../src/builder/embed-builder.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { ELEMENTS } from '../src/elements.js';
import { until } from './helpers.js';
import { $, builder, chooseElement, click, fill } from './builder-helpers.js';

// A review of the builder by a campaign officer, who writes no HTML: what they notice on arrival,
// in the console a webmaster beside them keeps open, and what a screen reader says.

const chooseMode = (el: EmbedBuilder, mode: 'element' | 'campaign') => click(el, `input[name="mode"][value="${mode}"]`);
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** In sight: laid out, and not inside a closed disclosure (whose contents still measure in Chromium). */
const shown = (node: Element) => node.getBoundingClientRect().height > 0 && node.checkVisibility();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Long enough for a preview to be rebuilt (250 ms after the last change) and to say what it lacks. */
const settle = async (el: EmbedBuilder) => {
  await pause(700);
  await el.updateComplete;
};

/** The accessible name a screen reader reads for a node, as axe computes it (shadow roots included). */
function nameOf(node: Element): string {
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(node).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

describe('the builder as a campaign officer meets it', () => {
  beforeEach(() => {
    clearCampaignCache();
    sessionStorage.clear();
  });

  // A review: "Add many at once" was open on arrival, so the first click on its heading closed it.
  it('keeps “Add many at once” closed on arrival, says what it holds, and opens it on the first click', async () => {
    const el = await builder();
    await chooseElement(el, 'supporter-wall');
    const bulk = () => $<HTMLDetailsElement>(el, 'details.bulk');
    expect(bulk().open, 'closed on arrival').to.equal(false);
    expect(text($(el, 'details.bulk > summary'))).to.equal('Add many at once: paste a list from a spreadsheet, or import a file');
    expect(shown($(el, '#element-bulk')), 'the paste box hidden').to.equal(false);

    $(el, 'details.bulk > summary').click();
    await until(() => bulk().open && shown($(el, '#element-bulk')), 'the panel opened by the first click');
    // It stays as the officer left it while they work on the list, and when they come back to it.
    await click(el, '#element-add');
    await fill(el, `${$(el, '.rows input[id$="-name"]').id}`, 'NSPCC');
    expect(bulk().open, 'still open after adding a row').to.equal(true);
    await chooseElement(el, 'share-bar');
    await chooseElement(el, 'supporter-wall');
    expect(bulk().open, 'still open on coming back').to.equal(true);

    // The campaign file's list behaves the same.
    await chooseMode(el, 'campaign');
    expect(bulk().open, 'the file’s list: closed on arrival').to.equal(false);
    expect(text($(el, 'details.bulk > summary'))).to.equal('Add many at once: paste a list from a spreadsheet, or import a file');
    $(el, 'details.bulk > summary').click();
    await until(() => bulk().open && shown($(el, '#supporters-bulk')), 'the file’s panel opened by the first click');
  });

  // A review: the previews logged "[coalition-embed] <petition-counter> source: no count and no
  // source…" while the forms were empty, and a webmaster watching the console took it for broken.
  describe('with the console open', () => {
    let logged: string[];
    const real = { warn: console.warn, error: console.error };
    beforeEach(() => {
      logged = [];
      const ours = (...args: unknown[]) => {
        const line = args.map(String).join(' ');
        if (line.includes('[coalition-embed]')) logged.push(line);
      };
      console.warn = (...args: unknown[]) => ours(...args);
      console.error = (...args: unknown[]) => (ours(...args), real.error(...args));
    });
    afterEach(() => Object.assign(console, real));

    it('shows calm words in the place of an element that has nothing to show yet, and keeps the console clean', async () => {
      const el = await builder();
      const waiting = () => el.shadowRoot!.querySelector('.preview-pane .preview.waiting');
      const notes = () => [...el.shadowRoot!.querySelectorAll('.preview-pane figure .note')].map(text).join(' ');
      const words: Record<string, string | undefined> = {};
      const made: Record<string, boolean> = {};
      const wordsNow = () => (waiting() ? text(waiting()!) : notes() || undefined);
      for (const { tag } of ELEMENTS) {
        await chooseElement(el, tag);
        await settle(el);
        // A busy machine may draw the figure's words after the pause: wait for some, where some are due.
        if (['campaign-banner', 'petition-counter', 'supporter-wall'].includes(tag))
          await until(wordsNow, `${tag}: its words`).catch(() => {});
        words[tag] = wordsNow();
        made[tag] = !!el.previewElement();
        // No frame page loaded for an element that is not made either.
        if (!made[tag]) expect(el.shadowRoot!.querySelector('#frame-preview'), `${tag}: the frame`).to.equal(null);
        // The snippet is still there to copy.
        expect(el.elementSnippet).to.contain(`<${tag}`);
      }
      // A banner without words is made all the same: it says nothing of them, and it still checks its dates.
      expect(made).to.deep.equal({
        'quick-exit': true,
        'campaign-banner': true,
        'petition-counter': false,
        'share-bar': true,
        'supporter-wall': false,
      });
      expect(words).to.deep.equal({
        'quick-exit': undefined,
        'campaign-banner': 'Add a headline, a message or a call to action link to see the banner here.',
        'petition-counter': 'Add a count, or a petition under “Where the count comes from”, to see the counter here.',
        'share-bar': undefined,
        'supporter-wall': 'Add supporters below, or give the address of a supporters list, to see the wall here.',
      });
      expect(text($(el, '.preview-pane'))).not.to.contain('The element logs');

      // Half filled, as the officer goes down the form.
      await chooseElement(el, 'petition-counter');
      await fill(el, 'f-goal', '100,000');
      await fill(el, 'f-label', 'people have signed');
      await chooseElement(el, 'campaign-banner');
      await fill(el, 'f-cta-label', 'Sign the petition');
      await settle(el);
      expect(notes()).to.contain('Add a headline');
      await fill(el, 'f-headline', 'Keep children safe online');
      await settle(el);
      expect(notes(), 'the banner, once it has a headline').not.to.contain('Add a headline');
      expect(el.previewElement()!.shadowRoot!.textContent).to.contain('Keep children safe online');

      // The campaign file: a petition section with a goal and no count or source yet.
      await chooseMode(el, 'campaign');
      await fill(el, 'c-petition-goal', '100000');
      await settle(el);
      const counter = el.shadowRoot!.querySelector('.preview.waiting');
      expect(counter && text(counter)).to.equal('Add a count, or a petition under “Where the count comes from”, to see the counter here.');
      expect(el.campaignProblems).to.deep.equal([]);

      expect(logged, 'our console lines').to.deep.equal([]);
    });

    it('still shows a real problem under its field once the element has what it needs', async () => {
      const el = await builder();
      await chooseElement(el, 'petition-counter');
      await fill(el, 'f-count', '1200');
      await fill(el, 'f-refresh', '5');
      await until(() => el.shadowRoot!.querySelector('#f-refresh-error'), 'the counter’s report under its field');
      expect(text($(el, '#f-refresh-error'))).to.equal('5 is below the 30 s minimum; using 30');
      expect(logged).to.deep.equal(['[coalition-embed] <petition-counter> refresh: 5 is below the 30 s minimum; using 30']);
      expect(el.shadowRoot!.querySelector('.preview-pane .preview.waiting')).to.equal(null);
    });
  });

  // A review: a script found no visible label for the "Exact start and end" boxes.
  it('labels every date box with visible words a screen reader reads, the exact ones in a group named by their heading', async () => {
    const el = await builder();
    // axe, and with it the accessible names, once the builder is found accessible as it arrives.
    await expect(el).to.be.accessible();
    for (const mode of ['element', 'campaign'] as const) {
      await chooseMode(el, mode);
      // Folded, the exact boxes are not drawn at all: nothing unlabelled is in sight.
      for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>('.window-picker input')) {
        if (shown(input)) expect(shown(input.labels![0]), `${input.id}: its label in sight`).to.equal(true);
      }
      for (const summary of el.shadowRoot!.querySelectorAll<HTMLElement>('details.exact > summary')) summary.click();
      await until(() => [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details.exact')].every((d) => d.open), 'both opened');
      const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.window-picker input')];
      expect(inputs.length, `${mode}: date boxes`).to.equal(8);
      for (const input of inputs) {
        expect(shown(input), `${input.id} shown`).to.equal(true);
        const [label] = input.labels!;
        expect(label, `${input.id}: a label`).to.exist;
        expect(shown(label), `${input.id}: its label in sight`).to.equal(true);
        expect(nameOf(input), `${input.id}: its name`).to.equal(text(label));
        expect(nameOf(input)).not.to.equal('');
      }
      const groups = [...el.shadowRoot!.querySelectorAll('details.exact [role="group"]')];
      expect(groups.map(nameOf)).to.deep.equal([
        'Exact start and end, as written in the file',
        'Exact end of the after-message, as written in the file',
      ]);
      const exact = el.shadowRoot!.querySelectorAll<HTMLInputElement>('details.exact input');
      expect([...exact].map((input) => `${nameOf(input.closest('[role="group"]')!)}: ${nameOf(input)}`)).to.deep.equal([
        'Exact start and end, as written in the file: Starts',
        'Exact start and end, as written in the file: Ends',
        'Exact end of the after-message, as written in the file: After-message stops',
      ]);
      await expect(el).to.be.accessible();
    }
  });

  // A review: nothing said that a test page on the officer's own computer needs the script from a
  // web address, not a copy opened from the disk.
  it('says beside the script address, in plain words, which copy to give to try the snippet on this computer', async () => {
    const el = await builder();
    // The builder here runs on this computer, as `npm start` serves it: its own copy is beside the preview page.
    const served = new URL('/dist/coalition-embed.js', location.href).href;
    const sentence = `To try the snippet in a page on your own computer, give the copy that comes with this builder, ${served}: a browser will not run the script from a file on your disk.`;
    for (const mode of ['element', 'campaign'] as const) {
      await chooseMode(el, mode);
      const hint = text($(el, '#script-src-hint'));
      expect(hint).to.contain(sentence);
      expect(hint).not.to.match(/CORS|light-DOM|localStorage|origin/i);
      expect($(el, '#script-src').getAttribute('aria-describedby')).to.contain('script-src-hint');
    }
    // A copy opened from the disk is refused at once, in the element's own words.
    await fill(el, 'script-src', 'file:///C:/Users/officer/coalition-embed.js');
    expect(text($(el, '#script-src-error'))).to.contain('is not a URL');
  });
});
