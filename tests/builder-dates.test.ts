import { expect } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/builder/builder.js';
import type { EmbedBuilder } from '../src/builder/embed-builder.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { keys, skipIn, typeText, until, watchErrors } from './helpers.js';
import { $, builder, fill } from './builder-helpers.js';

const NO_VIEWPORT =
  'WebKitWebDriver cannot set the window size (set-viewport is not supported for webdriver); the same test runs below at the window’s own size';

const errorOf = (el: EmbedBuilder, id: string) => el.shadowRoot!.querySelector(`#${id}-error`)?.textContent?.replace(/\s+/g, ' ').trim();
const timeline = (el: EmbedBuilder) => $(el, '.timeline').textContent!.replace(/\s+/g, ' ');

/** What a page of the timeline's preview link shows: the banner's words, once it has drawn them. */
async function shownAt(href: string, words: string): Promise<string> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:400px;border:0';
  frame.src = href;
  document.body.append(frame);
  try {
    return await until(() => {
      const banner = frame.contentDocument?.querySelector('campaign-banner');
      const text = banner?.shadowRoot?.textContent?.replace(/\s+/g, ' ');
      return text?.includes(words) ? text : undefined;
    }, `“${words}” at ${href}`);
  } finally {
    frame.remove();
  }
}

/**
 * The middle of a control, brought to the middle of the window: where it has come to rest (the
 * previews above it settle as they load) and is what a click there hits.
 */
async function middleOf(el: EmbedBuilder, box: HTMLElement): Promise<[number, number]> {
  for (let tries = 0; tries < 50; tries++) {
    window.scrollTo({ top: box.getBoundingClientRect().top + scrollY - innerHeight / 2, behavior: 'instant' });
    await new Promise((r) => setTimeout(r, 100));
    const rect = box.getBoundingClientRect();
    const [x, y] = [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
    if (y > 0 && y < innerHeight && el.shadowRoot!.elementFromPoint(x, y) === box) return [x, y];
  }
  throw new Error(`#${box.id} never came to rest in the window`);
}

describe('the banner’s dates in the builder', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    clearCampaignCache();
    sessionStorage.clear();
  });
  afterEach(() => errors.restore());

  skipIn('webkit', NO_VIEWPORT)(
    'reads a day typed after a click in the middle of its box at 1280 px, as a British officer writes it',
    async () => {
      await setViewport({ width: 1280, height: 800 });
      try {
        await typeAfterClick();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    },
  );

  /** The officer clicks in the middle of the first day's box and types the day's digits, as into a browser's own date box. */
  async function typeAfterClick() {
    const el = await builder();
    await fill(el, 'f-headline', 'Blackout week');
    const box = $(el, '#f-start-day');
    await sendMouse({ type: 'click', position: await middleOf(el, box) });
    expect(el.shadowRoot!.activeElement).to.equal(box);
    await typeText('20052027');
    await keys(['Tab']);
    await el.updateComplete;
    expect(el.elementSnippet).to.contain('start="2027-05-20T00:00"');
    expect(box.value, 'shown as read').to.equal('20 May 2027');
    expect(errorOf(el, 'f-start-day')).to.equal(undefined);
    for (const [typed, day] of [
      ['21/05/2027', '2027-05-21'],
      ['22.5.27', '2027-05-22'],
      ['Sunday 23rd May 2027', '2027-05-23'],
      ['2027-05-24', '2027-05-24'],
    ]) {
      await fill(el, 'f-start-day', typed);
      expect(el.elementSnippet, typed).to.contain(`start="${day}T00:00"`);
    }
  }

  it('reads a day typed after a click in the middle of its box at the window’s own size', typeAfterClick);

  it('says next to the box what is wrong with an impossible day, and keeps the last good one meanwhile', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'Blackout week');
    await fill(el, 'f-start-day', '20/05/2027');
    await fill(el, 'f-start-day', '31/02/2027');
    const box = $(el, '#f-start-day');
    expect(box.value, 'what was typed stays').to.equal('31/02/2027');
    expect(errorOf(el, 'f-start-day')).to.equal(
      'There is no 31 February 2027: February 2027 has 28 days. Until then it stays 20 May 2027.',
    );
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.getAttribute('aria-describedby')).to.contain('f-start-day-error');
    expect(el.elementSnippet).to.contain('start="2027-05-20T00:00"');
    // While typing again, no message; it comes back only when the box is left.
    box.value = '05/20/202';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(errorOf(el, 'f-start-day')).to.equal(undefined);
    await fill(el, 'f-start-day', '05/20/2027');
    expect(errorOf(el, 'f-start-day')).to.contain('There is no month 20. Write the day first, then the month');
    await fill(el, 'f-start-day', '0002-05-20');
    expect(errorOf(el, 'f-start-day')).to.contain('Give a year from 1970 on');
    await fill(el, 'f-start-day', '20 May');
    expect(errorOf(el, 'f-start-day')).to.contain('Give the year too');
    await fill(el, 'f-start-day', '29 February 2028');
    expect(errorOf(el, 'f-start-day')).to.equal(undefined);
    expect(el.elementSnippet).to.contain('start="2028-02-29T00:00"');

    // The start time, on the 24-hour clock.
    await fill(el, 'f-start-time', '9.30pm');
    expect(el.elementSnippet).to.contain('start="2028-02-29T21:30"');
    expect($(el, '#f-start-time').value).to.equal('21:30');
    await fill(el, 'f-start-time', '25:00');
    expect(errorOf(el, 'f-start-time')).to.contain('There is no 25:00');
    expect(el.elementSnippet).to.contain('start="2028-02-29T21:30"');

    // A last day before the first is said beside the last day.
    await fill(el, 'f-end-day', '28/02/2028');
    expect(errorOf(el, 'f-end-day')).to.contain('The last day is before the first day (29 February 2028).');
    await fill(el, 'f-end-day', '2/3/2028');
    expect(errorOf(el, 'f-end-day')).to.equal(undefined);
    expect(el.elementSnippet).to.contain('end="2028-03-03T00:00"');

    // Emptied, the day is no longer set.
    await fill(el, 'f-end-day', '');
    expect(el.elementSnippet).not.to.contain('end=');
  });

  it('reads days and times in the forms officers type, and refuses what is not a day in plain words', async () => {
    const { readDay, readTime } = await import('../src/builder/dates.js');
    expect(readDay('20 May 2027')).to.deep.equal({ day: '2027-05-20' });
    expect(readDay('Thu 20th of May, 2027')).to.deep.equal({ day: '2027-05-20' });
    expect(readDay('May 20 2027')).to.deep.equal({ day: '2027-05-20' });
    expect(readDay('1 sept 27')).to.deep.equal({ day: '2027-09-01' });
    expect(readDay('29/02/2027')).to.deep.equal({ error: 'There is no 29 February 2027: February 2027 has 28 days.' });
    expect(readDay('31 April 2027')).to.deep.equal({ error: 'There is no 31 April 2027: April has 30 days.' });
    expect(readDay('20 Mai 2027')).to.have.property('error').that.contains('is not a month in English');
    expect(readDay('soon')).to.have.property('error').that.contains('Write it as 20/05/2027 or 20 May 2027');
    expect(readTime('0930')).to.deep.equal({ time: '09:30' });
    expect(readTime('12am')).to.deep.equal({ time: '00:00' });
    expect(readTime('midnight')).to.deep.equal({ time: '00:00' });
    expect(readTime('13pm')).to.have.property('error');
    expect(readTime('')).to.deep.equal({ time: '' });
  });

  it('writes the timeline’s times on the 24-hour clock, in British English, whatever the browser’s language', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'Blackout week');
    await fill(el, 'f-start-day', '20/05/2027');
    await fill(el, 'f-end-day', '24/05/2027');
    expect(timeline(el)).to.contain('Banner from 20 May 2027, 00:00 until 25 May 2027, 00:00');
    expect(timeline(el)).not.to.match(/\b(AM|PM)\b/i);
    // The exact value's meaning, in words, too.
    const exact = $(el, '#f-start-hint').textContent!;
    expect(exact).to.contain('20 May 2027');
    expect(exact).to.contain('00:00');
    expect(exact).not.to.match(/\b(AM|PM)\b/i);
  });

  it('links each phase to a page showing the banner then, a second after the phase begins (never on its boundary)', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'We go dark for children');
    await fill(el, 'f-cta-href', 'https://example.org/act');
    await fill(el, 'f-start-day', '20/05/2027');
    await fill(el, 'f-end-day', '24/05/2027');
    await fill(el, 'f-teaser-days', '3');
    await fill(el, 'f-after-headline', 'Thank you for going dark');
    await fill(el, 'f-pages', '/news/*');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.timeline a')];
    expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Preview the countdown (opens in a new tab)',
      'Preview the banner (opens in a new tab)',
      'Preview the after-message (opens in a new tab)',
    ]);
    const moments = links.map((a) => new URL(a.href).searchParams.get('coalition-preview'));
    // On the campaign's clock (British Summer Time), a second in: a page's clock reads a little
    // early as it starts, so a link on the boundary itself could draw the phase before.
    expect(moments).to.deep.equal(['2027-05-17T00:00:01+01:00', '2027-05-20T00:00:01+01:00', '2027-05-25T00:00:01+01:00']);
    for (const a of links) {
      const url = new URL(a.href);
      expect(url.pathname).to.equal('/dist/embed.html');
      expect(url.searchParams.get('element')).to.equal('campaign-banner');
      expect(url.searchParams.get('headline')).to.equal('We go dark for children');
      expect(url.searchParams.has('coalition-reset'), 'forgets an earlier close').to.equal(true);
      // The builder's page is not the partner's: `pages` would hide the banner there.
      expect(url.searchParams.has('pages')).to.equal(false);
      expect(a.target).to.equal('_blank');
    }
    expect(await shownAt(links[0].href, 'Starts in')).to.contain('We go dark for children');
    expect(await shownAt(links[1].href, 'We go dark for children')).not.to.contain('Starts in');
    await shownAt(links[2].href, 'Thank you for going dark');
  });

  it('links the campaign file’s phases too, with the file’s words in the previews’ language', async () => {
    const el = await builder();
    $(el, 'input[name="mode"][value="campaign"]').click();
    await el.updateComplete;
    await fill(el, 'c-banner-headline', 'Safer Internet Day');
    await fill(el, 'c-banner-mode', 'overlay');
    await fill(el, 'c-banner-start-day', '9 February 2027');
    await fill(el, 'c-banner-end-day', '9 February 2027');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.timeline a')];
    expect(links).to.have.length(1);
    const url = new URL(links[0].href);
    // In winter London is on GMT.
    expect(url.searchParams.get('coalition-preview')).to.equal('2027-02-09T00:00:01+00:00');
    expect(url.searchParams.get('mode')).to.equal('overlay');
    expect(url.searchParams.get('exit-href')).to.equal('https://www.bbc.co.uk/weather');
    expect(timeline(el)).to.contain('as partners’ visitors will see it then');
    await shownAt(links[0].href, 'Safer Internet Day');
  });

  // A review: a one-item numbered list around a bulleted one drew a stray “1.” and “○” before the
  // phases, in Chromium and Firefox.
  it('lists the phases with no stray numbers or bullets, for one window or several', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'We go dark for children');
    await fill(el, 'f-start-day', '20/05/2027');
    await fill(el, 'f-end-day', '24/05/2027');
    await fill(el, 'f-teaser-days', '3');
    await fill(el, 'f-after-headline', 'Thank you for going dark');
    const items = () => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.timeline li')];
    const markers = () =>
      items()
        .map((li) => getComputedStyle(li))
        .filter((style) => style.display === 'list-item' && (style.listStyleType !== 'none' || style.listStyleImage !== 'none'))
        .map((style) => style.listStyleType);
    expect(markers(), 'list markers drawn').to.deep.equal([]);
    // Each line starts with its phase's name, level with the heading: no room kept for a marker.
    expect(items().map((li) => li.querySelector('.phase')?.textContent)).to.deep.equal(['Countdown', 'Banner', 'After-message']);
    const heading = $(el, '.timeline h3').getBoundingClientRect().left;
    for (const li of items()) expect(li.querySelector('.phase')!.getBoundingClientRect().left).to.be.closeTo(heading, 1);
    await expect(el).to.be.accessible();

    // A repeating banner: each occurrence by name, its phases under it, and no numbers either.
    await fill(el, 'f-recur', 'FREQ=YEARLY');
    expect(timeline(el)).to.contain('Occurrence 1 Countdown from');
    expect(timeline(el)).to.contain('Occurrence 4');
    expect(items().length).to.be.greaterThan(12);
    expect(markers(), 'list markers drawn').to.deep.equal([]);
  });

  // A review: the preview link of a blackout opened a page with the banner as a box in the page
  // (a frame's page draws every banner inline), so the officer never saw the blackout or its exit.
  // In a tab of its own the page keeps the mode (tests/embed-page.test.ts opens one).
  it('links a bar’s or a blackout’s phases to the page with its mode, as partners’ visitors will see it', async () => {
    const el = await builder();
    await fill(el, 'f-headline', 'We go dark for children');
    await fill(el, 'f-start-day', '20/05/2027');
    await fill(el, 'f-end-day', '24/05/2027');
    const hint = () => $(el, '.timeline .hint').textContent!.replace(/\s+/g, ' ').trim();
    for (const mode of ['overlay', 'bottom', 'top']) {
      await fill(el, 'f-mode', mode);
      expect(hint()).to.contain('as partners’ visitors will see it then');
      const link = $<HTMLAnchorElement>(el, '.timeline a');
      expect(new URL(link.href).searchParams.get('mode')).to.equal(mode);
      expect(link.target).to.equal('_blank');
      expect(el.shadowRoot!.querySelector('#phase-links-note')).to.equal(null);
    }
  });
});
