import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { ShareBar } from '../src/share-bar/share-bar.js';
import { shareUrls as usualUrls, type ShareData } from '../src/share-bar/networks.js';
import { mastodonServer, mastodonUrl, paths as morePaths, shareUrls as moreUrls } from '../src/share-bar/more-networks.js';

const shareUrls = { ...usualUrls, ...moreUrls };
import { CARD, fitHeadline } from '../src/share-bar/share-card.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { json, stubFetch, until, watchErrors } from './helpers.js';

const ALL = 'native facebook x whatsapp linkedin bluesky threads mastodon reddit telegram email copy';
const TRICKY: ShareData = {
  url: 'https://example.org/campaign?a=1&b=2#top',
  text: 'Fish & chips #1 🎉 Привет مرحبا',
  hashtags: ['SaferByDesign', 'Kids'],
};
const enc = encodeURIComponent;
const controls = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="control"]')];
const link = (el: Element, network: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[data-network="${network}"]`)!;

/** Records the addresses the bar opens in a new tab (Mastodon's share page) instead of opening them. */
function stubOpen() {
  const opened: string[] = [];
  const original = window.open;
  window.open = ((url: string) => (opened.push(url), null)) as typeof window.open;
  return { opened, restore: () => (window.open = original) };
}

describe('share-bar', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    sessionStorage.clear();
  });
  afterEach(() => errors.restore());

  it('builds each network’s documented share URL with everything encoded', () => {
    const message = `${TRICKY.text} #SaferByDesign #Kids ${TRICKY.url}`;
    const expected: Record<string, string> = {
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${enc(TRICKY.url)}`,
      x: `https://x.com/intent/tweet?text=${enc(TRICKY.text)}&url=${enc(TRICKY.url)}&hashtags=SaferByDesign%2CKids`,
      whatsapp: `https://wa.me/?text=${enc(message)}`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(TRICKY.url)}`,
      bluesky: `https://bsky.app/intent/compose?text=${enc(message)}`,
      threads: `https://www.threads.net/intent/post?text=${enc(`${TRICKY.text} #SaferByDesign #Kids`)}&url=${enc(TRICKY.url)}`,
      reddit: `https://www.reddit.com/submit?url=${enc(TRICKY.url)}&title=${enc(TRICKY.text)}`,
      telegram: `https://t.me/share/url?url=${enc(TRICKY.url)}&text=${enc(`${TRICKY.text} #SaferByDesign #Kids`)}`,
      email: `mailto:?subject=${enc(TRICKY.text)}&body=${enc(message)}`,
    };
    for (const [network, url] of Object.entries(expected)) expect(shareUrls[network](TRICKY), network).to.equal(url);
    // The encoding round-trips: what the network receives is exactly our text.
    expect(new URL(shareUrls.reddit(TRICKY)).searchParams.get('title')).to.equal(TRICKY.text);
    expect(new URL(shareUrls.x(TRICKY)).searchParams.get('url')).to.equal(TRICKY.url);
    expect(mastodonUrl('mastodon.social', TRICKY)).to.equal(`https://mastodon.social/share?text=${enc(message)}`);
  });

  it('renders every requested network as a real link or button, in order', async () => {
    const el = await fixture<ShareBar>(html`<share-bar networks=${ALL} url="https://example.org/c" text="Hi"></share-bar>`);
    const names = controls(el).map((c) => c.dataset.network ?? c.textContent!.trim());
    // Every network is in the bar: without a share sheet, its button would have nothing more to open.
    const expected = ALL.split(' ').filter((n) => n !== 'native' || 'share' in navigator);
    expect(names.length).to.equal(expected.length);
    expect(link(el, 'facebook').href).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${enc('https://example.org/c')}`);
    expect(link(el, 'email').href).to.equal(`mailto:?subject=Hi&body=${enc('Hi https://example.org/c')}`);
    await expect(el).to.be.accessible();
  });

  it('opens networks in a new tab without referrer and says so in the link’s name', async () => {
    const el = await fixture<ShareBar>(html`<share-bar networks="facebook x" url="https://example.org/c"></share-bar>`);
    const fb = link(el, 'facebook');
    expect(fb.target).to.equal('_blank');
    expect(fb.rel).to.equal('noopener noreferrer');
    expect(fb.getAttribute('aria-label')).to.equal('Share on Facebook (opens in a new tab)');
  });

  it('makes no request of any kind before a click', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<ShareBar>(html`<share-bar networks=${ALL} url="https://example.org/c"></share-bar>`);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    const requests = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((r) => r.name);
    expect(requests).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('img, iframe, script, link')).to.have.length(0);
  });

  it('shares the canonical link with the partner’s attribution by default', async () => {
    const canonical = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://example.org/article' });
    document.head.append(canonical);
    try {
      const el = await fixture<ShareBar>(html`<share-bar networks="linkedin" partner="riverside"></share-bar>`);
      const shared = new URL(new URL(link(el, 'linkedin').href).searchParams.get('url')!);
      expect(shared.origin + shared.pathname).to.equal('https://example.org/article');
      expect(shared.searchParams.get('utm_source')).to.equal('riverside');
      expect(shared.searchParams.get('utm_medium')).to.equal('coalition-embed');
    } finally {
      canonical.remove();
    }
  });

  it('falls back to the page address without its fragment', async () => {
    const el = await fixture<ShareBar>(html`<share-bar networks="linkedin"></share-bar>`);
    const shared = new URL(link(el, 'linkedin').href).searchParams.get('url')!;
    expect(shared).to.equal(location.href.split('#')[0]);
  });

  it('fires coalition-share with network and URL when a visitor shares', async () => {
    const el = await fixture<ShareBar>(html`<share-bar networks="whatsapp" url="https://example.org/c"></share-bar>`);
    el.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link(el, 'whatsapp').click());
    const event = await oneEvent(document, 'coalition-share');
    expect(event.detail).to.deep.equal({ network: 'whatsapp', url: 'https://example.org/c' });
    expect(event.composed).to.equal(true);
  });

  it('copies the link, then says “Link copied” in the button and to screen readers, without moving the page', async () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      const el = await fixture<ShareBar>(html`<share-bar networks="copy" url="https://example.org/c"></share-bar>`);
      const button = controls(el)[0];
      expect(button.textContent!.trim()).to.equal('Copy link');
      const height = el.getBoundingClientRect().height;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'coalition-share');
      await el.updateComplete;
      expect(copied).to.deep.equal(['https://example.org/c']);
      expect(event.detail.network).to.equal('copy');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('Link copied');
      expect(button.textContent!.trim()).to.equal('Link copied');
      // A line under the bar would push the page down, and pull it back when it went.
      expect(el.getBoundingClientRect().height).to.equal(height);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('falls back to execCommand when the Clipboard API refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    const original = document.execCommand;
    const commands: string[] = [];
    document.execCommand = (command: string) => (commands.push(command), true);
    try {
      const el = await fixture<ShareBar>(html`<share-bar networks="copy" url="https://example.org/c"></share-bar>`);
      setTimeout(() => controls(el)[0].click());
      await oneEvent(el, 'coalition-share');
      expect(commands).to.deep.equal(['copy']);
    } finally {
      document.execCommand = original;
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('draws Reddit’s mark as a face, not a solid blob', () => {
    // As icons.ts and the bar's CSS draw it: "s" marks are 2-unit round strokes, the others fills.
    const d = morePaths.reddit;
    const canvas = Object.assign(document.createElement('canvas'), { width: 96, height: 96 });
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.scale(4, 4);
    Object.assign(ctx, { lineWidth: 2, lineCap: 'round', lineJoin: 'round' });
    const path = new Path2D(d.replace(/^s/, ''));
    if (d.startsWith('s')) ctx.stroke(path);
    else ctx.fill(path);
    const inked = (x: number, y: number) => ctx.getImageData(x * 4, y * 4, 1, 1).data[3] > 128;
    expect(inked(9, 13.5), 'an eye').to.equal(true);
    expect(inked(15, 13.5), 'the other eye').to.equal(true);
    expect(inked(12, 13.5), 'the face between the eyes').to.equal(false);
    expect(inked(4, 14.5), 'the head’s outline').to.equal(true);
  });

  it('asks for the visitor’s Mastodon server once and remembers it for the session', async () => {
    const { opened, restore } = stubOpen();
    try {
      const el = await fixture<ShareBar>(html`<share-bar networks="mastodon" url="https://example.org/c" text="Hi"></share-bar>`);
      const button = controls(el)[0] as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await el.updateComplete;
      await el.updateComplete;
      const input = el.shadowRoot!.querySelector('input')!;
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(input.labels![0].textContent).to.contain('Your Mastodon server');
      // Not a second "Share on Mastodon": a screen reader would hear two buttons of one name.
      expect(el.shadowRoot!.querySelector('form button')!.textContent).to.equal('Share');
      await expect(el).to.be.accessible();
      input.value = 'not a server';
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.querySelector('#server-error')!.textContent).to.contain('mastodon.social');
      // Next to the field, before the button: on a phone the button may be the last thing in view.
      const error = el.shadowRoot!.querySelector('#server-error')!;
      expect(error.compareDocumentPosition(el.shadowRoot!.querySelector('form button')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
        0,
      );
      expect(opened).to.deep.equal([]);
      input.value = 'https://Mastodon.Social/@someone';
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await el.updateComplete;
      expect(opened).to.deep.equal([`https://mastodon.social/share?text=${enc('Hi https://example.org/c')}`]);
      expect(link(el, 'mastodon').href).to.equal(opened[0]);
      // The remembered server is read before the first render: a link from the start.
      const again = await fixture<ShareBar>(html`<share-bar networks="mastodon" url="https://example.org/c" text="Hi"></share-bar>`);
      expect(link(again, 'mastodon').href).to.equal(opened[0]);
    } finally {
      restore();
    }
    expect(mastodonServer('@me@social.example.org')).to.equal('social.example.org');
    expect(mastodonServer('javascript:alert(1)')).to.equal(undefined);
  });

  it('closes the Mastodon server form with Escape and returns focus to where the visitor was', async () => {
    const { opened, restore } = stubOpen();
    try {
      const el = await fixture<ShareBar>(html`<share-bar networks="mastodon facebook" url="https://example.org/c" text="Hi"></share-bar>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-network="mastodon"]')!;
      button.click();
      const input = await until(() => el.shadowRoot!.querySelector('input'), 'the server form');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(input.form);
      // A server name reads left to right on a right-to-left page too.
      expect(input.dir).to.equal('ltr');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await until(() => !el.shadowRoot!.querySelector('form'), 'the form closed');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // After a share, focus is on the new link to the visitor's server, not lost with the form.
      button.click();
      (await until(() => el.shadowRoot!.querySelector('input'), 'the server form again')).value = 'mastodon.social';
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await until(() => el.shadowRoot!.activeElement === link(el, 'mastodon'), 'focus on the Mastodon link');
      expect(opened).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('lets the visitor change a remembered Mastodon server', async () => {
    const { opened, restore } = stubOpen();
    try {
      sessionStorage.setItem('coalition-embed:mastodon-server', JSON.stringify({ value: 'mastodon.social' }));
      const el = await fixture<ShareBar>(html`<share-bar networks="mastodon" url="https://example.org/c" text="Hi"></share-bar>`);
      await until(() => el.shadowRoot!.querySelector('a[data-network="mastodon"]'), 'the remembered server');
      const change = el.shadowRoot!.querySelector<HTMLButtonElement>('button.change')!;
      expect(change.getAttribute('aria-label')).to.equal('Change Mastodon server');
      expect(change.getAttribute('aria-expanded')).to.equal('false');
      change.click();
      const input = await until(() => el.shadowRoot!.querySelector('input'), 'the server form');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('button.change')!.getAttribute('aria-expanded')).to.equal('true');
      expect(input.value).to.equal('mastodon.social');
      input.value = 'social.example.org';
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await el.updateComplete;
      expect(opened).to.deep.equal([`https://social.example.org/share?text=${enc('Hi https://example.org/c')}`]);
      expect(link(el, 'mastodon').href).to.equal(opened[0]);
      await expect(el).to.be.accessible();
    } finally {
      restore();
      sessionStorage.clear();
    }
  });

  it('opens the networks the bar does not show where the device has no share sheet', async () => {
    const had = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    // As in a desktop Firefox or Chrome on Linux.
    if (had) delete (Navigator.prototype as { share?: unknown }).share;
    try {
      const el = await fixture<ShareBar>(html`<share-bar networks="native facebook copy" url="https://example.org/c"></share-bar>`);
      const more = controls(el)[0] as HTMLButtonElement;
      expect(more.textContent!.trim()).to.equal('More ways to share');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      more.click();
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      const list = el.shadowRoot!.querySelector('#more')!;
      expect(list.getAttribute('aria-label')).to.equal('More ways to share');
      const names = [...list.querySelectorAll<HTMLElement>('[part="control"]')].map((c) => c.dataset.network);
      expect(names).to.deep.equal(['x', 'whatsapp', 'linkedin', 'bluesky', 'threads', 'reddit', 'telegram', 'email']);
      expect(link(el, 'linkedin').href).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${enc('https://example.org/c')}`);
      await expect(el).to.be.accessible();
      more.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#more')).to.equal(null);
      // Escape from a link in the row folds it and returns to its button.
      more.click();
      await el.updateComplete;
      link(el, 'linkedin').focus();
      link(el, 'linkedin').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await until(() => !el.shadowRoot!.querySelector('#more'), 'the row folded');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(more);
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      // A bar that already shows every network has nothing more to open: no button.
      const all = await fixture<ShareBar>(html`<share-bar networks=${ALL}></share-bar>`);
      expect(controls(all).map((c) => c.dataset.network ?? c.textContent!.trim())).not.to.include('More ways to share');
    } finally {
      if (had) Object.defineProperty(Navigator.prototype, 'share', had);
    }
  });

  it('offers the device share sheet where the browser has one', async () => {
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (d: ShareData) => void shared.push(d) });
    try {
      const el = await fixture<ShareBar>(html`<share-bar networks="native" url="https://example.org/c" text="Hi"></share-bar>`);
      setTimeout(() => controls(el)[0].click());
      const event = await oneEvent(el, 'coalition-share');
      expect(event.detail.network).to.equal('native');
      expect(shared[0]).to.deep.include({ url: 'https://example.org/c', text: 'Hi', title: 'Hi' });
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('reports an unknown network and renders the rest', async () => {
    const el = await fixture<ShareBar>(html`<share-bar networks="facebook myspace email"></share-bar>`);
    expect(controls(el)).to.have.length(2);
    expect(errors.events).to.have.length(1);
    expect(errors.events[0]).to.include({ element: 'share-bar', attribute: 'networks' });
    expect(errors.warnings[0]).to.contain('"myspace"');
  });

  it('shows its campaign file’s networks from the first render, not the defaults first', async () => {
    clearCampaignCache();
    const fetches = stubFetch(async () => {
      await new Promise((later) => setTimeout(later, 300));
      return json({ share: { networks: ['email', 'copy'], url: 'https://example.org/from-file' } });
    });
    const seen = new Set<string>();
    let watching = true;
    const watch = () => {
      const bar = document.querySelector('share-bar');
      const shown = [...(bar?.shadowRoot?.querySelectorAll('[part="control"]') ?? [])].map((c) => c.textContent!.trim());
      if (shown.length) seen.add(shown.join(' | '));
      if (watching) requestAnimationFrame(watch);
    };
    try {
      watch();
      const el = await fixture<ShareBar>(html`<share-bar campaign="/tests/fixtures/slow-share.json"></share-bar>`);
      await until(() => controls(el).length === 2, 'the campaign file’s networks');
      watching = false;
      watch();
      // The first button comes a frame before the others; never a default network.
      expect([...seen].at(-1)).to.equal('Share by email | Copy link');
      for (const shown of seen) expect('Share by email | Copy link'.startsWith(shown), `shown: ${shown}`).to.equal(true);
      expect(link(el, 'email').href).to.contain(encodeURIComponent('https://example.org/from-file'));
    } finally {
      watching = false;
      fetches.restore();
    }
  });

  it('draws its own networks when its campaign file does not come', async () => {
    clearCampaignCache();
    // A server that never answers (the reader gives up at 8 s): the bar must not stay blank.
    const fetches = stubFetch(() => new Promise<Response>(() => {}));
    try {
      const el = await fixture<ShareBar>(html`<share-bar networks="email copy" campaign="/tests/fixtures/stalled.json"></share-bar>`);
      expect(controls(el)).to.have.length(0);
      await until(() => controls(el).length === 2, 'the bar’s own networks after a second');
    } finally {
      fetches.restore();
    }
  });

  it('names the campaign file when an unknown network comes from it', async () => {
    clearCampaignCache();
    const fetches = stubFetch(() => json({ share: { networks: ['x', 'twitter'] } }));
    try {
      const el = await fixture<ShareBar>(html`<share-bar campaign="/tests/fixtures/networks.json"></share-bar>`);
      await until(() => errors.events.length > 0, 'the report');
      expect(errors.events[0]).to.include({ attribute: 'campaign file "share.networks"' });
      expect(errors.events[0].message).to.contain('"twitter"');
      // The report comes as the file is read; the buttons over the next frames (its render's steps).
      await el.updateComplete;
      expect(controls(el)).to.have.length(1);
    } finally {
      fetches.restore();
    }
  });

  it('falls back to the default networks when every name is unknown', async () => {
    const el = await fixture<ShareBar>(html`<share-bar networks="myspace friendster"></share-bar>`);
    const names = controls(el).map((c) => c.dataset.network ?? c.textContent!.trim());
    expect(names).to.include.members(['facebook', 'x', 'whatsapp', 'email', 'Copy link']);
    expect(errors.events.map((e) => e.attribute)).to.deep.equal(['networks', 'networks']);
  });

  it('keeps accessible names in the icons-only layout', async () => {
    const el = await fixture<ShareBar>(html`<share-bar compact networks="facebook email copy" url="https://example.org/c"></share-bar>`);
    const label = el.shadowRoot!.querySelector<HTMLElement>('.label')!;
    expect(label.getBoundingClientRect().width).to.be.at.most(1);
    expect(link(el, 'facebook').getAttribute('aria-label')).to.equal('Share on Facebook (opens in a new tab)');
    expect(link(el, 'email').textContent!.trim()).to.equal('Share by email');
    expect(link(el, 'facebook').title, 'a tooltip for mouse users').to.equal('Facebook');
    await expect(el).to.be.accessible();
  });

  it('speaks the visitor’s language', async () => {
    const el = await fixture<ShareBar>(html`<share-bar lang="fr" networks="facebook copy"></share-bar>`);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Partager');
    expect(link(el, 'facebook').getAttribute('aria-label')).to.equal('Partager sur Facebook (s’ouvre dans un nouvel onglet)');
    expect(controls(el)[1].textContent!.trim()).to.equal('Copier le lien');
  });

  it('wraps in a narrow container and lays out right to left', async () => {
    const wrap = await fixture(
      html`<div dir="rtl" style="inline-size: 16rem"><share-bar networks="facebook x whatsapp email"></share-bar></div>`,
    );
    const el = wrap.querySelector('share-bar')!;
    await el.updateComplete;
    const [first, second, third] = controls(el).map((c) => c.getBoundingClientRect());
    expect(first.right).to.be.greaterThan(second.right);
    expect(third.top).to.be.greaterThan(first.top);
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
  });

  it('leaves no empty band under the buttons', async () => {
    for (const width of [1280, 375]) {
      const wrap = await fixture<HTMLElement>(
        html`<div style="inline-size:${width}px"><share-bar networks="facebook x email copy"></share-bar></div>`,
      );
      const el = wrap.querySelector('share-bar')!;
      await el.updateComplete;
      const list = el.shadowRoot!.querySelector('ul')!.getBoundingClientRect();
      const bar = el.shadowRoot!.querySelector('.bar')!.getBoundingClientRect();
      // Only the bar's own padding (0.75em at 16px) below the last row of buttons.
      expect(bar.bottom - list.bottom, `${width} px`).to.be.at.most(13);
    }
  });

  it('keeps compact icons to one row where 2em each fits, and 44 px wide where there is room', async () => {
    const row = async (width: string, networks: string) => {
      const wrap = await fixture<HTMLElement>(
        html`<div style="inline-size:${width};font:16px/1.5 sans-serif"><share-bar compact networks=${networks}></share-bar></div>`,
      );
      const el = wrap.querySelector('share-bar')!;
      await el.updateComplete;
      return controls(el).map((c) => c.getBoundingClientRect());
    };
    // Four at 13em, six (as many as the default) at 17em: one row each, every target at least 24 px square.
    for (const [width, networks, count] of [
      ['13em', 'facebook x email copy', 4],
      ['17em', 'facebook x whatsapp linkedin email copy', 6],
    ] as const) {
      const boxes = await row(width, networks);
      expect(boxes.length).to.equal(count);
      expect(new Set(boxes.map((b) => Math.round(b.top))).size, `one row at ${width}`).to.equal(1);
      for (const box of boxes) expect(Math.min(box.width, box.height), `target at ${width}`).to.be.at.least(24);
    }
    // With room, each is the full 44 px.
    for (const box of await row('40em', 'facebook x email copy')) expect(box.width).to.be.closeTo(44, 0.5);
    // Too narrow for a row of 2em icons: two rows, never a squeezed or overflowing one.
    const narrow = await row('12em', 'facebook x whatsapp linkedin bluesky email');
    expect(new Set(narrow.map((b) => Math.round(b.top))).size).to.equal(2);
    for (const box of narrow) expect(box.width).to.be.at.least(32 - 0.5);
  });

  it('keeps a remembered Mastodon server and its change button side by side in the icons-only row', async () => {
    sessionStorage.setItem('coalition-embed:mastodon-server', JSON.stringify({ value: 'mastodon.social' }));
    const wrap = await fixture<HTMLElement>(
      html`<div style="inline-size:17em;font:16px/1.5 sans-serif">
        <share-bar compact networks="facebook mastodon email copy"></share-bar>
      </div>`,
    );
    const el = wrap.querySelector('share-bar')!;
    await until(() => el.shadowRoot!.querySelector('.change'), 'the change button');
    const [mastodon, change] = [link(el, 'mastodon'), el.shadowRoot!.querySelector('.change')!].map((c) => c.getBoundingClientRect());
    expect(change.left).to.be.at.least(mastodon.right - 8);
    expect(change.top).to.equal(mastodon.top);
    expect(el.shadowRoot!.querySelector('ul')!.scrollWidth).to.be.at.most(el.shadowRoot!.querySelector('ul')!.clientWidth);
  });

  it('draws a 1080×1350 share card and shares it through the share sheet, asking no server', async () => {
    const fetches = stubFetch(() => json({}));
    const shared: Array<ShareData & { files: File[] }> = [];
    const nav = navigator as Navigator & Record<string, unknown>;
    const had = { canShare: nav.canShare, share: nav.share };
    nav.canShare = (data?: { files?: File[] }) => !!data?.files?.length;
    nav.share = async (data: ShareData & { files: File[] }) => void shared.push(data);
    try {
      const el = await fixture<ShareBar>(
        html`<share-bar networks="image" url="https://example.org/c" text="Safety by design" hashtags="SaferByDesign"></share-bar>`,
      );
      const button = controls(el)[0] as HTMLButtonElement;
      expect(button.textContent!.trim()).to.equal('Share an image');
      const event = oneEvent(el, 'coalition-share');
      button.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ network: 'image', url: 'https://example.org/c' });
      const [file] = shared[0].files;
      expect([file.name, file.type]).to.deep.equal(['share-card.png', 'image/png']);
      const image = await createImageBitmap(file);
      expect([image.width, image.height]).to.deep.equal([1080, 1350]);
      expect(shared[0].url).to.equal('https://example.org/c');
      expect(fetches.calls).to.deep.equal([]);
    } finally {
      Object.assign(nav, had);
      fetches.restore();
    }
  });

  it('downloads share-card.png where the device cannot share files', async () => {
    const nav = navigator as Navigator & Record<string, unknown>;
    const had = nav.canShare;
    nav.canShare = () => false;
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const el = await fixture<ShareBar>(html`<share-bar lang="cy" networks="image" text="Diogelwch"></share-bar>`);
      expect(controls(el)[0].textContent!.trim()).to.equal('Rhannu delwedd');
      const event = oneEvent(el, 'coalition-share');
      controls(el)[0].click();
      await event;
      expect(clicked.map((a) => a.download)).to.deep.equal(['share-card.png']);
      expect(clicked[0].href).to.match(/^blob:/);
      await until(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent === 'Delwedd wedi’i chadw', 'the status');
      expect(controls(el)[0].textContent!.trim()).to.equal('Delwedd wedi’i chadw');
    } finally {
      nav.canShare = had;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('fits long Welsh and Arabic headlines on the card without cutting any text off', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const measure = (text: string, size: number) => {
      ctx.font = `700 ${size}px sans-serif`;
      return ctx.measureText(text).width;
    };
    const width = CARD.width - 2 * CARD.margin;
    for (const headline of [
      'Mae diogelwch drwy ddyluniad yn golygu bod platfformau’n gallu canfod deunydd cam-drin plant yn rhywiol a diogelu preifatrwydd pawb ar yr un pryd',
      'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch a’r ymgyrch dros ddiogelwch plant ar-lein',
      'يمكن للمنصات اكتشاف مواد الاعتداء الجنسي على الأطفال وحماية خصوصية الجميع في الوقت نفسه، وهذا ما نطالب به اليوم',
    ]) {
      const { size, lines } = fitHeadline(headline, measure);
      expect(lines.join(' ').replace(/\s+/g, ''), 'every letter kept').to.equal(headline.replace(/\s+/g, ''));
      for (const line of lines) expect(measure(line, size), line).to.be.at.most(width);
      expect(lines.length * size * 1.2).to.be.at.most(760);
      expect(size, 'large enough to read').to.be.at.least(48);
    }
  });
});
