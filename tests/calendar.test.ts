import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { CampaignBanner } from '../src/campaign-banner/campaign-banner.js';
import { occurrences, parseRule, type Rule } from '../src/campaign-banner/recur.js';
import { readDate, fromWall, toWall, isZone } from '../src/campaign-banner/zone.js';
import { onPages } from '../src/campaign-banner/pages.js';
import { calendarAt } from '../src/campaign-banner/schedule.js';
import { setPreviewTime } from '../src/core/schedule.js';
import { bannerPage, json, stubFetch, until, type Watched } from './helpers.js';

const at = (iso: string) => Date.parse(iso);
const day = (time: number) => new Date(time).toISOString().slice(0, 16);
/** The first `n` occurrences of a rule from a wall-clock start, as "YYYY-MM-DDTHH:MM". */
function first(rule: string, start: string, n = 4): string[] {
  const parsed = parseRule(rule);
  expect(parsed, rule).not.to.equal(undefined);
  const out: string[] = [];
  for (const wall of occurrences(parsed!, at(`${start}Z`), at('2100-01-01T00:00Z'))) {
    out.push(day(wall));
    if (out.length == n) break;
  }
  return out;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const box = (el: Element) => el.shadowRoot!.querySelector('section');
const dialogOf = (el: Element) => el.shadowRoot!.querySelector('dialog');

describe('the campaign calendar: repeats (RRULE)', () => {
  it('places Safer Internet Day on the second Tuesday of February each year', () => {
    expect(first('FREQ=YEARLY;BYMONTH=2;BYDAY=2TU', '2027-02-09T00:00')).to.deep.equal([
      '2027-02-09T00:00',
      '2028-02-08T00:00',
      '2029-02-13T00:00',
      '2030-02-12T00:00',
    ]);
  });

  it('repeats 29 February only in leap years, as RFC 5545 skips a date a year lacks', () => {
    expect(first('FREQ=YEARLY', '2028-02-29T09:00', 3)).to.deep.equal(['2028-02-29T09:00', '2032-02-29T09:00', '2036-02-29T09:00']);
    expect(first('FREQ=MONTHLY;BYMONTHDAY=31', '2027-01-31T12:00', 3)).to.deep.equal([
      '2027-01-31T12:00',
      '2027-03-31T12:00',
      '2027-05-31T12:00',
    ]);
  });

  it('finds the last Friday of the month with BYDAY=-1FR', () => {
    expect(first('FREQ=MONTHLY;BYDAY=-1FR', '2027-01-29T18:00', 3)).to.deep.equal([
      '2027-01-29T18:00',
      '2027-02-26T18:00',
      '2027-03-26T18:00',
    ]);
  });

  it('stops after COUNT occurrences, the first included, or after UNTIL', () => {
    expect(first('FREQ=YEARLY;COUNT=2', '2027-05-20T00:00', 5)).to.deep.equal(['2027-05-20T00:00', '2028-05-20T00:00']);
    expect(first('FREQ=WEEKLY;UNTIL=20270610', '2027-05-20T00:00', 9)).to.deep.equal([
      '2027-05-20T00:00',
      '2027-05-27T00:00',
      '2027-06-03T00:00',
      '2027-06-10T00:00',
    ]);
    expect(first('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270614T000000Z', '2027-05-20T09:00', 9)).to.deep.equal([
      '2027-05-20T09:00',
      '2027-05-31T09:00',
      '2027-06-03T09:00',
    ]);
  });

  it('takes INTERVAL, BYMONTH and BYMONTHDAY, and an RRULE: prefix', () => {
    expect(first('RRULE:FREQ=YEARLY;INTERVAL=2;BYMONTH=5;BYMONTHDAY=20', '2027-05-20T00:00', 3)).to.deep.equal([
      '2027-05-20T00:00',
      '2029-05-20T00:00',
      '2031-05-20T00:00',
    ]);
    expect(first('FREQ=MONTHLY;BYMONTH=3,9;BYMONTHDAY=1', '2027-03-01T00:00', 3)).to.deep.equal([
      '2027-03-01T00:00',
      '2027-09-01T00:00',
      '2028-03-01T00:00',
    ]);
  });

  it('refuses rules outside the subset rather than guess', () => {
    for (const rule of [
      'FREQ=DAILY',
      'FREQ=YEARLY;BYSETPOS=1;BYDAY=TU',
      'FREQ=YEARLY;COUNT=3;UNTIL=20300101',
      'FREQ=WEEKLY;BYDAY=2TU',
      'FREQ=MONTHLY;BYDAY=0MO',
      'FREQ=MONTHLY;BYDAY=6FR',
      'FREQ=MONTHLY;BYMONTH=13',
      'FREQ=WEEKLY;BYMONTHDAY=1',
      'FREQ=YEARLY;WKST=SU',
      'FREQ=YEARLY;UNTIL=2030-01-01',
      'FREQ=YEARLY;FREQ=MONTHLY',
      'every year',
      '',
    ])
      expect(parseRule(rule), rule).to.equal(undefined);
  });
});

describe('the campaign calendar: time zones', () => {
  it('reads a date without an offset in the zone, in summer and in winter', () => {
    expect(readDate('2027-05-20T00:00', 'Europe/London')!.time).to.equal(at('2027-05-19T23:00Z'));
    expect(readDate('2027-01-20T00:00', 'Europe/London')!.time).to.equal(at('2027-01-20T00:00Z'));
    expect(readDate('2027-05-20T00:00+02:00', 'Europe/London')!.time).to.equal(at('2027-05-19T22:00Z'));
    expect(readDate('2027-05-20T00:00')).to.equal(undefined);
    expect(isZone('Europe/London')).to.equal(true);
    expect(isZone('Europe/Londres')).to.equal(false);
  });

  it('follows the clocks across the last Sundays of March and October in Europe/London', () => {
    const zone = 'Europe/London';
    expect(readDate('2027-03-28T00:30', zone)!.time).to.equal(at('2027-03-28T00:30Z'));
    expect(readDate('2027-03-28T03:00', zone)!.time).to.equal(at('2027-03-28T02:00Z'));
    expect(readDate('2027-10-31T00:30', zone)!.time).to.equal(at('2027-10-30T23:30Z'));
    expect(readDate('2027-10-31T03:00', zone)!.time).to.equal(at('2027-10-31T03:00Z'));
    expect(toWall(at('2027-03-28T01:00Z'), zone)).to.equal(at('2027-03-28T02:00Z'));
    expect(fromWall(at('2027-10-30T09:00Z'), zone)).to.equal(at('2027-10-30T08:00Z'));
    // A weekly 09:00 stays 09:00 on the clock: 08:00 UTC in summer, 09:00 UTC in winter.
    const calendar = (start: string) => ({
      start: readDate(start, zone)!.time,
      end: readDate(start, zone)!.time + 36e5,
      rule: parseRule('FREQ=WEEKLY') as Rule,
      zone,
    });
    expect(calendarAt(at('2027-03-28T08:30Z'), calendar('2027-03-21T09:00')).phase).to.equal('live');
    expect(calendarAt(at('2027-03-28T09:30Z'), calendar('2027-03-21T09:00')).phase).to.equal(undefined);
    expect(calendarAt(at('2027-10-31T08:30Z'), calendar('2027-10-24T09:00')).phase).to.equal(undefined);
    expect(calendarAt(at('2027-10-31T09:30Z'), calendar('2027-10-24T09:00')).phase).to.equal('live');
  });

  it('keeps a window that spans a clock change midnight to midnight', () => {
    const zone = 'Europe/London';
    const start = readDate('2026-03-26T00:00', zone)!.time;
    const end = readDate('2026-03-30T00:00', zone)!.time;
    const rule = parseRule('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU')!;
    // 2026: from Thursday 26 March; 2027 repeats on the last Sunday of March, 28th, for four days.
    const { window } = calendarAt(at('2027-03-29T12:00Z'), { start, end, rule, zone });
    expect(window!.start).to.equal(at('2027-03-28T00:00Z'));
    expect(window!.end).to.equal(at('2027-03-31T23:00Z'));
  });
});

describe('the campaign calendar: pages', () => {
  it('matches paths, with * for any run of characters and ! to leave pages out', () => {
    expect(onPages(undefined, '/anything')).to.equal(true);
    expect(onPages(['/'], '/')).to.equal(true);
    expect(onPages(['/'], '/news/')).to.equal(false);
    expect(onPages(['/', '/news/*'], '/news/2027/blackout')).to.equal(true);
    expect(onPages(['/news/*', '!/news/private*'], '/news/private-note')).to.equal(false);
    expect(onPages(['!/donate'], '/donate')).to.equal(false);
    expect(onPages(['!/donate'], '/about')).to.equal(true);
    expect(onPages(['/actualités/*'], '/actualit%C3%A9s/un')).to.equal(true);
    expect(onPages(['/a.b'], '/axb')).to.equal(false);
  });
});

describe('<campaign-banner> calendar', () => {
  let errors: Watched;
  bannerPage((watched) => (errors = watched));

  /** The 20–24 May 2027 blackout week in London, with its thank-you, as at `time`. */
  async function blackoutAt(time: number, extra = html``) {
    setPreviewTime(time);
    const el = await fixture<CampaignBanner>(
      html`<div>
        <campaign-banner
          mode="overlay"
          dismissible
          headline="We go dark for children's safety online"
          cta-label="Add your name"
          cta-href="https://example.org/sign"
          start="2027-05-20T00:00"
          end="2027-05-25T00:00"
          time-zone="Europe/London"
          teaser-days="7"
          after-headline="1,204 partners went dark. Thank you."
          after-message="Platforms can find known child sexual abuse material and still keep messages private."
          after-cta-label="Read what comes next"
          after-cta-href="https://example.org/next"
          >${extra}</campaign-banner
        >
      </div>`,
    );
    const banner = el.querySelector('campaign-banner')!;
    await banner.updateComplete;
    return banner;
  }

  it('shows nothing, then the teaser, the blackout, the thank-you and nothing, each from its moment in London', async () => {
    // Teaser from 13 May 00:00 BST (12 May 23:00 UTC).
    expect(box(await blackoutAt(at('2027-05-12T22:59:59Z')))).to.equal(null);
    const teaser = await blackoutAt(at('2027-05-12T23:00:00Z'));
    expect(box(teaser)!.textContent).to.contain('Starts in 7 days');
    expect(dialogOf(teaser)).to.equal(null);
    expect(box(await blackoutAt(at('2027-05-19T22:59:59Z')))!.textContent).to.contain('Starts in less than a minute');
    // The blackout from 20 May 00:00 BST.
    const live = await blackoutAt(at('2027-05-19T23:00:00Z'));
    expect(dialogOf(live)!.open).to.equal(true);
    expect(part(live, 'headline')!.textContent).to.equal("We go dark for children's safety online");
    expect(dialogOf(await blackoutAt(at('2027-05-24T22:59:59Z')))!.open).to.equal(true);
    // From 25 May 00:00 BST, the thank-you in a bottom bar, never as an overlay.
    const after = await blackoutAt(at('2027-05-24T23:00:00Z'));
    expect(dialogOf(after)).to.equal(null);
    expect(box(after)!.classList.contains('bottom')).to.equal(true);
    expect(part(after, 'headline')!.textContent).to.equal('1,204 partners went dark. Thank you.');
    expect(part(after, 'message')!.textContent).to.contain('child sexual abuse material');
    expect((part(after, 'cta') as HTMLAnchorElement).href).to.equal('https://example.org/next');
    expect(part(after, 'cta')!.textContent).to.equal('Read what comes next');
    // Until 14 days after end, then nothing.
    expect(part(await blackoutAt(at('2027-06-07T22:59:59Z')), 'headline')!.textContent).to.contain('Thank you');
    expect(box(await blackoutAt(at('2027-06-07T23:00:00Z')))).to.equal(null);
    expect(errors.warnings).to.deep.equal([]);
  });

  it('switches from the blackout to the thank-you while the page stays open', async () => {
    const el = await blackoutAt(at('2027-05-24T23:00:00Z') - 300);
    expect(dialogOf(el)!.open).to.equal(true);
    await until(() => part(el, 'headline')?.textContent?.includes('Thank you'), 'the after-copy');
    expect(dialogOf(el)).to.equal(null);
  });

  it('shows the after-copy inline for an inline banner, and the light-DOM message only in the window', async () => {
    setPreviewTime(at('2027-05-26T12:00Z'));
    const el = await fixture<CampaignBanner>(
      html`<campaign-banner
        headline="During"
        start="2027-05-20T00:00"
        end="2027-05-25T00:00"
        time-zone="Europe/London"
        after-end="2027-05-27T00:00"
        after-headline="Thank you"
        ><p>The window's own words</p></campaign-banner
      >`,
    );
    expect(box(el)!.classList.contains('inline')).to.equal(true);
    expect(part(el, 'headline')!.textContent).to.equal('Thank you');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    setPreviewTime(at('2027-05-27T00:00Z'));
    el.requestUpdate();
    await el.updateComplete;
    expect(box(el)).to.equal(null);
  });

  it('shows nothing after end without after-copy', async () => {
    setPreviewTime(at('2027-05-26T12:00Z'));
    const el = await fixture<CampaignBanner>(
      html`<campaign-banner headline="During" start="2027-05-20T00:00+01:00" end="2027-05-25T00:00+01:00"></campaign-banner>`,
    );
    expect(box(el)).to.equal(null);
  });

  it('takes the after-copy per language from the campaign file', async () => {
    setPreviewTime(at('2027-05-26T12:00Z'));
    const fetches = stubFetch(() =>
      json({
        id: 'week',
        banner: {
          headline: { en: 'We go dark', cy: 'Rydym yn mynd yn dywyll' },
          start: '2027-05-20T00:00',
          end: '2027-05-25T00:00',
          timeZone: 'Europe/London',
          afterHeadline: { en: 'Thank you', cy: 'Diolch' },
        },
      }),
    );
    try {
      const el = await fixture<CampaignBanner>(html`<campaign-banner lang="cy" campaign="https://example.org/c.json"></campaign-banner>`);
      await until(() => part(el, 'headline'), 'the after-copy');
      expect(part(el, 'headline')!.textContent).to.equal('Diolch');
    } finally {
      fetches.restore();
    }
  });

  it('refuses a date without an offset when there is no time-zone, and reports it', async () => {
    setPreviewTime(at('2027-05-21T12:00Z'));
    const el = await fixture<CampaignBanner>(
      html`<campaign-banner headline="x" start="2027-05-20T00:00" end="2027-05-25T00:00"></campaign-banner>`,
    );
    expect(box(el)).to.equal(null);
    expect(errors.warnings.join('\n')).to.contain('<campaign-banner> start:').and.contain('no offset');
    expect(errors.events.map((e) => e.attribute)).to.include('start');
  });

  it('reports an unknown time zone and refuses it', async () => {
    setPreviewTime(at('2027-05-21T12:00Z'));
    const el = await fixture<CampaignBanner>(
      html`<campaign-banner headline="x" start="2027-05-20T00:00" end="2027-05-25T00:00" time-zone="Europe/Londres"></campaign-banner>`,
    );
    expect(box(el)).to.equal(null);
    expect(errors.warnings.join('\n')).to.contain('<campaign-banner> time-zone: "Europe/Londres" is not an IANA time zone');
    expect(errors.events.map((e) => e.attribute)).to.include('time-zone');
  });

  /** Safer Internet Day, each year from 2027, with a day's teaser and a week's thank-you. */
  async function saferInternetDayAt(time: number, recur = 'FREQ=YEARLY;BYMONTH=2;BYDAY=2TU') {
    setPreviewTime(time);
    return fixture<CampaignBanner>(
      html`<campaign-banner
        headline="Safer Internet Day"
        campaign-id="sid"
        start="2027-02-09T00:00"
        end="2027-02-10T00:00"
        after-end="2027-02-17T00:00"
        time-zone="Europe/London"
        recur=${recur}
        teaser-days="1"
        after-headline="Thank you for taking part"
      ></campaign-banner>`,
    );
  }

  it('repeats Safer Internet Day with its teaser and after-copy around each occurrence', async () => {
    // 2029's is on Tuesday 13 February.
    expect(box(await saferInternetDayAt(at('2029-02-11T23:59Z')))).to.equal(null);
    expect(box(await saferInternetDayAt(at('2029-02-12T00:00Z')))!.textContent).to.contain('Starts in 24 hours');
    expect(part(await saferInternetDayAt(at('2029-02-13T00:00Z')), 'headline')!.textContent).to.equal('Safer Internet Day');
    expect(part(await saferInternetDayAt(at('2029-02-14T00:00Z')), 'headline')!.textContent).to.equal('Thank you for taking part');
    expect(box(await saferInternetDayAt(at('2029-02-21T00:00Z')))).to.equal(null);
    expect(errors.warnings).to.deep.equal([]);
  });

  it('remembers a dismissal per occurrence: closing this year’s says nothing of next year’s', async () => {
    const el = await saferInternetDayAt(at('2028-02-08T10:00Z'));
    el.setAttribute('dismissible', '');
    await el.updateComplete;
    part(el, 'close')!.click();
    await el.updateComplete;
    expect(box(el)).to.equal(null);
    expect(sessionStorage.getItem('coalition-embed:banner:sid@2028-02-08')).to.be.a('string');
    expect(part(await saferInternetDayAt(at('2028-02-08T11:00Z')), 'headline')).to.equal(null);
    expect(part(await saferInternetDayAt(at('2029-02-13T10:00Z')), 'headline')!.textContent).to.equal('Safer Internet Day');
  });

  it('repeats at the offset start was written with when there is no time-zone', async () => {
    const mount = async (time: number) => {
      setPreviewTime(time);
      return fixture<CampaignBanner>(
        html`<campaign-banner
          headline="Safer Internet Day"
          start="2027-02-09T00:00:00+01:00"
          end="2027-02-10T00:00:00+01:00"
          recur="FREQ=YEARLY;BYMONTH=2;BYDAY=2TU"
        ></campaign-banner>`,
      );
    };
    // 2028's second Tuesday of February at 00:00+01:00 is 23:00 UTC on the Monday.
    expect(box(await mount(at('2028-02-07T22:59Z')))).to.equal(null);
    expect(part(await mount(at('2028-02-07T23:00Z')), 'headline')!.textContent).to.equal('Safer Internet Day');
    expect(box(await mount(at('2028-02-08T23:00Z')))).to.equal(null);
  });

  it('reports a rule outside the subset and falls back to the single window', async () => {
    const first = await saferInternetDayAt(at('2027-02-09T10:00Z'), 'FREQ=DAILY');
    expect(part(first, 'headline')!.textContent).to.equal('Safer Internet Day');
    expect(errors.warnings.join('\n')).to.contain('<campaign-banner> recur: "FREQ=DAILY" is not an RRULE');
    expect(errors.events.map((e) => e.attribute)).to.include('recur');
    expect(box(await saferInternetDayAt(at('2028-02-08T10:00Z'), 'FREQ=YEARLY;BYSETPOS=2;BYDAY=TU;BYMONTH=2'))).to.equal(null);
    expect(errors.warnings.join('\n')).to.contain('BYSETPOS');
  });

  it('shows the overlay show-limit times, then the reminder bar', async () => {
    const mount = async () => {
      const el = await fixture<CampaignBanner>(
        html`<campaign-banner
          mode="overlay"
          headline="We go dark"
          campaign-id="limit"
          show-limit="2"
          start="2027-05-20T00:00"
          end="2027-05-25T00:00"
          time-zone="Europe/London"
        ></campaign-banner>`,
      );
      await el.updateComplete;
      return el;
    };
    setPreviewTime(at('2027-05-21T12:00Z'));
    expect(dialogOf(await mount())!.open).to.equal(true);
    expect(dialogOf(await mount())!.open).to.equal(true);
    const third = await mount();
    expect(dialogOf(third)).to.equal(null);
    expect(box(third)!.classList.contains('bottom')).to.equal(true);
    expect(box(third)!.textContent).to.contain('We go dark');
  });

  it('keeps showing the overlay, and throws nothing, when storage throws', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error);
    window.addEventListener('error', onError);
    try {
      setPreviewTime(at('2027-05-21T12:00Z'));
      for (let i = 0; i < 2; i++) {
        const el = await fixture<CampaignBanner>(
          html`<campaign-banner
            mode="overlay"
            headline="We go dark"
            show-limit="1"
            dismiss-days="30"
            start="2027-05-20T00:00"
            end="2027-05-25T00:00"
            time-zone="Europe/London"
          ></campaign-banner>`,
        );
        await el.updateComplete;
        expect(dialogOf(el)!.open).to.equal(true);
      }
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
      window.removeEventListener('error', onError);
    }
    expect(thrown).to.deep.equal([]);
    expect(errors.events).to.have.length(0);
  });

  it('shows the reminder bar instead of the overlay on later pages once the visitor has followed the call to action', async () => {
    setPreviewTime(at('2027-05-21T12:00Z'));
    const first = await blackoutAt(at('2027-05-21T12:00Z'));
    part(first, 'cta')!.click();
    await first.updateComplete;
    // This page goes on as it is.
    expect(dialogOf(first)!.open).to.equal(true);
    const later = await blackoutAt(at('2027-05-21T12:05Z'));
    expect(dialogOf(later)).to.equal(null);
    expect(box(later)!.classList.contains('bottom')).to.equal(true);
    expect(box(later)!.textContent).to.contain("We go dark for children's safety online");
  });

  it('shows only on the pages its patterns name', async () => {
    const here = location.pathname;
    const on = await fixture<CampaignBanner>(html`<campaign-banner headline="Here" pages="/elsewhere ${here}"></campaign-banner>`);
    expect(part(on, 'headline')!.textContent).to.equal('Here');
    const off = await fixture<CampaignBanner>(html`<campaign-banner headline="Not here" pages="/news/*"></campaign-banner>`);
    expect(box(off)).to.equal(null);
    const excluded = await fixture<CampaignBanner>(
      html`<campaign-banner headline="Not here" pages=${`!${here.slice(0, 2)}*`}></campaign-banner>`,
    );
    expect(box(excluded)).to.equal(null);
  });

  it('forgets stored dismissals with ?coalition-reset in the page address', async () => {
    sessionStorage.setItem('coalition-embed:banner:reset-me', JSON.stringify({ value: 1 }));
    sessionStorage.setItem('coalition-embed:banner:reset-me:shown', JSON.stringify({ value: 5 }));
    const before = await fixture<CampaignBanner>(html`<campaign-banner headline="Again" campaign-id="reset-me"></campaign-banner>`);
    expect(box(before)).to.equal(null);
    const address = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search ? `${location.search}&` : '?'}coalition-reset`);
    try {
      const el = await fixture<CampaignBanner>(html`<campaign-banner headline="Again" campaign-id="reset-me"></campaign-banner>`);
      expect(part(el, 'headline')!.textContent).to.equal('Again');
      expect(sessionStorage.getItem('coalition-embed:banner:reset-me:shown')).to.equal(null);
    } finally {
      history.replaceState(history.state, '', address);
    }
  });

  it('previews any phase of any occurrence by moving the clock', async () => {
    // ?coalition-preview= moves the same clock as setPreviewTime.
    expect(part(await saferInternetDayAt(at('2031-02-11T12:00Z')), 'headline')!.textContent).to.equal('Safer Internet Day');
    expect(part(await saferInternetDayAt(at('2031-02-12T12:00Z')), 'headline')!.textContent).to.equal('Thank you for taking part');
  });
});
