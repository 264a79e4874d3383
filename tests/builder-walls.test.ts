import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/builder/builder.js';
import type { EmbedBuilder } from '../src/builder/embed-builder.js';
import { elementWithSpace, frameHeight, type Attributes } from '../src/builder/snippet.js';
import { newRow } from '../src/builder/supporters.js';
import { json, stubFetch, until, watchErrors } from './helpers.js';

type Wall = HTMLElement & { updateComplete: Promise<unknown> };

const LOGO = '/demo/logos/nspcc.svg';
/** A supporter as the builder writes it into the wall's light DOM. */
const typed = (n: number, tier?: string) => `<img src="${LOGO}" alt="Supporter ${n}"${tier ? ` data-tier="${tier}"` : ''}>`;
/** The wall as the builder's snippet writes it: its reserved space, then the element. */
const wallSnippet = (attributes: Attributes, children: string[] = []) =>
  elementWithSpace({ tag: 'supporter-wall', attributes: [...attributes, ['campaign', 'none']], children });

/**
 * Pastes snippets one after another in a column `width` px wide, as a partner's page has them,
 * and waits until each wall draws the logos it shows (`shown`, in the same order): what a visitor
 * sees, the reserved space under it and the page below it.
 */
async function paste(width: number, snippets: string[], shown: number[]) {
  const wrap = document.createElement('div');
  wrap.style.cssText = `width:${width}px;font:16px/1.5 system-ui, sans-serif`;
  wrap.innerHTML = snippets.join('\n');
  document.body.append(wrap);
  const walls = [...wrap.querySelectorAll<Wall>('supporter-wall')];
  // The space each keeps before it draws anything: what the page first shows.
  const reserved = walls.map((wall) => parseFloat(getComputedStyle(wall, '::before').blockSize));
  await Promise.all(walls.map((wall) => wall.updateComplete));
  for (const [i, wall] of walls.entries()) {
    wall.scrollIntoView();
    await until(() => wall.shadowRoot?.querySelectorAll('li').length === shown[i], `wall ${i + 1}'s ${shown[i]} logos`);
  }
  const drawn = walls.map((wall) => {
    const top = wall.getBoundingClientRect().top;
    const boxes = [...wall.shadowRoot!.querySelectorAll('*')].map((node) => node.getBoundingClientRect());
    return Math.max(...boxes.filter((box) => box.width > 1 && box.height > 1).map((box) => box.bottom - top));
  });
  const heights = walls.map((wall) => wall.getBoundingClientRect().height);
  wrap.remove();
  return walls.map((_, i) => ({ reserved: reserved[i], drawn: drawn[i], height: heights[i] }));
}

/** Each wall draws within the space it kept (nothing below it moves) and leaves no blank band. */
function expectFits(measured: Array<{ reserved: number; drawn: number; height: number }>, names: string[], width: number) {
  for (const [i, { reserved, drawn, height }] of measured.entries()) {
    const where = `${names[i]} at ${width} px`;
    expect(drawn, `${where}: drawn within the space kept`).to.be.at.most(reserved + 1);
    expect(height - drawn, `${where}: blank under it`).to.be.at.most(16);
  }
}

describe('the builder’s space for two walls on one page', () => {
  it('keeps each typed wall’s own space: every supporter in one, the first three and “more” in the other', async () => {
    // Four lead partners typed first, but the wall draws those without a tier first.
    const supporters = [
      ...Array.from({ length: 4 }, (_, i) => typed(i + 1, 'Lead partners')),
      ...Array.from({ length: 8 }, (_, i) => typed(i + 5)),
    ];
    const snippets = [wallSnippet([], supporters), wallSnippet([['max', '3']], supporters)];
    for (const width of [360, 760, 1100]) {
      expectFits(await paste(width, snippets, [12, 3]), ['the whole wall', 'the wall of three'], width);
    }
  });

  it('keeps a wall reading its list from src to max logos and its button, beside a typed wall with a join link (the demo’s sidebar and footer)', async () => {
    const list = '/builder-walls/nine-supporters.json';
    const real = window.fetch.bind(window);
    const fetches = stubFetch((url, init) =>
      url.endsWith(list) ? json(Array.from({ length: 9 }, (_, i) => ({ name: `Listed ${i + 1}`, logo: LOGO }))) : real(url, init),
    );
    try {
      const snippets = [
        wallSnippet([
          ['src', list],
          ['heading', 'Our partners'],
          ['monochrome', true],
          ['max', '4'],
        ]),
        wallSnippet(
          [['join-href', 'https://example.org/join']],
          Array.from({ length: 6 }, (_, i) => typed(i + 1)),
        ),
      ];
      for (const width of [300, 760, 1100]) {
        expectFits(await paste(width, snippets, [4, 6]), ['the wall of four from src', 'the typed wall'], width);
      }
    } finally {
      fetches.restore();
    }
  });

  it('suggests a frame as tall as a wall of max logos and its button', () => {
    // 4 logos in one row, the heading, margins and the button; one column of four on a phone.
    expect(
      frameHeight('supporter-wall', [
        ['src', 'https://example.org/list.json'],
        ['max', '4'],
      ]),
    ).to.deep.equal({ height: 248, narrow: 616 });
  });
});

describe('the builder’s space for a wall reading src', () => {
  // The preview walls report the lists they cannot read: expected here.
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => (errors = watchErrors()));
  afterEach(() => errors.restore());
  const TIERED = '/tests/fixtures/builder-walls/tiered.json';
  const builder = () => fixture<EmbedBuilder>(html`<embed-builder version="0.1.0"></embed-builder>`);
  const control = <T extends HTMLElement = HTMLInputElement>(el: EmbedBuilder, selector: string) =>
    el.shadowRoot!.querySelector<T>(selector)!;

  /** Types a value into a field as a person does, a key at a time (input events), then leaves it (change). */
  async function type(el: EmbedBuilder, id: string, value: string, keyByKey = false) {
    const input = control(el, `#${id}`);
    input.focus();
    for (const typed of keyByKey ? [...value].map((_, i) => value.slice(0, i + 1)) : [value]) {
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  }

  async function wallBuilder(max?: string) {
    const el = await builder();
    control(el, 'input[name="tag"][value="supporter-wall"]').click();
    await el.updateComplete;
    if (max) await type(el, 'f-max', max);
    return el;
  }

  /** The heights the wall's own rule keeps, in the snippet's order: the widest first, then each narrower step. */
  const ownSizes = (snippet: string) =>
    [...snippet.matchAll(/supporter-wall\[src[^{]*::before\{min-block-size:([\d.]+em)\}/g)].map((m) => m[1]);

  /** The wall fits the space kept (nothing below moves) and leaves no blank band under what it draws. */
  async function expectSnippetFits(snippet: string, shown: number, what: string) {
    for (const width of [375, 1280]) {
      const measured = await paste(width, [snippet], [shown]);
      expectFits(measured, [what], width);
      expect(measured[0].height, `${what} at ${width} px: no taller than the space kept`).to.be.at.most(measured[0].reserved + 1);
    }
  }

  it('keeps the space of the tiered list its src gives: the first max in wall order, their headings and “more”', async () => {
    const list = `${TIERED}?max`;
    const real = window.fetch.bind(window);
    const fetches = stubFetch((url, init) => real(url, init));
    try {
      const el = await wallBuilder('5');
      // Each prefix of an address is an address too: only the one typed to the end is read.
      await type(el, 'f-src', list, true);
      // Until the list is read: five logos in a row and the button.
      const unread = ownSizes(el.state.ownSnippet);
      expect(unread[0]).to.equal('15.5em');
      await until(() => ownSizes(el.state.ownSnippet)[0] !== unread[0], 'the space of the list read');
      const snippet = el.state.ownSnippet;
      expect(fetches.calls.map((c) => c.url).filter((url) => url.includes('/builder-walls/'))).to.deep.equal([
        new URL(list, document.baseURI).href,
      ]);
      // One without a tier, three founding members under their heading, one supporter under its own, then "+ 4 more".
      await expectSnippetFits(snippet, 5, 'the wall of five from a tiered src');
      // The frame's suggested height is the same space, at 16px text.
      const [widest, ...narrow] = ownSizes(snippet).map((em) => Math.ceil(parseFloat(em) * 16));
      expect(el.state.iframeSnippet).to.contain(`height:${widest}px`);
      expect(control(el, '#iframe-height-hint').textContent).to.contain(`${widest}px, or ${Math.max(...narrow)}px`);
      // The same settings and list give the same space: a shuffled order changes none of it.
      await type(el, 'f-order', 'shuffle');
      expect(ownSizes(el.state.ownSnippet)).to.deep.equal(ownSizes(snippet));
      expect(control(el, '#f-src-hint').textContent).not.to.contain('Could not read');
    } finally {
      fetches.restore();
    }
  });

  it('keeps the space of every supporter of a tiered list from src when there is no max', async () => {
    const el = await wallBuilder();
    await type(el, 'f-src', `${TIERED}?all`);
    // Until the list is read, the README's six logos.
    expect(ownSizes(el.state.ownSnippet)).to.deep.equal([]);
    await until(() => ownSizes(el.state.ownSnippet).length, 'the space of the list read');
    await expectSnippetFits(el.state.ownSnippet, 9, 'the whole tiered wall from src');
  });

  it('says so beside the field, and keeps max logos without tiers, where the list cannot be read', async () => {
    for (const src of [
      '/tests/fixtures/builder-walls/missing.json',
      '/tests/fixtures/not-json.html',
      'http://127.0.0.1:1/supporters.json',
    ]) {
      const el = await wallBuilder('4');
      await type(el, 'f-src', src);
      await until(() => control(el, '#f-src-hint').textContent?.includes('Could not read this list from here'), `the note for ${src}`);
      expect(control(el, '#f-src-hint').textContent).to.contain('the space kept for the wall assumes no groups');
      // Four logos in a row, three columns, two, one: each with the "+ N more" button.
      expect(ownSizes(el.state.ownSnippet), src).to.deep.equal(['15.5em', '23.25em', '38.5em']);
      expect(el.state.iframeSnippet, src).to.contain('height:248px');
      el.remove();
    }
  });

  it('keeps each src wall’s own space, whichever snippet comes last, however its address is written', async () => {
    // As the builder writes them: a wall whose tiered list it read, then one whose list it could not.
    const tiers = ['Founding members', 'Founding members', undefined, ...Array<string>(5).fill('Supporters'), 'Founding members'];
    const odd = '/tests/fixtures/builder-walls/x.json?q="a"\\b</style>';
    const snippets = [
      elementWithSpace({
        tag: 'supporter-wall',
        attributes: [
          ['src', `${TIERED}?two`],
          ['max', '5'],
        ],
        items: tiers,
      }),
      elementWithSpace({
        tag: 'supporter-wall',
        attributes: [
          ['src', odd],
          ['max', '5'],
        ],
      }),
    ];
    const wrap = document.createElement('div');
    wrap.style.cssText = 'width:1280px;font-size:16px';
    wrap.innerHTML = snippets.join('\n');
    document.body.append(wrap);
    try {
      // Read before the walls run, the space the page first shows: at 80em, three groups in rows of
      // their own and the button, and five logos in two rows of four and the button.
      const [tiered, unread] = wrap.querySelectorAll('supporter-wall');
      expect(unread.getAttribute('src')).to.equal(odd);
      expect([tiered, unread].map((wall) => getComputedStyle(wall, '::before').blockSize)).to.deep.equal([
        `${36.25 * 16}px`,
        `${23.25 * 16}px`,
      ]);
    } finally {
      wrap.remove();
    }
  });
});

/**
 * Where each logo of a pasted snippet, and the text under it, are drawn (from the wall's top
 * corner) in a page at `width` px that runs no script: first while the logos are still to load
 * (lazy, far down the page), then once they have loaded, scrolled into view.
 */
async function beforeAndAfterLoading(markup: string, width: number): Promise<[number[][], number[][]]> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;inset:0 auto auto 0;width:${width}px;height:600px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="en"><body style="margin:0;font:16px/1.5 sans-serif"><div style="height:20000px"></div>${markup}<p>Below the wall</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const doc = frame.contentDocument!;
    const wall = doc.querySelector('supporter-wall')!;
    const images = [...doc.querySelectorAll('img')];
    const boxes = () => {
      const origin = wall.getBoundingClientRect();
      return [...images, doc.querySelector('p')!].map((node) => {
        const box = node.getBoundingClientRect();
        return [box.left - origin.left, box.top - origin.top, box.width, box.height].map((n) => Math.round(n));
      });
    };
    expect(
      images.some((img) => img.complete),
      'no logo loaded yet',
    ).to.equal(false);
    const before = boxes();
    wall.scrollIntoView();
    await until(() => images.every((img) => img.complete && img.naturalWidth > 0), 'every logo loaded');
    await new Promise((r) => requestAnimationFrame(r));
    return [before, boxes()];
  } finally {
    frame.remove();
  }
}

describe('the wall’s logos in the builder’s snippet', () => {
  // A review: where the script was blocked, Firefox ran supporters without a logo together as one
  // line of words ("Off the Record BristolCentre for Social Justice…"); a later one found each
  // written as a picture with nothing to load, which Chromium marks as broken beside its name.
  it('gives each supporter without a logo a box of its own, with its name and no broken picture, where the script does not run', async () => {
    const el = await fixture<EmbedBuilder>(html`<embed-builder version="0.1.0" integrity="sha384-test"></embed-builder>`);
    el.state.setTag('supporter-wall');
    const names = ['Off the Record Bristol', 'Centre for Social Justice', 'Anglia Ruskin University'];
    el.state.setRows(
      'wall',
      names.map((name) => newRow({ name })),
    );
    await el.updateComplete;
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:800px;height:400px;border:0';
    // No script can run in it: the page as a visitor whose browser blocks ours sees it.
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="script-src 'none'"><body style="margin:0">${el.state.ownSnippet}`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      expect(frame.contentDocument!.querySelectorAll('supporter-wall img'), 'no picture without a logo').to.have.length(0);
      const supporters = [...frame.contentDocument!.querySelectorAll('supporter-wall > a')];
      expect(supporters.map((a) => a.textContent)).to.deep.equal(names);
      expect(
        supporters.some((a) => a.hasAttribute('href')),
        'no link where none was given',
      ).to.equal(false);
      const boxes = supporters.map((a) => a.getBoundingClientRect());
      expect(boxes.map((box) => Math.round(box.width))).to.deep.equal([160, 160, 160]);
      expect(boxes[1].left, 'the second name beside the first, not run into it').to.be.at.least(boxes[0].right);
    } finally {
      frame.remove();
    }
    // Where the script runs, the wall reads them as supporters without a link.
    const page = document.createElement('div');
    page.innerHTML = el.state.ownSnippet;
    document.body.append(page);
    try {
      const wall = page.querySelector('supporter-wall') as HTMLElement & { updateComplete: Promise<unknown> };
      await until(() => names.every((name) => wall.shadowRoot?.textContent?.includes(name)), 'the names on the wall');
      expect(wall.shadowRoot!.querySelectorAll('a[href]')).to.have.length(0);
    } finally {
      page.remove();
    }
  });

  it('gives each logo a box of its own size, so nothing moves as the logos load before the script runs (a review: 0.04 at 1280 px)', async () => {
    const el = await fixture<EmbedBuilder>(html`<embed-builder version="0.1.0" integrity="sha384-test"></embed-builder>`);
    el.state.setTag('supporter-wall');
    const logos = [
      '/demo/logos/nspcc.svg',
      '/tests/fixtures/supporter-wall/square.svg',
      '/tests/fixtures/supporter-wall/shape-100x300.svg',
    ];
    el.state.setRows(
      'wall',
      logos.map((logo, i) => newRow({ name: `Supporter ${i + 1}`, logo, ...(i === 1 ? { href: 'https://example.org/two' } : {}) })),
    );
    await el.updateComplete;
    const snippet = el.state.ownSnippet;
    // Every picture has its width and height written, and the style keeps each in one box.
    const images = snippet.match(/<img [^>]*>/g)!;
    expect(images).to.have.length(3);
    for (const img of images) expect(img, img).to.match(/ width="\d+" height="\d+"/);
    expect(snippet).to.contain(
      'supporter-wall>img,supporter-wall>a>img{display:inline-block;inline-size:160px!important;block-size:64px!important;vertical-align:middle;object-fit:contain}',
    );
    // Once the logos have loaded, they and the text under the wall are where they were before.
    for (const width of [1280, 375]) {
      // Addresses of their own, so that no logo comes from the cache already loaded.
      const fresh = snippet.replace(/src="([^"]*)"/g, (_, src: string) => `src="${src}?fresh=${width}"`);
      const [before, after] = await beforeAndAfterLoading(fresh, width);
      expect(after, `at ${width} px`).to.deep.equal(before);
    }
  });
});
