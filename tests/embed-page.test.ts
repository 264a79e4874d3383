import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../src/elements.js';
import { skipIn, until } from './helpers.js';

// WebKit makes a same-origin frame's new document reachable only after its deferred scripts ran,
// so `ownFrame` cannot watch its console and events from the start there; the page itself is
// tested in WebKit through the cross-origin frames.
const sameOrigin = skipIn(
  'webkit',
  'the frame’s document is reachable only after its scripts ran, too late to watch its console (the page is tested there through the cross-origin frames)',
);

// The iframe page as partners use it: dist/embed.html, built by `npm run build` (or `npx rollup -c`),
// next to dist/coalition-embed.js. The test page is served from http://localhost:PORT; the same
// server as http://127.0.0.1:PORT is another origin, as a partner's page is to the CDN.

const PAGE = '/dist/embed.html';
const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`;
const TAGS = ELEMENTS.map((e) => e.tag);
const COUNT_SOURCE = `${OTHER_ORIGIN}/tests/fixtures/uk-parliament-count.json#signature_count`;

interface SizeMessage {
  type: string;
  height: number;
}

/** A frame of another origin, and every message it posts to this page. */
async function foreignFrame(query: string, width = 600) {
  const frame = document.createElement('iframe');
  frame.title = 'embed page';
  frame.style.cssText = `width:${width}px;height:50px;border:0`;
  const messages: Array<{ data: SizeMessage; origin: string }> = [];
  const onMessage = (e: MessageEvent) => {
    if (e.source === frame.contentWindow) messages.push({ data: e.data, origin: e.origin });
  };
  window.addEventListener('message', onMessage);
  frame.src = `${OTHER_ORIGIN}${PAGE}?${query}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { frame, messages, done: () => (window.removeEventListener('message', onMessage), frame.remove()) };
}

interface Watched {
  win: Window & typeof globalThis;
  doc: Document;
  frame: HTMLIFrameElement;
  violations: string[];
  reports: Array<{ element: string; attribute: string; message: string }>;
  warnings: string[];
  infos: string[];
  done: () => void;
}

/** Runs `check` in a quick loop of tasks (not 4 ms timers) until it returns something. */
function soon<T>(check: () => T | undefined): Promise<T> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const poll = () => {
      const found = check();
      if (found === undefined) channel.port2.postMessage(0);
      else (channel.port1.close(), resolve(found));
    };
    channel.port1.onmessage = poll;
    poll();
  });
}

/**
 * A same-origin frame whose DOM the test can read, with its console, its `coalition-error`
 * events and its CSP violations watched from the start. A new document gets a new Window, so the
 * hooks go in as soon as the page's document exists, before its deferred scripts have run; in
 * the rare case they were too late (the page already wrote its element), the frame is loaded again.
 */
async function ownFrame(query: string, width = 600): Promise<Watched> {
  for (let attempt = 1; ; attempt++) {
    const frame = document.createElement('iframe');
    frame.title = 'embed page';
    frame.style.cssText = `width:${width}px;height:600px;border:0`;
    document.body.append(frame);
    const initial = frame.contentDocument;
    const violations: string[] = [];
    const reports: Watched['reports'] = [];
    const warnings: string[] = [];
    const infos: string[] = [];
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = `${PAGE}?${query}`;
    const doc = await soon(() => {
      const d = frame.contentDocument;
      return d && d !== initial && d.URL.includes(PAGE) ? d : undefined;
    });
    const win = frame.contentWindow as Window & typeof globalThis;
    const early = !doc.body?.querySelector(':scope > :not(script)');
    win.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    win.addEventListener('coalition-error', (e) => reports.push((e as CustomEvent).detail));
    const { console } = win;
    const { warn, info } = console;
    console.warn = (...args: unknown[]) => (warnings.push(args.join(' ')), warn.apply(console, args));
    console.info = (...args: unknown[]) => (infos.push(args.join(' ')), info.apply(console, args));
    await loaded;
    if (early || attempt === 3) {
      expect(early, 'the test could watch the page from its start').to.equal(true);
      return { win, doc, frame, violations, reports, warnings, infos, done: () => frame.remove() };
    }
    frame.remove();
  }
}

const shadowText = (el: Element | null | undefined) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('the iframe page (dist/embed.html)', () => {
  describe('in a frame of another origin', () => {
    it('posts its height to the parent after the first render and again when it changes', async () => {
      const { frame, messages, done } = await foreignFrame(
        `element=petition-counter&source=${encodeURIComponent(COUNT_SOURCE)}&goal=auto&show-source`,
      );
      try {
        // Cross-origin: this page cannot read the frame, only hear it.
        expect(frame.contentDocument).to.equal(null);
        await until(() => messages.length, 'a first height');
        // The counter keeps its lines' room while its count loads, so the count's arrival need not
        // change its height; a narrower frame does (its words go under the number).
        frame.style.width = '240px';
        await until(() => new Set(messages.map((m) => m.data.height)).size >= 2, 'two different heights');
        for (const { data, origin } of messages) {
          expect(origin).to.equal(OTHER_ORIGIN);
          expect(data.type).to.equal('coalition-embed:size');
          expect(Object.keys(data).sort()).to.deep.equal(['height', 'type']);
          expect(data.height).to.be.a('number').above(0);
        }
        const heights = messages.map((m) => m.data.height);
        expect(heights.at(-1)).to.be.above(heights[0]);
      } finally {
        done();
      }
    });

    it('lets a partner size the frame from the size message (the README listener)', async () => {
      const { frame, messages, done } = await foreignFrame('element=share-bar&text=Keep%20children%20safe', 375);
      // The README's listener, as a partner pastes it.
      const listener = (e: MessageEvent) => {
        if (e.data?.type === 'coalition-embed:size' && e.source === frame.contentWindow) frame.style.height = `${e.data.height}px`;
      };
      window.addEventListener('message', listener);
      try {
        await until(() => messages.length, 'a size message');
        const height = messages.at(-1)!.data.height;
        expect(height).to.be.within(100, 600);
        expect(frame.getBoundingClientRect().height).to.equal(height);
      } finally {
        window.removeEventListener('message', listener);
        done();
      }
    });

    it('posts its height for the message about an unknown element too', async () => {
      const { messages, done } = await foreignFrame('element=nope');
      try {
        await until(() => messages.length, 'a size message');
        expect(messages[0].data.height).to.be.above(0);
      } finally {
        done();
      }
    });
  });

  describe('in a frame of the same origin (to read its DOM)', () => {
    sameOrigin("loads only its one element: the loader, that element's file and the shared code", async () => {
      const f = await ownFrame('element=petition-counter&count=1200');
      try {
        await until(() => shadowText(f.doc.querySelector('petition-counter')).includes('1,200'), 'the counter');
        const files = f.win.performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));
        expect(files).to.include('/dist/coalition-embed.js');
        expect(files.filter((path) => path.startsWith('/dist/elements/')).map((path) => path.replace(/-[\w-]{8}\.js$/, ''))).to.deep.equal([
          '/dist/elements/petition-counter',
        ]);
        expect(f.violations).to.deep.equal([]);
      } finally {
        f.done();
      }
    });

    sameOrigin('names the setting a misspelt key in its address probably meant, as a page does', async () => {
      const f = await ownFrame('element=share-bar&netwroks=email&dismissable');
      try {
        expect(f.reports.map((r) => [r.attribute, r.message.replace(/^.*ignored/, '')])).to.deep.equal([
          ['netwroks', '; did you mean networks?'],
          ['dismissable', ''],
        ]);
      } finally {
        f.done();
      }
    });

    sameOrigin('renders the element with the attributes from the query, and ignores and reports the rest', async () => {
      const f = await ownFrame(
        'element=share-bar&text=Keep%20children%20safe%20%26%20%22seen%22&networks=facebook%20email&compact&bogus=1&onclick=alert(1)&lang=cy',
      );
      try {
        const bar = f.doc.querySelector('share-bar')!;
        expect(bar, 'the element').to.exist;
        // Only the element (the test server adds a script of its own to every page it serves).
        expect([...f.doc.body.children].filter((c) => c.localName !== 'script').length).to.equal(1);
        expect(bar.getAttribute('text')).to.equal('Keep children safe & "seen"');
        expect(bar.getAttribute('networks')).to.equal('facebook email');
        expect(bar.getAttribute('compact')).to.equal('');
        expect(bar.getAttribute('lang')).to.equal('cy');
        expect(bar.hasAttribute('bogus')).to.equal(false);
        expect(bar.hasAttribute('onclick')).to.equal(false);
        expect(f.reports.map((r) => [r.element, r.attribute])).to.deep.equal([
          ['share-bar', 'bogus'],
          ['share-bar', 'onclick'],
        ]);
        expect(f.reports[0].message).to.include('ignored');
        expect(f.reports[0].message, 'no setting is near "bogus"').to.not.include('did you mean');
        expect(f.warnings.filter((w) => w.includes('bogus'))).to.have.length(1);
        // The page's language follows `lang`, and the element renders in it.
        expect(f.doc.documentElement.lang).to.equal('cy');
        await until(() => bar.shadowRoot?.querySelector('button, a'), 'the share bar rendered');
        expect(f.doc.title).to.equal('Share bar \u00b7 coalition-embed');
        // Without url= it shares the page around the frame, as far as the referrer tells.
        expect(f.doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href).to.equal(location.href.split('#')[0]);
        expect(f.infos.join('\n')).to.include('a share bar in a frame cannot see the page around it');
      } finally {
        f.done();
      }
    });

    sameOrigin('reads booleans as HTML does: bare or =true is present, =false is absent', async () => {
      const f = await ownFrame('element=campaign-banner&headline=Hello&dismissible=true&reminder=false');
      try {
        const banner = f.doc.querySelector('campaign-banner')!;
        expect(banner.getAttribute('dismissible')).to.equal('');
        expect(banner.hasAttribute('reminder')).to.equal(false);
        await until(() => shadowText(banner).includes('Hello'), 'the banner rendered');
        expect(f.reports).to.deep.equal([]);
      } finally {
        f.done();
      }
    });

    sameOrigin('shows a top bar or an overlay inline, and says so in the console', async () => {
      const f = await ownFrame('element=campaign-banner&headline=Blackout&mode=overlay');
      try {
        const banner = f.doc.querySelector('campaign-banner')!;
        expect(banner.getAttribute('mode')).to.equal('inline');
        expect(f.infos.join('\n')).to.include('mode="overlay" would stay inside the frame; the banner is shown inline instead');
        await until(() => shadowText(banner).includes('Blackout'), 'the banner rendered');
        expect(f.win.getComputedStyle(banner).position).to.equal('static');
        expect(banner.getBoundingClientRect().height).to.be.above(0);
      } finally {
        f.done();
      }
    });

    // The builder's preview links open this page in a tab of its own: there a blackout must look
    // like the blackout, with its exit, not like a box in the page (a review's finding).
    sameOrigin('keeps an overlay an overlay when opened as a page of its own, as the preview links do', async () => {
      const tab = window.open(
        `${PAGE}?element=campaign-banner&headline=Blackout&mode=overlay&exit-href=${encodeURIComponent('https://example.org/weather')}`,
        '_blank',
        'width=600,height=600',
      );
      expect(tab, 'the page in a window of its own').not.to.equal(null);
      try {
        const banner = await until(() => tab!.document?.querySelector('campaign-banner'), 'the banner in the page');
        await until(() => banner.shadowRoot?.querySelector('dialog[open]'), 'the blackout open');
        expect(banner.getAttribute('mode')).to.equal('overlay');
        expect(banner.shadowRoot!.querySelector('[part~="exit"]')?.textContent).to.contain('Exit this page');
      } finally {
        tab!.close();
      }
    });

    sameOrigin('loads a campaign file from campaign=', async () => {
      const f = await ownFrame(`element=campaign-banner&campaign=${encodeURIComponent('/tests/fixtures/campaign.json')}`);
      try {
        const banner = f.doc.querySelector('campaign-banner')!;
        await until(() => shadowText(banner).includes('Keep children safe online'), 'the headline from the campaign file');
        expect(shadowText(banner)).to.include('Sign the petition');
        expect(f.violations).to.deep.equal([]);
      } finally {
        f.done();
      }
    });

    sameOrigin('says calmly which tags exist when element= is unknown or missing', async () => {
      for (const query of ['element=nope', '']) {
        const f = await ownFrame(query);
        try {
          const note = f.doc.body.textContent!.replace(/\s+/g, ' ');
          expect(note).to.include('?element=');
          for (const tag of TAGS) expect(note).to.include(tag);
          if (query) expect(note).to.include('\u201cnope\u201d');
          expect(f.warnings.join('\n')).to.include('campaign-banner, petition-counter');
          expect(f.doc.body.querySelectorAll('*').length).to.be.below(10);
        } finally {
          f.done();
        }
      }
    });

    sameOrigin('is transparent, without margins, in force under its CSP, and sets no cookie or storage', async () => {
      localStorage.clear();
      sessionStorage.clear();
      const f = await ownFrame(
        `element=petition-counter&source=${encodeURIComponent('/tests/fixtures/uk-parliament-count.json#signature_count')}&goal=auto`,
      );
      try {
        const counter = f.doc.querySelector('petition-counter')!;
        await until(() => /118/.test(shadowText(counter)), 'the count');
        const root = f.win.getComputedStyle(f.doc.documentElement);
        const body = f.win.getComputedStyle(f.doc.body);
        expect(root.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(body.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(body.margin).to.equal('0px');
        // No scheme of its own: a frame whose scheme differs from its embedder's gets an opaque backdrop.
        expect(root.colorScheme).to.equal('normal');
        expect(f.doc.cookie).to.equal('');
        expect(Object.keys(localStorage).filter((k) => k.startsWith('coalition-embed:'))).to.deep.equal([]);
        // Nothing the page or the element does is refused by the CSP...
        expect(f.violations).to.deep.equal([]);
        const csp = f.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
        for (const directive of [
          "default-src 'none'",
          "script-src 'self'",
          "style-src 'self'",
          "base-uri 'none'",
          "form-action 'none'",
          "require-trusted-types-for 'script'",
          'trusted-types coalition-embed',
        ]) {
          expect(csp).to.include(directive);
        }
        // ...and it is in force: an inline style attribute and an HTML string are refused.
        f.doc.body.append(Object.assign(f.doc.createElement('div'), {}));
        f.doc.body.lastElementChild!.setAttribute('style', 'color: red');
        expect(() => (f.doc.body.lastElementChild!.innerHTML = '<b>x</b>')).to.throw();
        await until(() => f.violations.length >= 2, `the probes refused (${f.violations.join('; ')})`);
        expect(f.violations.some((v) => v.startsWith('style-src'))).to.equal(true);
        expect(f.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
      } finally {
        f.done();
      }
    });

    sameOrigin('loads only its own two scripts and the files of its element, from its own folder', async () => {
      const f = await ownFrame('element=quick-exit');
      try {
        await until(() => f.doc.querySelector('quick-exit')?.shadowRoot?.querySelector('button, a'), 'the quick exit rendered');
        const scripts = [...f.doc.scripts].map((s) => s.getAttribute('src')).filter((src) => !src?.startsWith('/__web-dev-server'));
        // The page's own two, then what the loader added: its element's files, from beside it.
        expect(scripts.slice(0, 2)).to.deep.equal(['embed-page.js', 'coalition-embed.js']);
        for (const s of [...f.doc.scripts].slice(0, 2)) expect(s.defer).to.equal(true);
        const added = scripts.slice(2);
        expect(added.some((src) => src?.startsWith(`${location.origin}/dist/elements/quick-exit-`))).to.equal(true);
        for (const src of added) expect(src).to.match(new RegExp(`^${location.origin}/dist/(elements|chunks)/`));
        // Links open in a new tab rather than inside the partner's small frame.
        expect(f.doc.querySelector('base')?.getAttribute('target')).to.equal('_blank');
        expect(f.doc.querySelector('base')?.hasAttribute('href')).to.equal(false);
        await until(() => f.doc.querySelector('quick-exit')?.shadowRoot?.querySelector('button, a'), 'the quick exit rendered');
        expect(f.violations).to.deep.equal([]);
      } finally {
        f.done();
      }
    });
  });
});
