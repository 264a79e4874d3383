import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import type { CampaignBanner } from '../src/campaign-banner/campaign-banner.js';
import { elementWithSpace, everyReserveRule, reserveStyle, type Attributes } from '../src/builder/snippet.js';
import type { Tag } from '../src/builder/catalog.js';
import { json, stubFetch, until, withoutFit } from './helpers.js';

/** How the widgets sit in a partner's page: the space between them and the space they keep. */
describe('layout in the page', () => {
  beforeEach(() => clearCampaignCache());

  it('keeps widgets placed one after another apart, and lets the page override the gap', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <petition-counter count="1200" goal="auto" campaign="none"></petition-counter>
        <share-bar campaign="none"></share-bar>
        <supporter-wall campaign="none"><img alt="Example Trust" src="/tests/fixtures/supporter-wall/square.svg" /></supporter-wall>
      </div>`,
    );
    const [counter, bar, wall] = [...wrap.children] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
    await Promise.all([counter, bar, wall].map((el) => el.updateComplete));
    await until(() => wall.shadowRoot?.querySelector('li'), 'the wall');
    const gap = (a: Element, b: Element) =>
      b.shadowRoot!.firstElementChild!.getBoundingClientRect().top - a.shadowRoot!.firstElementChild!.getBoundingClientRect().bottom;
    const counterBox = counter.shadowRoot!.querySelector('[part="counter"]')!;
    const barBox = bar.shadowRoot!.querySelector('.bar')!;
    expect(barBox.getBoundingClientRect().top - counterBox.getBoundingClientRect().bottom, 'counter to share bar').to.be.at.least(16);
    expect(gap(bar, wall), 'share bar to wall').to.be.at.least(16);
    bar.style.marginBlock = '0';
    counter.style.marginBlock = '0';
    expect(barBox.getBoundingClientRect().top - counterBox.getBoundingClientRect().bottom, 'the page’s own margin wins').to.be.below(1);
  });

  it('lets the reserved space go only when a banner shows nothing in the page', async () => {
    const shown = await fixture<CampaignBanner>(html`<campaign-banner headline="Safer by design" campaign="none"></campaign-banner>`);
    expect(shown.matches(':state(empty)')).to.equal(false);
    const ended = await fixture<CampaignBanner>(
      html`<campaign-banner headline="Over" end="2020-01-01T00:00:00Z" campaign="none"></campaign-banner>`,
    );
    expect(ended.matches(':state(empty)')).to.equal(true);
    expect(getComputedStyle(ended).marginBlockStart).to.equal('0px');
    const bar = await fixture<CampaignBanner>(html`<campaign-banner mode="bottom" headline="A bar" campaign="none"></campaign-banner>`);
    expect(bar.matches(':state(empty)'), 'a fixed bar takes no room in the page').to.equal(true);
    // While its campaign file is on its way, the banner is not empty: the space waits with it.
    let answer!: () => void;
    const fetches = stubFetch(
      () => new Promise<Response>((resolve) => (answer = () => resolve(json({ banner: { headline: 'From the file' } })))),
    );
    try {
      const waiting = await fixture<CampaignBanner>(html`<campaign-banner campaign="/layout-campaign.json"></campaign-banner>`);
      await until(() => answer, 'the request');
      expect(waiting.matches(':state(empty)')).to.equal(false);
      // Nor does it push the page down with its own gap while there is nothing to show yet: a
      // full-page banner at the top of a page moved it 16 px down and back as its file arrived.
      expect(getComputedStyle(waiting).marginBlockStart, 'no gap around nothing yet').to.equal('0px');
      answer();
      await until(() => waiting.shadowRoot!.querySelector('[part="headline"]'), 'the headline from the file');
      expect(waiting.matches(':state(empty)')).to.equal(false);
      await until(
        () => getComputedStyle(waiting).marginBlockStart === getComputedStyle(waiting).fontSize,
        'the gap (1em) once it shows its headline',
      );
    } finally {
      fetches.restore();
    }
  });

  /**
   * A widget placed with the builder's snippet style (its reserved space for these settings), in a
   * container `width` px wide: the space it keeps before its script runs, and the height of what it
   * draws (the bottom of its lowest box in its shadow root, from its top).
   */
  async function placed(tag: Tag, attributes: Attributes, width: number, font = '16px/1.5 system-ui, sans-serif') {
    const style = document.createElement('style');
    style.textContent = withoutFit(/<style>(.*)<\/style>/.exec(reserveStyle(tag, attributes))![1]);
    document.head.append(style);
    const wrap = document.createElement('div');
    wrap.style.cssText = `width:${width}px;font:${font}`;
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    for (const [name, value] of attributes) el.setAttribute(name, value === true ? '' : value);
    wrap.append(el);
    document.body.append(wrap);
    await el.updateComplete;
    // A trust line shows once its source answers.
    const has = (name: string) => attributes.some(([n]) => n === name);
    if (has('source') && has('show-source')) await until(() => !!el.shadowRoot!.querySelector('[part="source"]'), 'the trust line');
    await new Promise((r) => requestAnimationFrame(r));
    // The space alone: what the page shows before the element draws (its ::before float).
    const reserved = parseFloat(getComputedStyle(el, '::before').blockSize);
    const top = el.getBoundingClientRect().top;
    const drawn = Math.max(...[...el.shadowRoot!.querySelectorAll('*')].map((node) => node.getBoundingClientRect().bottom - top));
    const height = el.getBoundingClientRect().height;
    wrap.remove();
    style.remove();
    return { reserved, drawn, height };
  }

  const share = navigator.share;
  before(() => {
    // As on phones: the device's share button is one more (the space is for it).
    (navigator as { share?: unknown }).share = () => Promise.resolve();
  });
  after(() => ((navigator as { share?: unknown }).share = share));

  const placements: Array<[string, Tag, Attributes]> = [
    ['a share bar', 'share-bar', [['campaign', 'none']]],
    [
      'a compact share bar',
      'share-bar',
      [
        ['campaign', 'none'],
        ['compact', true],
      ],
    ],
    [
      'a counter with a goal and a sign link',
      'petition-counter',
      [
        ['campaign', 'none'],
        ['count', '14000000'],
        ['goal', 'auto'],
        ['href', 'https://example.org/sign'],
      ],
    ],
    [
      'a statistic with its source',
      'petition-counter',
      [
        ['campaign', 'none'],
        ['count', '14000000'],
        ['format', 'long'],
        ['label', 'reports in one year'],
        ['show-source', true],
        ['cite', 'NCMEC'],
      ],
    ],
  ];
  for (const [what, tag, attributes] of placements)
    for (const width of [300, 700])
      it(`keeps room for ${what} ${width} px wide that it fills, leaving no blank band`, async () => {
        const { reserved, drawn, height } = await placed(tag, attributes, width);
        // Nothing moves when it draws: what it draws fits the space kept for it (1 px for rounding)...
        expect(drawn, 'drawn within the space kept').to.be.at.most(reserved + 1);
        // ...and no more than 16 px of that space is left empty under it.
        expect(height - drawn, 'blank under it').to.be.at.most(16);
        expect(height).to.be.closeTo(reserved, 0.5);
      });

  // Words longer than the ones each space was first measured with (a Firefox review's "No Place
  // To Hide" page moved 77 px as they arrived): the builder picks a space measured with longer
  // words by their length. A space is the tallest of serif and sans-serif, 16 and 18 px, and the
  // page's line heights, so in one font more of it may stay blank: at most 3.5em here.
  const longerWords: Array<[string, Tag, Attributes]> = [
    [
      'a cited statistic with words of its own (no show-source)',
      'petition-counter',
      [
        ['campaign', 'none'],
        ['count', '14000000'],
        ['format', 'long'],
        ['label', 'reports of suspected child sexual abuse material in one year'],
        ['cite', 'NCMEC'],
      ],
    ],
    [
      'a banner with an 80-character content warning and the exit',
      'campaign-banner',
      [
        ['campaign', 'none'],
        ['mode', 'inline'],
        ['headline', 'No Place To Hide'],
        ['message', 'Encrypting messages without safeguards would give abusers a place to hide.'],
        ['cta-label', 'Add your name'],
        ['cta-href', 'https://example.org/sign'],
        ['warning', 'This page discusses child sexual abuse material. You can leave it at any time.'],
        ['support-label', 'Need to talk? Call our helpline'],
        ['support-href', 'https://example.org/helpline'],
      ],
    ],
    [
      'a banner with a four-line message',
      'campaign-banner',
      [
        ['campaign', 'none'],
        ['mode', 'inline'],
        ['headline', 'Safer by design'],
        [
          'message',
          'Encrypting messages without safeguards would give abusers a place to hide. Tell the platforms to keep detecting known abuse images.',
        ],
        ['cta-label', 'Add your name'],
        ['cta-href', 'https://example.org/sign'],
      ],
    ],
  ];
  // A share bar's labels in Welsh and French run longer than English's and wrap a row sooner (a
  // review's Welsh page moved 48 px at 1280 px): the snippet keeps the languages' space (`:lang()`).
  for (const lang of ['cy', 'fr'])
    for (const width of [300, 700, 1000])
      it(`keeps room for a share bar in ${lang} ${width} px wide: nothing moves when it draws`, async () => {
        const { reserved, drawn, height } = await placed(
          'share-bar',
          [
            ['campaign', 'none'],
            ['lang', lang],
          ],
          width,
        );
        expect(drawn, 'drawn within the space kept').to.be.at.most(reserved + 1);
        expect(height - drawn, 'blank under it').to.be.at.most(56);
      });

  for (const [what, tag, attributes] of longerWords)
    for (const width of [300, 700])
      it(`keeps room for ${what} ${width} px wide: nothing moves when it draws`, async () => {
        const { reserved, drawn, height } = await placed(tag, attributes, width);
        expect(drawn, 'drawn within the space kept').to.be.at.most(reserved + 1);
        expect(height - drawn, 'blank under it').to.be.at.most(56);
      });

  it('keeps a banner behind a content warning the room its own font needs, in narrow and wide families alike: nothing moves', async () => {
    // Its steps read both the font's "0" (`ch`, its words) and its `em` (buttons, padding). By
    // `ch` alone, measured in two families, a banner in Palatino's or Century Gothic's metrics
    // (P052, URW Gothic) drew a line more than its space at a phone's width, and the page moved.
    const attributes: Attributes = [
      ['campaign', 'none'],
      ['mode', 'inline'],
      ['headline', 'What survivors have asked for'],
      ['warning', 'This message discusses the sexual abuse of children.'],
      ['support-label', 'Need to talk? Our helpline is open every day'],
      ['support-href', 'https://example.org/helpline'],
      ['message', 'A calm, factual message.'],
      ['cta-label', 'Read their letter'],
      ['cta-href', 'https://example.org/letter'],
      ['dismissible', true],
    ];
    const families = ['Georgia, serif', 'system-ui, sans-serif', 'P052, serif', "'URW Gothic', sans-serif", "'DejaVu Serif', serif"];
    for (const family of families)
      for (const width of [256, 288, 311, 343, 500, 704, 1000]) {
        const { reserved, drawn, height } = await placed('campaign-banner', attributes, width, `16px/1.6 ${family}`);
        const where = `${family}, ${width} px`;
        // Measured in Chromium; Firefox draws a Palatino 3 px taller at 256 px.
        expect(drawn, `drawn within the space kept, ${where}`).to.be.at.most(reserved + 3);
        // The space is the tallest of the families measured. Times (Chromium's Georgia here) and
        // Palatino (P052) have the same "0" and Palatino's words are wider, which no CSS unit
        // tells apart: either may be kept up to two lines it does not draw; the others no more
        // than 16 px.
        const sameZero = family === 'Georgia, serif' || family === 'P052, serif';
        expect(height - drawn, `blank under it, ${where}`).to.be.at.most(sameZero ? 56 : 16);
      }
  });

  it('keeps a share bar the rows its own font needs, in narrow and wide families alike: nothing moves, and no blank row stays', async () => {
    // By `em` alone, a wide serif at 920 px drew a row more than its space (the page moved), and
    // the browser's Times at 375 px was kept a row it never drew; the steps read both the font's
    // "0" (`ch`) and its `em`, measured in these families.
    const families = [
      "'Times New Roman', serif",
      'system-ui, sans-serif',
      'P052, serif',
      "'URW Gothic', sans-serif",
      "'DejaVu Serif', serif",
    ];
    for (const family of families)
      for (const [size, width] of [
        [16, 256],
        [16, 288],
        [16, 500],
        [16, 736],
        [16, 920],
        [16, 1248],
        [18, 288],
        [18, 736],
      ]) {
        const { reserved, drawn, height } = await placed('share-bar', [['campaign', 'none']], width, `${size}px/1.5 ${family}`);
        const where = `${size}px ${family}, ${width} px`;
        expect(drawn, `drawn within the space kept, ${where}`).to.be.at.most(reserved + 1);
        // The columns of a 320 px phone and a 1,280 px page (the bench's), and the widest.
        if ([288, 736, 1248].includes(width)) expect(height - drawn, `blank under it, ${where}`).to.be.at.most(16);
      }
  });

  it('keeps room that a counter of five to eight digits fills, in a serif page too, its words of its own too', async () => {
    // A narrow counter draws every count alike (its words under the number; the goal and source
    // lines as many lines as an eight-digit count's need), so the space for eight digits fits six.
    // From 14em: narrower, a sign link's words may wrap in one font and not in another.
    // The petitions service is answered here: petition N has N signatures.
    const fetches = stubFetch((url) => json({ signature_count: Number(/petitions\/(\d+)\//.exec(url)![1]) }));
    const words = 'signatures and pledges across the coalition';
    try {
      for (const font of ['16px/1.5 system-ui, sans-serif', '18px/1.7 Georgia, serif'])
        for (const width of [256, 320, 700])
          for (const count of ['12345', '118342', '14000000'])
            for (const more of [
              [['count', count]],
              [
                ['source', `uk-parliament:${count}`],
                ['show-source', true],
              ],
              [
                ['count', count],
                ['label', words],
              ],
            ] as Attributes[]) {
              const attributes: Attributes = [['campaign', 'none'], ['goal', 'auto'], ['href', 'https://example.org/sign'], ...more];
              const { reserved, drawn, height } = await placed('petition-counter', attributes, width, font);
              const what = `${more.map(([name]) => name).join(' ')} ${count} in ${font}, ${width} px`;
              expect(drawn, `drawn within the space kept, ${what}`).to.be.at.most(reserved + 1);
              expect(height - drawn, `blank under it, ${what}`).to.be.at.most(16);
            }
    } finally {
      fetches.restore();
    }
  });

  it('keeps a statistic with words of its own the lines its own font needs, in narrow and wide families alike: nothing moves', async function () {
    this.timeout(60_000);
    // Its words wrap by the width of the font's own characters: its steps read both the font's "0"
    // (`ch`) and its `em`. By `em` alone, measured in two families, a cited statistic in DejaVu
    // Serif drew a line more than its space at a phone's width and the page moved.
    const families = [
      'Georgia, serif',
      'system-ui, sans-serif',
      'Arial, sans-serif',
      'P052, serif',
      'C059, serif',
      "'URW Gothic', sans-serif",
      "'DejaVu Serif', serif",
    ];
    for (const label of [
      'signatures and pledges across the coalition',
      'reports of suspected child sexual abuse material in a single year',
      'reports of suspected child sexual abuse material made to the tipline in one single year',
    ])
      for (const cite of [true, false]) {
        const attributes: Attributes = [
          ['campaign', 'none'],
          ['count', '14000000'],
          ['format', 'long'],
          ['label', label],
          ...(cite ? ([['cite', 'NCMEC']] as Attributes) : []),
        ];
        // One style at a time: each size's selector is for its own settings only.
        const style = document.createElement('style');
        style.textContent = withoutFit(/<style>(.*)<\/style>/.exec(reserveStyle('petition-counter', attributes))![1]);
        document.head.append(style);
        const placedHere = families.flatMap((family) =>
          [16, 18].map((size) => {
            const wrap = document.createElement('div');
            wrap.style.font = `${size}px/1.6 ${family}`;
            const el = document.createElement('petition-counter') as HTMLElement & { updateComplete: Promise<unknown> };
            for (const [name, value] of attributes) el.setAttribute(name, value === true ? '' : value);
            wrap.append(el);
            document.body.append(wrap);
            return { wrap, el, size, family };
          }),
        );
        try {
          await Promise.all(placedHere.map(({ el }) => el.updateComplete));
          // A phone's columns to a wide page's, each width the space may step at.
          for (let width = 240; width <= 1000; width += 4) {
            for (const { wrap } of placedHere) wrap.style.width = `${width}px`;
            await new Promise((r) => requestAnimationFrame(r));
            for (const { el, size, family } of placedHere) {
              const reserved = parseFloat(getComputedStyle(el, '::before').blockSize);
              const top = el.getBoundingClientRect().top;
              const drawn = Math.max(...[...el.shadowRoot!.querySelectorAll('*')].map((node) => node.getBoundingClientRect().bottom - top));
              const where = `${label.length} characters${cite ? ', cited' : ''}, ${size}px ${family}, ${width} px`;
              expect(drawn, `drawn within the space kept, ${where}`).to.be.at.most(reserved + 1);
              // The space is the tallest of the eight families measured: one may be kept a line or
              // two that another, as wide in `ch` and `em`, draws (Times and Palatino share a "0").
              expect(el.getBoundingClientRect().height - drawn, `blank under it, ${where}`).to.be.at.most(size * 3 + 8);
            }
          }
        } finally {
          for (const { wrap } of placedHere) wrap.remove();
          style.remove();
        }
      }
  });

  it('keeps a widget as wide as the room it is given in a flex row, not shrunk to nothing by its space', async () => {
    const style = document.createElement('style');
    style.textContent = withoutFit(/<style>(.*)<\/style>/.exec(reserveStyle('share-bar', [['campaign', 'none']]))![1]);
    document.head.append(style);
    const row = document.createElement('div');
    row.style.cssText = 'display:flex;gap:1em;width:700px';
    row.innerHTML = '<p style="margin:0">Follow us</p><share-bar campaign="none" networks="x email"></share-bar>';
    document.body.append(row);
    const bar = row.querySelector('share-bar') as HTMLElement & { updateComplete: Promise<unknown> };
    await bar.updateComplete;
    const buttons = [...bar.shadowRoot!.querySelectorAll('a, button')].filter((b) => b.getBoundingClientRect().width > 0);
    expect(bar.getBoundingClientRect().width, 'the bar’s width').to.be.above(300);
    // Every button lies within the bar, none squeezed out of it.
    for (const button of buttons) expect(button.getBoundingClientRect().right).to.be.at.most(bar.getBoundingClientRect().right + 1);
    row.remove();
    style.remove();
  });

  it('keeps the rows of the wall it writes: the builder knows how many supporters, and in which tiers', async () => {
    const logo = '/demo/logos/nspcc.svg';
    for (const [children, width] of [
      [Array.from({ length: 6 }, (_, i) => `<img src="${logo}" alt="Supporter ${i + 1}">`), 1100],
      [Array.from({ length: 15 }, (_, i) => `<img src="${logo}" alt="Supporter ${i + 1}">`), 360],
      [
        Array.from({ length: 7 }, (_, i) => `<img src="${logo}" alt="Supporter ${i + 1}"${i < 2 ? ' data-tier="Lead partners"' : ''}>`),
        700,
      ],
    ] as const) {
      const snippet = elementWithSpace({ tag: 'supporter-wall', attributes: [['campaign', 'none']], children: [...children] });
      const wrap = document.createElement('div');
      wrap.style.cssText = `width:${width}px;font:16px/1.5 system-ui, sans-serif`;
      wrap.innerHTML = snippet;
      document.body.append(wrap);
      const wall = wrap.querySelector('supporter-wall') as HTMLElement & { updateComplete: Promise<unknown> };
      const reserved = parseFloat(getComputedStyle(wall, '::before').blockSize);
      await wall.updateComplete;
      await until(() => wall.shadowRoot!.querySelectorAll('li').length === children.length, 'the logos');
      const top = wall.getBoundingClientRect().top;
      const drawn = Math.max(...[...wall.shadowRoot!.querySelectorAll('*')].map((n) => n.getBoundingClientRect().bottom - top));
      const where = `${children.length} supporters, ${width} px`;
      expect(drawn, `drawn within the space kept: ${where}`).to.be.at.most(reserved + 1);
      expect(wall.getBoundingClientRect().height - drawn, `blank under it: ${where}`).to.be.at.most(16);
      wrap.remove();
    }
  });

  // The README's style keeps each widget's usual space; a widget that draws less there (fewer
  // networks, no goal, no message; or a page font that wraps a line fewer than the tallest
  // measured) keeps that room inside its own box, which paints it: no blank band under the box,
  // and nothing moves.
  const drawsLess: Array<[string, Tag, Attributes]> = [
    ['a share bar of one network', 'share-bar', [['networks', 'email']]],
    ['a counter without a goal or a sign link', 'petition-counter', [['count', '1200']]],
    [
      'a banner without a message',
      'campaign-banner',
      [
        ['mode', 'inline'],
        ['headline', 'Safer by design'],
      ],
    ],
  ];
  /** The README's style and `tag` with `attributes` in a 300 px column, after `before` px of page. */
  async function inReadmeStyle(tag: Tag, attributes: Attributes, before = 0, onScreen = false) {
    const style = document.createElement('style');
    style.textContent = everyReserveRule([tag]).join('');
    document.head.append(style);
    const wrap = document.createElement('div');
    wrap.style.cssText = `width:300px;font:16px/1.5 system-ui, sans-serif;padding-top:${before}px`;
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    for (const [name, value] of [['campaign', 'none'], ...attributes])
      el.setAttribute(name as string, value === true ? '' : (value as string));
    // What the page goes on with after the widget: a visitor reads this.
    const after = document.createElement('p');
    after.textContent = 'The article goes on.';
    after.style.marginBlockEnd = '200vh';
    wrap.append(el, after);
    const shade = document.createElement('div');
    shade.style.cssText = 'position:absolute;inset-inline-start:-999px;width:300px;font:16px/1.5 system-ui, sans-serif';
    const twin = el.cloneNode() as typeof el;
    // A container of its own width, as the style makes it (the counter's lines step by it).
    twin.style.cssText = 'display:flow-root;container-type:inline-size';
    shade.attachShadow({ mode: 'open' }).append(twin);
    document.body.append(wrap, shade);
    // The space the style keeps, read before the element can have fitted what it draws.
    const kept = parseFloat(getComputedStyle(el, '::before').blockSize);
    if (onScreen) scrollTo(0, el.getBoundingClientRect().top + scrollY - 10);
    await Promise.all([el.updateComplete, twin.updateComplete]);
    await new Promise((r) => requestAnimationFrame(r));
    const box = el.shadowRoot!.querySelector('[part]:is(section, div)')!;
    return {
      el,
      box,
      after,
      kept,
      /** How far down its own box the element's content reaches. */
      content: () => Math.max(...[...box.querySelectorAll('*')].map((node) => node.getBoundingClientRect().bottom)),
      /** As tall as the same widget where no space is kept (in a shadow root, which the page's style does not reach). */
      fits: () => Math.abs(el.getBoundingClientRect().height - twin.getBoundingClientRect().height) < 1,
      remove: () => {
        wrap.remove();
        shade.remove();
        style.remove();
        scrollTo(0, 0);
      },
    };
  }

  for (const [what, tag, attributes] of drawsLess)
    it(`gives ${what} the room the README's style keeps, inside its own box`, async () => {
      const { el, box, kept, content, fits, remove } = await inReadmeStyle(tag, attributes);
      try {
        const host = el.getBoundingClientRect();
        expect(content() - host.top, 'it draws less than the space kept').to.be.below(kept - 16);
        expect(host.height, 'nothing moves: as tall as the space').to.be.closeTo(kept, 0.5);
        expect(host.bottom - box.getBoundingClientRect().bottom, 'no blank band under its box').to.be.at.most(1);
        expect(getComputedStyle(box).backgroundColor, 'the box paints the room').not.to.equal('rgba(0, 0, 0, 0)');
        // Its content sits in the middle of its box (a banner's close button stays in its corner).
        const flow = [...box.querySelectorAll('*')]
          .filter((node) => getComputedStyle(node).position !== 'absolute')
          .map((node) => node.getBoundingClientRect())
          .filter((r) => r.height > 1);
        const [above, below] = [Math.min(...flow.map((r) => r.top)) - host.top, host.bottom - content()];
        expect(above, 'about as much room above its content as below (their margins apart)').to.be.closeTo(below, 12);
        await new Promise((r) => setTimeout(r, 300));
        expect(fits(), 'in sight, it keeps the room').to.equal(false);
      } finally {
        remove();
      }
    });

  // The room goes where nobody sees anything move: below the screen, where what follows is too.
  // Above it, what the visitor reads would move (where a browser anchors scrolling it would not,
  // but not every browser does): it stays.
  for (const [what, tag, attributes] of drawsLess) {
    it(`lets ${what} below the screen be as tall as what it draws`, async () => {
      const { el, kept, fits, remove } = await inReadmeStyle(tag, attributes, innerHeight * 1.5);
      try {
        expect(el.getBoundingClientRect().top, 'below the screen').to.be.above(innerHeight);
        await until(fits, 'the box to fit what it draws');
        expect(el.getBoundingClientRect().height, 'shorter than the space').to.be.below(kept - 16);
      } finally {
        remove();
      }
    });

    it(`keeps ${what} its room once scrolled past above the screen: what the visitor reads does not move`, async () => {
      const { el, after, fits, remove } = await inReadmeStyle(tag, attributes);
      try {
        scrollTo(0, el.getBoundingClientRect().bottom + scrollY + 4);
        const read = after.getBoundingClientRect().top;
        expect(read, 'the next words on screen').to.be.within(0, innerHeight);
        await new Promise((r) => setTimeout(r, 300));
        expect(fits(), 'it keeps the room').to.equal(false);
        expect(after.getBoundingClientRect().top, 'what the visitor reads has not moved').to.be.closeTo(read, 1);
      } finally {
        remove();
      }
    });

    it(`lets ${what} that was seen give its room back once the visitor scrolls up away from it`, async () => {
      const { el, kept, fits, remove } = await inReadmeStyle(tag, attributes, innerHeight * 1.5, true);
      try {
        expect(el.getBoundingClientRect().top, 'on screen as it draws').to.be.within(0, innerHeight);
        await new Promise((r) => setTimeout(r, 300));
        expect(fits(), 'on screen, it keeps the room').to.equal(false);
        scrollTo(0, 0);
        await until(fits, 'the box to fit what it draws');
        expect(el.getBoundingClientRect().height, 'shorter than the space').to.be.below(kept - 16);
      } finally {
        remove();
      }
    });
  }
});
