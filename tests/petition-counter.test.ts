import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PetitionCounter } from '../src/petition-counter/petition-counter.js';
import { nextMilestone, parseMilestones, parseSource, readCount } from '../src/petition-counter/sources.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { emulate, json, needs, stubFetch, until, watchErrors } from './helpers.js';

const UK = 'https://petition.parliament.uk/petitions/700001/count.json';
/** The real shape of count.json, from tests/fixtures (signature_count 118342). */
let ukCount: unknown;
let unique = 0;
/** The store is page-wide by design; each test uses its own URLs so none sees another's answers. */
const fresh = (path = 'count.json') => `https://stats.example.org/${++unique}/${path}`;

const root = (el: Element) => el.shadowRoot!;
const shown = (el: Element) => root(el).querySelector('[part="number"]')?.textContent;
const heard = (el: Element) => root(el).querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
/** What a screen reader finds reading the page (the live region only speaks of first counts and goals). */
const spoken = (el: Element) =>
  root(el).querySelector('.count > span:not([aria-hidden]):not([role])')?.textContent?.replace(/\s+/g, ' ').trim();
const bar = (el: Element) => root(el).querySelector('progress');
const goalLine = (el: Element) => root(el).querySelector('#goal')?.textContent?.trim();

async function counter(template: ReturnType<typeof html>, number?: string) {
  const el = await fixture<PetitionCounter>(template);
  if (number) await until(() => shown(el) === number, `the count ${number}`);
  return el;
}

/**
 * Holds back timers of a second or more (refreshes, backoff, the 8 s fetch timeout) and moves
 * Date.now on demand, so minutes of polling take milliseconds. Shorter timers run for real.
 */
function longTimers() {
  const { now: realNow } = Date;
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  let offset = 0;
  let ids = 1e7;
  const held = new Map<number, { at: number; run: () => void }>();
  Date.now = () => realNow() + offset;
  window.setTimeout = ((fn: (...a: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    if (ms < 1000) return realSet(fn, ms, ...args);
    held.set(++ids, { at: Date.now() + ms, run: () => fn(...args) });
    return ids;
  }) as typeof setTimeout;
  window.clearTimeout = ((id: number) => (held.delete(id) ? undefined : realClear(id))) as typeof clearTimeout;
  return {
    async advance(ms: number) {
      offset += ms;
      for (const [id, timer] of [...held].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > Date.now()) continue;
        held.delete(id);
        timer.run();
      }
      // Let fetches resolve and counters re-render.
      for (let i = 0; i < 5; i++) await new Promise((r) => realSet(r, 0));
    },
    restore() {
      Date.now = realNow;
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

describe('petition-counter', () => {
  let errors: ReturnType<typeof watchErrors>;
  let clock: ReturnType<typeof longTimers>;
  let fetches: ReturnType<typeof stubFetch> | undefined;
  before(async () => (ukCount = await (await fetch('/tests/fixtures/uk-parliament-count.json')).json()));
  beforeEach(() => {
    errors = watchErrors();
    clock = longTimers();
  });
  afterEach(() => {
    errors.restore();
    clock.restore();
    fetches?.restore();
    fetches = undefined;
  });

  describe('sources', () => {
    it('turns uk-parliament:ID into the count.json URL and its signature_count', () => {
      expect(parseSource('uk-parliament:700001')).to.deep.equal({
        url: UK,
        path: ['signature_count'],
        page: 'https://petition.parliament.uk/petitions/700001',
        host: 'petition.parliament.uk',
      });
    });

    it('reads the path to the number from a JSON URL’s fragment, default key count', () => {
      expect(parseSource('https://example.org/stats.json#data.total')).to.include({ url: 'https://example.org/stats.json' });
      expect(parseSource('https://example.org/stats.json#data.total')!.path).to.deep.equal(['data', 'total']);
      expect(parseSource('https://example.org/n.json')!.path).to.deep.equal(['count']);
      expect(parseSource('/api/n.json#n')!.url).to.equal(`${location.origin}/api/n.json`);
      expect(parseSource('javascript:alert(1)')).to.equal(undefined);
      expect(parseSource('uk-parliament:abc')).to.equal(undefined);
    });

    it('accepts only finite counts of zero or more', () => {
      expect(readCount({ data: { total: 5 } }, ['data', 'total'])).to.equal(5);
      expect(readCount({ count: 0 }, ['count'])).to.equal(0);
      for (const bad of ['118342', -1, NaN, Infinity, null, {}])
        expect(readCount({ count: bad }, ['count']), String(bad)).to.equal(undefined);
      expect(readCount('<html>', ['count'])).to.equal(undefined);
    });

    it('chooses the next milestone: the campaign’s own first, then 1-2-5 steps, moving on at a share', () => {
      expect(nextMilestone(0)).to.equal(100);
      expect(nextMilestone(118342)).to.equal(200000);
      expect(nextMilestone(200000)).to.equal(500000);
      expect(nextMilestone(9000, [10000, 100000])).to.equal(10000);
      expect(nextMilestone(9000, [10000, 100000], 0.9)).to.equal(100000);
      expect(nextMilestone(150000, [10000, 100000])).to.equal(200000);
    });
  });

  it('shows a fixed count with no network, in the visitor’s locale', async () => {
    fetches = stubFetch(() => json({}));
    const el = await counter(html`<petition-counter count="118342"></petition-counter>`, '118,342');
    expect(heard(el)).to.equal('118,342 signatures');
    const de = await counter(html`<petition-counter lang="de" count="118342"></petition-counter>`, '118.342');
    expect(heard(de)).to.equal('118.342 Unterschriften');
    expect(fetches.calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('writes the word after the number as each language does for that count', async () => {
    fetches = stubFetch(() => json({}));
    /** The words a visitor reads after the number, and what a screen reader hears. */
    const words = async (markup: string, number: string) => {
      const wrapper = await fixture(html`<div .innerHTML=${markup}></div>`);
      const el = wrapper.firstElementChild as HTMLElement;
      await until(() => heard(el)?.startsWith(number), `${markup}: ${number}`);
      const label = root(el).querySelector('.label')!.lastChild!.textContent!.trim();
      expect(heard(el), `${markup}: heard`).to.equal(`${number} ${label}`);
      return label;
    };
    expect(await words('<petition-counter count="1"></petition-counter>', '1')).to.equal('signature');
    expect(await words('<petition-counter count="2"></petition-counter>', '2')).to.equal('signatures');
    expect(await words('<petition-counter count="0" lang="fr"></petition-counter>', '0')).to.equal('signature');
    expect(await words('<petition-counter count="1" lang="de"></petition-counter>', '1')).to.equal('Unterschrift');
    // Welsh keeps the singular after a number, softened after two (CLDR's "2 ddiwrnod").
    expect(await words('<petition-counter count="2" lang="cy"></petition-counter>', '2')).to.equal('lofnod');
    expect(await words('<petition-counter count="3" lang="cy"></petition-counter>', '3')).to.equal('llofnod');
    // Arabic: the plural from 3 to 10, the accusative singular from 11 to 99, the singular after a
    // round hundred, thousand or million.
    const arabic = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(await words('<petition-counter count="7" lang="ar"></petition-counter>', arabic(7))).to.equal('تواقيع');
    expect(await words('<petition-counter count="42" lang="ar"></petition-counter>', arabic(42))).to.equal('توقيعًا');
    expect(await words('<petition-counter count="14000000" lang="ar"></petition-counter>', arabic(14000000))).to.equal('توقيع');
    // Words of the campaign's own are the officer's, whatever the count.
    expect(await words('<petition-counter count="1" label="people"></petition-counter>', '1')).to.equal('people');
  });

  it('leaves no words of the old language in its status after a language switch', async () => {
    const el = await fixture(html`<petition-counter lang="cy" count="14000"></petition-counter>`);
    await until(() => heard(el) === '14,000 llofnod', 'the Welsh status');
    el.setAttribute('lang', 'en');
    await until(() => root(el).textContent!.includes('signatures'), 'the English words');
    expect(heard(el)).to.not.contain('llofnod');
  });

  it('writes the number compactly with format="compact"', async () => {
    await counter(html`<petition-counter count="118342" format="compact"></petition-counter>`, '118K');
  });

  it('reads a uk-parliament petition with no cookies, no referrer and a timeout', async () => {
    fetches = stubFetch(() => json(ukCount));
    const el = await counter(html`<petition-counter source="uk-parliament:700001"></petition-counter>`, '118,342');
    expect(fetches.calls.map((c) => c.url)).to.deep.equal([UK]);
    const init = fetches.calls[0].init!;
    expect(init).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(init.signal).to.be.instanceOf(AbortSignal);
    expect(heard(el)).to.equal('118,342 signatures');
  });

  it('sums several sources, reading each one’s path', async () => {
    const stats = fresh('stats.json');
    fetches = stubFetch((url) => json(url === stats ? { data: { total: 20450 } } : { count: 8 }));
    await counter(html`<petition-counter source="${fresh()} ${stats}#data.total"></petition-counter>`, '20,458');
    expect(fetches.calls).to.have.length(2);
  });

  it('makes one request per refresh for 20 counters sharing a source', async () => {
    const url = fresh();
    let n = 1000;
    fetches = stubFetch(() => json({ count: (n += 10) }, { headers: { 'cache-control': 'max-age=60' } }));
    const wrapper = await fixture(
      html`<div style="font-size: 4px; display: grid; grid-template-columns: repeat(5, 1fr)">
        ${Array.from({ length: 20 }, () => html`<petition-counter source=${url}></petition-counter>`)}
      </div>`,
    );
    const counters = [...wrapper.querySelectorAll('petition-counter')];
    await until(() => counters.every((c) => heard(c) === '1,010 signatures'), 'all 20 counters');
    expect(fetches.calls).to.have.length(1);
    await clock.advance(60_000);
    await until(() => counters.every((c) => spoken(c) === '1,020 signatures'), 'the first refresh');
    expect(fetches.calls).to.have.length(2);
    await clock.advance(60_000);
    await until(() => counters.every((c) => spoken(c) === '1,030 signatures'), 'the second refresh');
    expect(fetches.calls).to.have.length(3);
    // A refresh that reaches no goal is shown, not announced (WCAG 2.2.2).
    expect(counters.map(heard).filter((said) => said?.includes('1,030'))).to.deep.equal([]);
  });

  it('lets counters reading different paths of one file share its request', async () => {
    const url = fresh();
    fetches = stubFetch(() => json({ a: 1, b: 2 }));
    await counter(html`<petition-counter source="${url}#a"></petition-counter>`, '1');
    await counter(html`<petition-counter source="${url}#b"></petition-counter>`, '2');
    expect(fetches.calls).to.have.length(1);
  });

  it('refreshes every 60 s by default and never before Cache-Control max-age has passed', async () => {
    const quick = fresh();
    const cached = fresh();
    fetches = stubFetch((url) => json({ count: 1 }, { headers: { 'cache-control': url === cached ? 'public, max-age=90' : 'no-cache' } }));
    await counter(html`<petition-counter source=${quick}></petition-counter>`, '1');
    await counter(html`<petition-counter source=${cached} refresh="30"></petition-counter>`, '1');
    const requests = (url: string) => fetches!.calls.filter((c) => c.url === url).length;
    await clock.advance(59_000);
    expect([requests(quick), requests(cached)]).to.deep.equal([1, 1]);
    await clock.advance(1_000);
    expect([requests(quick), requests(cached)]).to.deep.equal([2, 1]);
    await clock.advance(30_000);
    expect([requests(quick), requests(cached)]).to.deep.equal([2, 2]);
  });

  it('never refreshes faster than every 30 s, reports a shorter refresh, and loads once with refresh="0"', async () => {
    const fast = fresh();
    const once = fresh();
    fetches = stubFetch(() => json({ count: 1 }));
    await counter(html`<petition-counter source=${fast} refresh="5"></petition-counter>`, '1');
    await counter(html`<petition-counter source=${once} refresh="0"></petition-counter>`, '1');
    expect(errors.events.map((e) => e.attribute)).to.deep.equal(['refresh']);
    await clock.advance(29_000);
    expect(fetches.calls.filter((c) => c.url === fast)).to.have.length(1);
    await clock.advance(1_000);
    expect(fetches.calls.filter((c) => c.url === fast)).to.have.length(2);
    await clock.advance(600_000);
    expect(fetches.calls.filter((c) => c.url === once)).to.have.length(1);
  });

  it('keeps the last good count on failure and backs off, honouring Retry-After', async () => {
    const url = fresh();
    const answers = [json({ count: 500 }), new Response('busy', { status: 503, headers: { 'retry-after': '300' } })];
    fetches = stubFetch(() => answers.shift() ?? new Response('down', { status: 500 }));
    const el = await counter(html`<petition-counter source=${url}></petition-counter>`, '500');
    await clock.advance(60_000);
    expect(fetches.calls).to.have.length(2);
    expect(shown(el)).to.equal('500');
    expect(errors.events[0]).to.include({ attribute: 'source' });
    await clock.advance(299_000);
    expect(fetches.calls, 'waits as Retry-After asks').to.have.length(2);
    await clock.advance(1_000);
    expect(fetches.calls).to.have.length(3);
    expect(shown(el)).to.equal('500');
  });

  it('waits longer after each failure, with jitter', async () => {
    const url = fresh();
    const random = Math.random;
    Math.random = () => 0; // the shortest of each jittered wait: 30 s, 60 s, 120 s
    try {
      fetches = stubFetch(() => new Response('down', { status: 500 }));
      await counter(html`<petition-counter source=${url} count="7"></petition-counter>`, '7');
      await until(() => errors.events.length, 'the failure');
      const waits = [];
      for (let i = 0; i < 3; i++) {
        const before = fetches.calls.length;
        let waited = 0;
        while (fetches.calls.length === before && waited < 600) {
          await clock.advance(10_000);
          waited += 10;
        }
        waits.push(waited);
      }
      expect(waits).to.deep.equal([30, 60, 120]);
      expect(errors.events, 'reported once').to.have.length(1);
    } finally {
      Math.random = random;
    }
  });

  it('reports a source that is 404, HTML, a string, negative or hangs once, and counts the others', async () => {
    const [good, missing, page, text, negative, hanging] = Array.from({ length: 6 }, () => fresh());
    fetches = stubFetch((url, init) => {
      if (url === good) return json({ count: 40 });
      if (url === missing) return new Response('Not found', { status: 404 });
      if (url === page) return new Response('<!doctype html><p>Maintenance</p>', { headers: { 'content-type': 'text/html' } });
      if (url === text) return json({ count: '118342' });
      if (url === negative) return json({ count: -5 });
      return new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    });
    const el = await counter(
      html`<petition-counter source="${good} ${missing} ${page} ${text} ${negative} ${hanging}"></petition-counter>`,
    );
    await until(() => errors.events.length === 4, 'four reports');
    expect(shown(el), 'waits for every source once').not.to.equal('40');
    await clock.advance(8_000);
    await until(() => shown(el) === '40', 'the good count alone');
    expect(errors.events.every((e) => e.attribute === 'source')).to.equal(true);
    expect(errors.events.map((e) => e.message).join('\n'))
      .to.contain('HTTP 404')
      .and.contain('did not return JSON')
      .and.contain('within 8 s');
    await clock.advance(120_000);
    await clock.advance(120_000);
    expect(errors.events, 'each problem reported once').to.have.length(5);
    expect(shown(el)).to.equal('40');
  });

  it('shows the count attribute while loading and when every source fails', async () => {
    const url = fresh();
    let answer: (r: Response) => void = () => {};
    fetches = stubFetch(() => new Promise<Response>((r) => (answer = r)));
    const el = await counter(html`<petition-counter count="900" source=${url}></petition-counter>`, '900');
    await until(() => fetches!.calls.length, 'the request');
    answer(new Response('gone', { status: 404 }));
    await until(() => errors.events.length, 'the failure');
    expect(shown(el)).to.equal('900');
  });

  it('draws a progress bar to the goal, named by how many more are needed', async () => {
    const el = await counter(html`<petition-counter count="118342" goal="200000"></petition-counter>`, '118,342');
    expect(bar(el)!.max).to.equal(200000);
    expect(bar(el)!.value).to.equal(118342);
    expect(bar(el)!.getAttribute('aria-labelledby')).to.equal('goal');
    expect(goalLine(el)).to.equal('81,658 more needed to reach 200,000');
    await expect(el).to.be.accessible();
  });

  it('says when a fixed goal is reached', async () => {
    const el = await counter(html`<petition-counter count="100250" goal="100000"></petition-counter>`, '100,250');
    expect(goalLine(el)).to.equal('Goal of 100,000 reached');
    expect(bar(el)!.value).to.equal(100000);
  });

  it('reads milestones written with thousands separators or as a comma list', () => {
    expect(parseMilestones('10,000 100,000')).to.deep.equal([10000, 100000]);
    expect(parseMilestones('10000,100000')).to.deep.equal([10000, 100000]);
    expect(parseMilestones('1,000,000')).to.deep.equal([1000000]);
    expect(parseMilestones('500, 1,000, 2,500')).to.deep.equal([500, 1000, 2500]);
    expect(parseMilestones(undefined)).to.deep.equal([]);
  });

  it('chooses the next milestone with goal="auto" and steps up through the campaign’s milestones', async () => {
    const auto = await counter(html`<petition-counter count="118342" goal="auto"></petition-counter>`, '118,342');
    expect(bar(auto)!.max).to.equal(200000);
    const own = await counter(
      html`<petition-counter count="9500" goal="auto" milestones="10000, 100000" step-at="0.9"></petition-counter>`,
      '9,500',
    );
    expect(goalLine(own)).to.equal('90,500 more needed to reach 100,000');
    own.count = 8000;
    await until(() => goalLine(own) === '2,000 more needed to reach 10,000');
  });

  it('says what is missing when it has neither a count nor a source', async () => {
    await fixture(html`<petition-counter></petition-counter>`);
    expect(errors.events.map((e) => e.attribute)).to.deep.equal(['source']);
    expect(errors.warnings[0]).to.contain('no count and no source');
  });

  it('reports a goal of 0, a negative goal and bad milestones', async () => {
    await counter(html`<petition-counter count="5" goal="0"></petition-counter>`, '5');
    await counter(html`<petition-counter count="5" goal="-3" milestones="ten"></petition-counter>`, '5');
    expect(errors.events.map((e) => e.attribute)).to.deep.equal(['goal', 'goal', 'milestones']);
  });

  it('links to sign, with partner attribution and a localised default label', async () => {
    const el = await counter(
      html`<petition-counter count="3" href="https://example.org/sign" partner="riverside"></petition-counter>`,
      '3',
    );
    const link = root(el).querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.textContent).to.equal('Sign the petition');
    expect(new URL(link.href).searchParams.get('utm_source')).to.equal('riverside');
    const cy = await counter(
      html`<petition-counter lang="cy" count="3" href="https://example.org/sign" cta-label=""></petition-counter>`,
      '3',
    );
    expect(root(cy).querySelector('a')!.textContent).to.equal('Llofnodwch y ddeiseb');
    const own = await counter(
      html`<petition-counter count="3" href="javascript:alert(1)" cta-label="Add your name"></petition-counter>`,
      '3',
    );
    expect(root(own).querySelector('a')).to.equal(null);
    expect(errors.events.map((e) => e.attribute)).to.deep.equal(['href']);
    await expect(el).to.be.accessible();
  });

  needs({ reducedMotion: 'no-preference' })('animates to a new count while screen readers hear only the final number', async () => {
    await emulate({ reducedMotion: 'no-preference' });
    const el = await counter(html`<petition-counter count="100"></petition-counter>`, '100');
    el.count = 200;
    await el.updateComplete;
    expect(spoken(el)).to.equal('200 signatures');
    const frames = new Set<string>();
    await until(() => (frames.add(shown(el)!), shown(el) === '200'), 'the end of the animation');
    expect(
      [...frames].some((f) => f !== '100' && f !== '200'),
      'in-between numbers',
    ).to.equal(true);
    expect(spoken(el)).to.equal('200 signatures');
  });

  needs({ reducedMotion: 'reduce' })('shows the new count at once when the visitor prefers reduced motion', async () => {
    await emulate({ reducedMotion: 'reduce' });
    try {
      const el = await counter(html`<petition-counter count="100"></petition-counter>`, '100');
      el.count = 200;
      await el.updateComplete;
      expect(shown(el)).to.equal('200');
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });

  it('fires coalition-count with count and goal each time the count changes', async () => {
    const seen: Array<{ count: number; goal?: number }> = [];
    const listener = (e: Event) => seen.push((e as CustomEvent).detail);
    document.addEventListener('coalition-count', listener);
    try {
      const el = await counter(html`<petition-counter count="90" goal="auto"></petition-counter>`, '90');
      el.count = 150;
      await el.updateComplete;
      el.label = 'people';
      await el.updateComplete;
      expect(seen).to.deep.equal([
        { count: 90, goal: 100 },
        { count: 150, goal: 200 },
      ]);
    } finally {
      document.removeEventListener('coalition-count', listener);
    }
  });

  needs({ reducedMotion: 'reduce' })('does not move anything when the count arrives or grows', async () => {
    await emulate({ reducedMotion: 'reduce' });
    try {
      const url = fresh();
      let answer: (r: Response) => void = () => {};
      fetches = stubFetch(() => new Promise<Response>((r) => (answer = r)));
      const el = await counter(html`<petition-counter source=${url} goal="100000" href="https://example.org/sign"></petition-counter>`);
      await until(() => fetches!.calls.length, 'the request');
      const place = () => {
        const status = root(el).querySelector('[role="status"]')!.getBoundingClientRect();
        const link = root(el).querySelector('a')!.getBoundingClientRect();
        return [status.left, status.top, link.top, el.getBoundingClientRect().height].map(Math.round);
      };
      const before = place();
      answer(json({ count: 5 }));
      await until(() => shown(el) === '5', 'the count');
      expect(place()).to.deep.equal(before);
      el.offset = 99990;
      await until(() => shown(el) === '99,995', 'a wider count');
      expect(place()).to.deep.equal(before);
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });

  it('adds offset and hides the number until it reaches min', async () => {
    const el = await counter(
      html`<petition-counter count="40" offset="1500" min="2000" goal="5000" href="https://example.org/sign"></petition-counter>`,
    );
    expect(root(el).querySelector('[part="number"]')).to.equal(null);
    expect(bar(el)).to.equal(null);
    expect(root(el).querySelector('a')).to.exist;
    el.count = 600;
    await until(() => shown(el) === '2,100', 'the number past min');
  });

  it('shows where the number comes from and when it was last updated', async () => {
    fetches = stubFetch(() => json(ukCount));
    const clock = new Intl.DateTimeFormat('en', { timeStyle: 'short' });
    const before = clock.format(Date.now());
    // A petition of its own: the page's count store keeps an earlier test's answer for 700001,
    // whose time may be a minute before this test's.
    const el = await counter(html`<petition-counter source="uk-parliament:700011" show-source></petition-counter>`, '118,342');
    const after = clock.format(Date.now());
    const line = root(el).querySelector('[part="source"]')!;
    const link = line.querySelector('a')!;
    expect(link.href).to.equal('https://petition.parliament.uk/petitions/700011');
    expect(link.textContent).to.equal('petition.parliament.uk');
    // The minute may turn while the count loads: the update time is one of the two. Spaces are
    // compared as spaces (Intl may put a narrow no-break space before "PM").
    const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(spaced(line.textContent!)).to.be.oneOf([before, after].map((time) => spaced(`Source: petition.parliament.uk, updated ${time}`)));
    await expect(el).to.be.accessible();
  });

  it("keeps the trust line's room, silent, until a source off screen answers", async () => {
    const url = fresh();
    fetches = stubFetch(() => json({ count: 12 }));
    const wrapper = await fixture<HTMLElement>(
      html`<div style="margin-block-start: 200vh"><petition-counter source=${url} count="10" show-source></petition-counter></div>`,
    );
    const el = wrapper.querySelector('petition-counter')!;
    await el.updateComplete;
    // Not asked yet: the line is there, empty and hidden from screen readers, so nothing moves when it fills.
    const held = root(el).querySelector('.source')!;
    expect(held.getAttribute('aria-hidden')).to.equal('true');
    expect(held.textContent).to.equal('\xa0');
    expect(root(el).querySelector('[part="source"]')).to.equal(null);
    el.scrollIntoView();
    await until(() => root(el).querySelector('[part="source"]'), 'the trust line once on screen');
    expect(root(el).querySelectorAll('.source')).to.have.length(1);
    // The next test's counter starts off screen again.
    window.scrollTo(0, 0);
  });

  it('requests nothing while off screen or in a hidden page', async () => {
    const url = fresh();
    fetches = stubFetch(() => json({ count: 12 }));
    const wrapper = await fixture<HTMLElement>(
      html`<div style="margin-block-start: 200vh"><petition-counter source=${url}></petition-counter></div>`,
    );
    const el = wrapper.querySelector('petition-counter')!;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(fetches.calls).to.have.length(0);
    el.scrollIntoView();
    await until(() => shown(el) === '12', 'the count once on screen');
    expect(fetches.calls).to.have.length(1);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await clock.advance(600_000);
      expect(fetches.calls, 'nothing while the page is hidden').to.have.length(1);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => fetches!.calls.length === 2, 'a refresh once visible again');
    window.scrollTo(0, 0);
  });

  it('stays accessible while loading, in the dark theme and right to left', async () => {
    fetches = stubFetch(() => new Promise<Response>(() => {}));
    const loading = await counter(
      html`<petition-counter source=${fresh()} goal="auto" href="https://example.org/sign"></petition-counter>`,
    );
    await until(() => fetches!.calls.length, 'the request');
    await expect(loading).to.be.accessible();
    const dark = await counter(
      html`<petition-counter theme="dark" count="5" goal="10" href="https://example.org/sign"></petition-counter>`,
      '5',
    );
    await expect(dark).to.be.accessible();
    const rtl = await counter(html`<petition-counter lang="ar" count="5" goal="10" href="https://example.org/sign"></petition-counter>`);
    expect(root(rtl).querySelector('[part="counter"]')!.getAttribute('dir')).to.equal('rtl');
    expect(heard(rtl)).to.contain('تواقيع');
    await expect(rtl).to.be.accessible();
  });

  it('reads its settings from the campaign file’s petition section', async () => {
    const url = fresh();
    fetches = stubFetch((u) =>
      u.endsWith('campaign.json') ? json({ id: 'c', petition: { source: `${url}#n`, goal: 'auto', offset: 2 } }) : json({ n: 118 }),
    );
    const el = await counter(html`<petition-counter campaign="/tests/${unique}/campaign.json"></petition-counter>`, '120');
    expect(bar(el)!.max).to.equal(200);
  });

  it('shows what a counter whose sources all failed shows when every source is invalid, reporting each once', async () => {
    fetches = stubFetch(() => new Response('gone', { status: 404 }));
    const failed = await counter(html`<petition-counter source=${fresh()}></petition-counter>`);
    const failedWithLink = await counter(html`<petition-counter source=${fresh()} href="https://example.org/sign"></petition-counter>`);
    const invalid = await counter(html`<petition-counter source="uk-parliament:abc"></petition-counter>`);
    const invalidWithLink = await counter(
      html`<petition-counter count="lots" source="ftp://x" href="https://example.org/sign"></petition-counter>`,
    );
    const seen = (el: Element) => root(el).innerHTML.replace(/<!--.*?-->/g, '');
    await until(
      () => [failed, failedWithLink, invalid, invalidWithLink].every((el) => !root(el).querySelector('[role="status"]')),
      'every counter to settle',
    );
    expect(seen(failed)).to.equal('');
    expect(seen(invalid)).to.equal('');
    expect(seen(invalidWithLink)).to.equal(seen(failedWithLink));
    expect(root(invalidWithLink).querySelector('a')!.textContent).to.equal('Sign the petition');
    invalid.label = 'names';
    await invalid.updateComplete;
    const about = (text: string) => errors.events.filter((e) => e.message.includes(text));
    expect(about('uk-parliament:abc')).to.have.length(1);
    expect(about('ftp://x')).to.have.length(1);
    expect(errors.events.filter((e) => e.attribute === 'count')).to.have.length(1);
  });

  needs({ forcedColors: 'active' })('keeps the progress bar and its fill visible in forced colours (high contrast)', async () => {
    const el = await counter(html`<petition-counter count="50" goal="100"></petition-counter>`, '50');
    await emulate({ forcedColors: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const system = (colour: string) => {
        const probe = document.body.appendChild(document.createElement('i'));
        probe.style.color = colour;
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      const track = getComputedStyle(bar(el)!);
      expect(track.forcedColorAdjust, 'the browser does not repaint it as Canvas').to.equal('none');
      expect([track.borderTopWidth, track.borderTopStyle, track.borderTopColor]).to.deep.equal(['1px', 'solid', system('CanvasText')]);
      expect(track.backgroundColor, 'the track').to.equal(system('Canvas'));
      // Chrome keeps its progress pseudo-elements from getComputedStyle; the fill paints with --_accent.
      expect(system(track.getPropertyValue('--_accent')), 'the fill').to.equal(system('Highlight'));
      expect(system('Highlight'), 'the fill stands out from the track').not.to.equal(system('Canvas'));
    } finally {
      await emulate({ forcedColors: 'none' });
    }
  });

  it('sizes itself from the text around it, not from the page’s root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const wrap = await fixture(html`<div style="font-size: 20px"><petition-counter count="5" goal="10"></petition-counter></div>`);
      const el = wrap.querySelector('petition-counter')!;
      await until(() => shown(el) === '5', 'the count');
      const box = root(el).querySelector('[part="counter"]')!.getBoundingClientRect();
      const line = root(el).querySelector('.count')!.getBoundingClientRect();
      expect([line.top - box.top, line.left - box.left], 'padding of 1em').to.deep.equal([20, 20]);
      expect(bar(el)!.getBoundingClientRect().height, 'a bar 0.75em high').to.equal(15);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('says when a bad source comes from the campaign file rather than the page', async () => {
    clearCampaignCache();
    const fetches = stubFetch(() => json({ petition: { source: 'uk-parliment:700001', count: 3 } }));
    try {
      await counter(html`<petition-counter campaign="/tests/fixtures/typo.json"></petition-counter>`, '3');
      await until(() => errors.events.length, 'the report');
      expect(errors.events[0].attribute).to.equal('campaign file "petition.source"');
      expect(errors.events[0].message).to.contain('"uk-parliment:700001" is not uk-parliament:ID');
    } finally {
      fetches.restore();
    }
  });

  it('reports a source that is neither uk-parliament:ID nor a JSON URL', async () => {
    await counter(html`<petition-counter source="javascript:alert(1)" count="4"></petition-counter>`, '4');
    expect(errors.events).to.have.length(1);
    expect(errors.events[0]).to.include({ element: 'petition-counter', attribute: 'source' });
  });

  needs({ reducedMotion: 'reduce' })(
    'announces the first count and a goal reached, not every refresh, while the number on screen keeps up',
    async () => {
      await emulate({ reducedMotion: 'reduce' });
      const url = fresh();
      const counts = [98_000, 98_500, 100_020, 100_100];
      fetches = stubFetch(() => json({ count: counts.shift() }, { headers: { 'cache-control': 'max-age=60' } }));
      const el = await counter(html`<petition-counter source=${url} goal="100000"></petition-counter>`, '98,000');
      expect(heard(el), 'the first count').to.equal('98,000 signatures');
      await clock.advance(60_000);
      await until(() => shown(el) === '98,500', 'the first refresh on screen');
      expect(heard(el), 'a refresh that reaches nothing').to.equal('');
      // Screen readers reading the counter still find the current number.
      expect(root(el).querySelector('.count')!.textContent!.replace(/\s+/g, ' ')).to.contain('98,500 signatures');
      await clock.advance(60_000);
      await until(() => shown(el) === '100,020', 'the goal on screen');
      expect(heard(el), 'the goal reached').to.equal('100,020 signatures. Goal of 100,000 reached');
      await clock.advance(60_000);
      await until(() => shown(el) === '100,100', 'past the goal');
      expect(heard(el)).to.equal('');
    },
  );

  needs({ reducedMotion: 'reduce' })('announces each milestone passed with goal="auto"', async () => {
    await emulate({ reducedMotion: 'reduce' });
    const el = await counter(
      html`<petition-counter count="9990" goal="auto" milestones="10000 20000" lang="cy"></petition-counter>`,
      '9,990',
    );
    expect(heard(el)).to.equal('9,990 llofnod');
    el.count = 9995;
    await until(() => shown(el) === '9,995', 'a step');
    expect(heard(el)).to.equal('');
    el.count = 10_004;
    await until(() => shown(el) === '10,004', 'the milestone');
    expect(heard(el)).to.equal('10,004 llofnod. Wedi cyrraedd y nod o 10,000');
    expect(bar(el)!.max, 'on to the next milestone').to.equal(20_000);
  });

  it('shows a cited statistic in words with its linked source, in English and Welsh', async () => {
    const en = await counter(
      html`<petition-counter
        count="14000000"
        format="long"
        label="reports of suspected child sexual abuse online could be lost every year"
        cite="NCMEC"
        cite-href="https://www.missingkids.org/"
        campaign="none"
      ></petition-counter>`,
      '14 million',
    );
    const source = root(en).querySelector<HTMLAnchorElement>('[part="cite"] a')!;
    expect(source.textContent!.trim()).to.equal('Source: NCMEC');
    expect(source.href).to.equal('https://www.missingkids.org/');
    // A fixed figure suggests no target and no sign link.
    expect(root(en).querySelector('progress')).to.equal(null);
    expect(root(en).querySelector('[part="link"]')).to.equal(null);
    await expect(en).to.be.accessible();
    const cy = await counter(
      html`<petition-counter lang="cy" count="14000000" format="long" cite="NCMEC" campaign="none"></petition-counter>`,
      '14 miliwn',
    );
    expect(root(cy).querySelector('[part="cite"]')!.textContent!.trim()).to.equal('Ffynhonnell: NCMEC');
    expect(root(cy).querySelector('[part="cite"] a'), 'no link without cite-href').to.equal(null);
  });

  // A review: a partner pasted the README's script tag (with the coalition's `data-campaign`) and a
  // statistic of its own; the file's petition (its source, goal and sign link) was merged in and
  // "14 million reports" became the petition's 118 thousand, with a sign link under it.
  it('keeps a cited statistic of the page’s own when the page’s script names a campaign file', async () => {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.campaign = '/tests/fixtures/petition-campaign.json';
    document.head.append(script);
    fetches = stubFetch((url) =>
      url.endsWith('petition-campaign.json')
        ? json({ id: 'live', petition: { source: 'uk-parliament:700001', goal: 200000, href: 'https://example.org/sign' } })
        : json(ukCount),
    );
    try {
      const live = await counter(html`<petition-counter></petition-counter>`, '118,342');
      const statistic = await counter(
        html`<petition-counter count="14000000" format="long" label="reports in one year" cite="NCMEC"></petition-counter>`,
        '14 million',
      );
      // The live one read the file: so would the statistic have, by now.
      expect(root(live).querySelector('progress'), 'the file’s goal, on the live counter').not.to.equal(null);
      await new Promise((r) => setTimeout(r, 300));
      expect(shown(statistic)).to.equal('14 million');
      expect(root(statistic).querySelector('progress'), 'no goal from the file').to.equal(null);
      expect(root(statistic).querySelector('[part="link"]'), 'no sign link from the file').to.equal(null);
      expect(root(statistic).querySelector('[part="cite"]')!.textContent!.trim()).to.equal('Source: NCMEC');
    } finally {
      script.remove();
    }
  });

  it('refuses a cite-href that is not https: or http: and keeps the source unlinked', async () => {
    const el = await counter(
      html`<petition-counter count="5" cite="NCMEC" cite-href="javascript:alert(1)" campaign="none"></petition-counter>`,
      '5',
    );
    expect(root(el).querySelector('[part="cite"]')!.textContent!.trim()).to.equal('Source: NCMEC');
    expect(root(el).querySelector('[part="cite"] a')).to.equal(null);
    expect(errors.warnings.some((w) => w.includes('<petition-counter> cite-href'))).to.equal(true);
  });

  it('puts a small count at the start of its space, level with the bar', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await counter(html`<petition-counter dir=${dir} count="95" goal="100000" campaign="none"></petition-counter>`, '95');
      const number = root(el).querySelector('[part="number"]')!.getBoundingClientRect();
      const track = bar(el)!.getBoundingClientRect();
      if (dir === 'ltr') expect(number.left).to.be.closeTo(track.left, 1);
      else expect(number.right).to.be.closeTo(track.right, 1);
    }
  });
});
