import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../src/elements.js';
import { until } from './helpers.js';

// The pasted script as partners use it: dist/coalition-embed.js (built by `npm run build`), the
// loader, which fetches each element's files from its own folder, pinned by their hashes.

interface Page {
  win: Window &
    typeof globalThis & {
      __warnings: string[];
      __errors: Array<{ element: string; source: { file?: string } }>;
      /** Promise rejections of ours that reached the page's `unhandledrejection` handlers. */
      __rejections: string[];
    };
  doc: Document;
  /** Every file of ours the page requested, as paths under the loader's folder. */
  requested(): string[];
  done(): void;
}

const WATCH = `<script>
  window.__warnings = []; window.__errors = []; window.__rejections = [];
  addEventListener('unhandledrejection', (e) => window.__rejections.push(String(e.reason)));
  const warn = console.warn; console.warn = (...a) => { window.__warnings.push(a.join(' ')); warn(...a); };
  document.addEventListener('coalition-error', (e) => window.__errors.push(e.detail));
</script>`;

/** A same-origin frame holding `html` (its own head and body), with the loader from `folder`. */
async function page(body: string, { folder = '/dist/', head = WATCH, script = '' } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px;border:0';
  const tag = script || `<script src="${folder}coalition-embed.js" defer></script>`;
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}${tag}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Page['win'];
  return {
    win,
    doc: frame.contentDocument!,
    requested: () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => path.startsWith(folder))
        .map((path) => path.slice(folder.length)),
    done: () => frame.remove(),
  };
}

const rendered = (doc: Document, tag: string) =>
  until(() => doc.querySelector(tag)?.shadowRoot?.querySelector('a, button, p, strong'), `<${tag}> rendered`, 8000);

describe('the loader (dist/coalition-embed.js)', function () {
  // Each test is a page load of real files, on a machine that may be busy.
  this.timeout(20_000);

  it('loads only the share bar on a page with one share bar, from its own folder', async () => {
    const p = await page('<share-bar url="https://example.org/" networks="x email"><a href="https://example.org/">Share</a></share-bar>');
    await rendered(p.doc, 'share-bar');
    const files = p.requested();
    expect(files).to.include('coalition-embed.js');
    expect(files.some((f) => f.startsWith('elements/share-bar-'))).to.equal(true);
    for (const { tag } of ELEMENTS.filter((e) => e.tag !== 'share-bar'))
      expect(
        files.some((f) => f.startsWith(`elements/${tag}-`)),
        `${tag} was loaded`,
      ).to.equal(false);
    // Three files in all: no campaign file named, so none of the code that reads one.
    expect(
      files.map((f) => (f.includes('/') ? f.replace(/-[\w-]{8}\.js$/, '') : f)),
      files.join(),
    ).to.have.members(['coalition-embed.js', 'chunks/shared', 'elements/share-bar']);
    p.done();
  });

  it('starts the code that reads a campaign file with the element files when the script tag names one', async () => {
    const p = await page('<share-bar networks="x"></share-bar>', {
      head: `${WATCH}<script>customElements.whenDefined('share-bar').then(() => (window.__definedAt = performance.now()))</script>`,
      script: '<script src="/dist/coalition-embed.js" data-campaign="/bench/pages/campaign.json" defer></script>',
    });
    const shareBar = p.doc.querySelector('share-bar')!;
    // The file's share text reaches the link.
    await until(
      () => shareBar.shadowRoot?.querySelector<HTMLAnchorElement>('a[data-network="x"]')?.href.includes('SaferByDesign'),
      'the campaign file read',
    );
    const entries = p.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const started = (prefix: string) => entries.find((e) => new URL(e.name).pathname.startsWith(`/dist/${prefix}`))!;
    const reader = started('chunks/extras-');
    expect(reader, 'the campaign reader was requested').to.not.equal(undefined);
    // Requested before the share bar was defined: the loader started it with the element's files,
    // rather than the element asking for it once running (one more round trip on a slow network).
    expect(reader.startTime).to.be.below((p.win as unknown as { __definedAt: number }).__definedAt);
    p.done();
  });

  it('requests nothing but itself on a page with no widgets', async () => {
    const p = await page('<p>No widgets here.</p>');
    // Past the page's load: a loader that meant to fetch anything would have started by now.
    await new Promise((r) => p.win.requestAnimationFrame(() => r(null)));
    expect(p.requested()).to.deep.equal(['coalition-embed.js']);
    p.done();
  });

  // One of each element, each with light-DOM content of its own.
  const everyElement = ELEMENTS.map(
    ({ tag }) =>
      `<${tag}${tag === 'petition-counter' ? ' count="1200"' : ''}${tag === 'campaign-banner' ? ' headline="Hello" mode="inline"' : ''}><a href="https://example.org/${tag}">Our own ${tag}</a></${tag}>`,
  ).join('');

  it('loads every element of the registry when each is on the page, as the one file that holds them all', async () => {
    const p = await page(everyElement);
    for (const { tag } of ELEMENTS) await until(() => p.win.customElements.get(tag), `<${tag}> defined`, 8000);
    await rendered(p.doc, 'petition-counter');
    expect(p.doc.querySelector('petition-counter')!.shadowRoot!.textContent).to.contain('1,200');
    await until(() => p.doc.querySelector('campaign-banner')!.shadowRoot?.textContent?.includes('Hello'), 'the banner’s headline');
    // Two requests: the loader and the file of every element, none of the files it holds.
    expect(
      p.requested().map((f) => f.replace(/-[\w-]{8}\.js$/, '')),
      p.requested().join(),
    ).to.have.members(['coalition-embed.js', 'chunks/all-elements']);
    expect(p.win.__errors).to.deep.equal([]);
    p.done();
  });

  it('keeps every element’s light DOM when the file holding them all was changed after the build, and names it', async () => {
    const p = await page(everyElement, { folder: '/dist-variant/tampered/' });
    await until(() => p.win.__errors.length >= ELEMENTS.length, 'a coalition-error from each element', 8000);
    for (const { tag } of ELEMENTS) {
      const error = p.win.__errors.find((e) => e.element === tag)!;
      expect(error.source.file, tag).to.match(/^chunks\/all-elements-[\w-]{8}\.js$/);
      expect(
        p.win.__warnings.filter((w) => w.includes(`<${tag}>`) && w.includes('/chunks/all-elements-')),
        tag,
      ).to.have.length(1);
      const el = p.doc.querySelector(tag)!;
      expect(el.shadowRoot, tag).to.equal(null);
      expect(el.textContent).to.contain(`Our own ${tag}`);
    }
    p.done();
  });

  it('loads an element the page adds later', async () => {
    const p = await page('<p>A single-page app.</p>');
    const counter = p.doc.createElement('petition-counter');
    counter.setAttribute('count', '1234');
    p.doc.body.append(counter);
    await until(() => counter.shadowRoot?.textContent?.includes('1,234'), 'the added counter shows its count', 8000);
    expect(p.requested().some((f) => f.startsWith('elements/petition-counter-'))).to.equal(true);
    p.done();
  });

  it('starts a Welsh page’s words with the element files, and no other language', async () => {
    const p = await page('<div lang="cy"><share-bar networks="copy"></share-bar></div>', {
      head: `${WATCH}<script>customElements.whenDefined('share-bar').then(() => (window.__definedAt = performance.now()))</script>`,
    });
    const bar = p.doc.querySelector('share-bar')!;
    await until(() => bar.shadowRoot?.textContent?.includes('Copïo’r ddolen'), 'the Welsh words', 8000);
    const words = (p.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
      /\/dist\/chunks\/words-(cy|fr|de|es|ar)-/.test(e.name),
    );
    expect(words.map((e) => new URL(e.name).pathname.split('/').pop()!.slice(0, 9))).to.deep.equal(['words-cy-']);
    expect(words[0].startTime, 'requested before the element was defined').to.be.below(
      (p.win as unknown as { __definedAt: number }).__definedAt,
    );
    p.done();
  });

  it('shows the quick exit at once, and the others within a second, in English while a language’s words are slow; then their words', async () => {
    // The frame notes what each widget says as it goes (the page's load waits for the slow file).
    const notes = `<script>
      window.__said = [];
      setInterval(() => {
        for (const tag of ['quick-exit', 'petition-counter']) {
          const text = document.querySelector(tag)?.shadowRoot?.textContent ?? '';
          if (text.trim()) window.__said.push({ tag, text, at: performance.now() });
        }
      }, 20);
    </script>`;
    const p = await page('<div lang="cy"><quick-exit></quick-exit><petition-counter count="77"></petition-counter></div>', {
      folder: '/dist-variant/slow/',
      head: WATCH + notes,
    });
    // Then each speaks Welsh.
    await until(() => p.doc.querySelector('quick-exit')?.shadowRoot?.textContent?.includes('Gadael y dudalen hon'), 'the Welsh exit', 8000);
    await until(() => p.doc.querySelector('petition-counter')?.shadowRoot?.textContent?.includes('llofnod'), 'the Welsh counter', 8000);
    const said = (p.win as unknown as { __said: Array<{ tag: string; text: string; at: number }> }).__said;
    const words = (p.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
      e.name.includes('/words-cy-'),
    )!;
    const first = (tag: string, text: string) => said.find((s) => s.tag === tag && s.text.includes(text))?.at ?? Infinity;
    // Before the Welsh words came, the way out was there, in English, and so was the counter.
    expect(first('quick-exit', 'Exit this page'), 'the English exit before the Welsh words').to.be.below(words.responseEnd);
    expect(first('petition-counter', 'signatures'), 'the counter in English meanwhile').to.be.below(words.responseEnd);
    p.done();
  });

  it('fetches the banner’s bars and blackout only for a banner that is not inline, and shows a bar', async () => {
    const p = await page(
      '<campaign-banner mode="bottom" headline="Hello" cta-label="Sign" cta-href="https://example.org/"></campaign-banner>',
    );
    const banner = p.doc.querySelector('campaign-banner')!;
    await until(() => banner.shadowRoot?.querySelector('.box'), 'the banner', 8000);
    const box = banner.shadowRoot!.querySelector('.box')!;
    expect(p.win.getComputedStyle(box).position, 'a fixed bar').to.equal('fixed');
    expect(box.getBoundingClientRect().bottom).to.be.closeTo(p.win.innerHeight, 1);
    expect(p.requested().some((f) => f.startsWith('chunks/fixed-'))).to.equal(true);
    p.done();
  });

  it('shows a bar banner in the page, and says so, when its bars’ file fails its check', async () => {
    const p = await page(
      '<campaign-banner mode="top" headline="Hello" cta-label="Sign" cta-href="https://example.org/"></campaign-banner>',
      {
        folder: '/dist-variant/rare/',
      },
    );
    const banner = p.doc.querySelector('campaign-banner')!;
    await until(() => banner.shadowRoot?.querySelector('.box'), 'the banner', 8000);
    const box = banner.shadowRoot!.querySelector('.box')!;
    expect(p.win.getComputedStyle(box).position, 'in the page’s flow').to.not.equal('fixed');
    expect(box.textContent).to.contain('Hello');
    expect(box.querySelector('a[part="cta"]')!.getAttribute('href')).to.contain('https://example.org/');
    expect(p.win.__warnings.filter((w) => w.includes('<campaign-banner> mode') && w.includes('shown in the page'))).to.have.length(1);
    p.done();
  });

  it('shows English, marked as English, and says so when a language’s words fail their check', async () => {
    const p = await page('<div lang="cy"><petition-counter count="77"></petition-counter></div>', { folder: '/dist-variant/rare/' });
    const counter = p.doc.querySelector('petition-counter')!;
    await until(() => counter.shadowRoot?.textContent?.includes('signatures'), 'the English words', 8000);
    expect(counter.shadowRoot!.querySelector('[lang="en"]'), 'the English words are marked as English').to.not.equal(null);
    expect(p.win.__warnings.some((w) => w.includes('<petition-counter> lang') && w.includes('"cy"'))).to.equal(true);
    p.done();
  });

  it('shows a bar’s usual networks, and says so, when the less used networks’ file fails its check', async () => {
    const p = await page('<share-bar networks="linkedin x" url="https://example.org/"></share-bar>', { folder: '/dist-variant/rare/' });
    const bar = p.doc.querySelector('share-bar')!;
    await until(() => bar.shadowRoot?.querySelector('a[data-network="x"]'), 'the X link', 8000);
    expect(bar.shadowRoot!.querySelector('[data-network="linkedin"]'), 'no LinkedIn control without its link').to.equal(null);
    expect(p.win.__warnings.some((w) => w.includes('<share-bar> networks') && w.includes('linkedin'))).to.equal(true);
    p.done();
  });

  it('leaves "More ways to share" closed, and says so once, when its networks’ file fails', async () => {
    const p = await page('<share-bar networks="native x" url="https://example.org/"></share-bar>', {
      folder: '/dist-variant/rare/',
      // As in a desktop browser without a share sheet.
      head: `<script>delete Navigator.prototype.share</script>${WATCH}`,
    });
    const bar = p.doc.querySelector('share-bar')!;
    const more = await until(() => bar.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-controls="more"]'), 'the button', 8000);
    more.click();
    await until(() => p.win.__warnings.some((w) => w.includes('<share-bar> networks')), 'the report', 8000);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(bar.shadowRoot!.querySelector('#more'), 'no empty row').to.equal(null);
    expect(p.win.__warnings.filter((w) => w.includes('<share-bar>'))).to.have.length(1);
    p.done();
  });

  it('fetches the less used networks only for a bar that shows one, and draws it with its mark from the first', async () => {
    const p = await page('<share-bar networks="linkedin x" url="https://example.org/"></share-bar>');
    const bar = p.doc.querySelector('share-bar')!;
    // The first button (the frame after the bar's heading) is already LinkedIn, with its mark.
    const linkedin = await until(() => bar.shadowRoot?.querySelector('a[data-network]'), 'the first button', 8000);
    expect(linkedin.getAttribute('data-network')).to.equal('linkedin');
    expect(linkedin.querySelector('svg path')!.getAttribute('d')).to.not.equal('');
    expect(p.requested().some((f) => f.startsWith('chunks/more-networks-'))).to.equal(true);
    p.done();
  });

  it('loads from its own folder whatever <base href> the page sets', async () => {
    const p = await page('<share-bar networks="email"></share-bar>', {
      head: `<base href="https://elsewhere.invalid/site/">${WATCH}`,
      script: `<script src="${location.origin}/dist/coalition-embed.js" defer></script>`,
    });
    await rendered(p.doc, 'share-bar');
    p.done();
  });

  it('keeps the light DOM of an element whose file was changed after the build, says so, throws nothing, and the others work', async () => {
    // The share bar is defined last: its file fails while the counter is still being defined,
    // and that failure must not reach the page's error handlers (a partner's error monitoring).
    const p = await page(
      '<share-bar><a href="https://example.org/share">Share this page</a></share-bar><petition-counter count="77"></petition-counter>',
      { folder: '/dist-variant/tampered/' },
    );
    await until(() => p.win.__errors.some((e) => e.element === 'share-bar'), 'a coalition-error', 8000);
    const error = p.win.__errors.find((e) => e.element === 'share-bar')!;
    expect(error.element).to.equal('share-bar');
    expect(error.source.file).to.match(/^elements\/share-bar-.*\.js$/);
    expect(p.win.__warnings.some((w) => w.includes('<share-bar>') && /elements\/share-bar-/.test(w))).to.equal(true);
    const bar = p.doc.querySelector('share-bar')!;
    expect(bar.shadowRoot).to.equal(null);
    expect(bar.textContent).to.contain('Share this page');
    await until(() => p.doc.querySelector('petition-counter')?.shadowRoot?.textContent?.includes('77'), 'the counter', 8000);
    expect(p.win.__rejections).to.deep.equal([]);
    p.done();
  });

  it('gives back the space the paste snippet keeps for an element as soon as its file has failed', async () => {
    // The README's style keeps a share bar's space (6.5em and more) for 30 seconds while the
    // script may still come; once the loader knows the file failed, the light DOM takes its place.
    const style = await (await fetch('/demo/reserve.css')).text();
    const p = await page('<share-bar><a href="https://example.org/share">Share this page</a></share-bar><p>After the bar</p>', {
      folder: '/dist-variant/tampered/',
      head: `${WATCH}<style>body{font:16px/1.5 serif;margin:0}${style}</style>`,
    });
    const bar = p.doc.querySelector('share-bar')!;
    const link = bar.querySelector('a')!;
    await until(() => p.win.__errors.length, 'a coalition-error', 8000);
    await until(() => bar.getBoundingClientRect().height < 60, 'the share bar’s space given back', 2000);
    expect(p.doc.querySelector('p')!.getBoundingClientRect().top - link.getBoundingClientRect().bottom).to.be.below(60);
    p.done();
  });

  it('keeps the light DOM of an element whose file is missing, and says which file', async () => {
    const p = await page('<share-bar><a href="https://example.org/share">Share this page</a></share-bar>', {
      folder: '/dist-variant/missing/',
    });
    await until(() => p.win.__errors.length, 'a coalition-error', 8000);
    expect(p.win.__errors[0].source.file).to.match(/^elements\/share-bar-/);
    expect(p.win.__warnings.filter((w) => w.includes('<share-bar>'))).to.have.length(1);
    expect(p.doc.querySelector('share-bar')!.textContent).to.contain('Share this page');
    p.done();
  });

  it("works under the README's strict CSP with Trusted Types enforced", async () => {
    const csp = `script-src ${location.origin}; style-src 'unsafe-inline'; require-trusted-types-for 'script'; trusted-types coalition-embed`;
    const p = await page('<share-bar networks="email copy"></share-bar><petition-counter count="5"></petition-counter>', {
      head: `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      script: `<script src="${location.origin}/dist/coalition-embed.js" defer></script>`,
    });
    await rendered(p.doc, 'share-bar');
    await rendered(p.doc, 'petition-counter');
    p.done();
  });

  it("carries the loader's nonce to the files it adds, for pages that allow scripts by nonce", async () => {
    const p = await page('<share-bar networks="email"></share-bar>', {
      head: `<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-r4nd0m'">`,
      script: `<script nonce="r4nd0m" src="/dist/coalition-embed.js" defer></script>`,
    });
    await rendered(p.doc, 'share-bar');
    p.done();
  });

  it('works with the script pasted twice, loading each file once', async () => {
    const p = await page('<share-bar networks="email"></share-bar>', {
      script: '<script src="/dist/coalition-embed.js" async></script><script src="/dist/coalition-embed.js" defer></script>',
    });
    await rendered(p.doc, 'share-bar');
    const files = p.requested().filter((f) => f.startsWith('elements/'));
    expect(files).to.have.length(1);
    expect(p.doc.querySelectorAll('script[src*="/elements/"]')).to.have.length(1);
    p.done();
  });

  it('works with two releases pasted on one page: each element loaded once, by the first to claim it', async () => {
    const p = await page(
      '<share-bar networks="email"></share-bar><petition-counter count="1200" campaign="none"><p>1,200 signatures</p></petition-counter>',
      {
        script:
          '<script src="/dist/coalition-embed.js" defer></script><script src="/dist-variant/other/coalition-embed.js" defer></script>',
      },
    );
    await rendered(p.doc, 'share-bar');
    await rendered(p.doc, 'petition-counter');
    // Every file came from the first release's folder; the second found the tags already claimed.
    const all = p.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(all.filter((path) => path.startsWith('/dist/elements/'))).to.have.length(2);
    expect(all.filter((path) => path.startsWith('/dist-variant/other/') && !path.endsWith('coalition-embed.js'))).to.deep.equal([]);
    expect(p.win.__errors).to.deep.equal([]);
    expect(p.win.__warnings.filter((w) => w.includes('coalition-embed'))).to.deep.equal([]);
    expect(p.doc.querySelector('petition-counter')!.shadowRoot!.textContent).to.contain('1,200');
    p.done();
  });

  it('works the other way round: the other release, first on the page, loads its own files by its own hashes', async () => {
    const p = await page('<share-bar networks="email"><a href="mailto:">Share by email</a></share-bar>', {
      script: '<script src="/dist-variant/other/coalition-embed.js" defer></script><script src="/dist/coalition-embed.js" defer></script>',
    });
    await rendered(p.doc, 'share-bar');
    const all = p.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(all.some((path) => path.startsWith('/dist-variant/other/elements/share-bar-'))).to.equal(true);
    expect(all.some((path) => path.startsWith('/dist/elements/'))).to.equal(false);
    expect(p.win.__errors).to.deep.equal([]);
    p.done();
  });
});
