import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupporterWall } from '../src/supporter-wall/supporter-wall.js';
import { groupByTier, logoShape, ordered, shuffle } from '../src/supporter-wall/supporters.js';
import { stubFetch, until, watchErrors } from './helpers.js';

const LIST = '/tests/fixtures/supporter-wall/list.json';
const names = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.querySelector('img')?.alt ?? li.textContent!.trim());

/** The demo's fifteen coalition logos (demo/logos), with the demo's tiers. */
const DEMO = '/demo/supporters.json';
const demoLogo = (name: string) => `/demo/logos/${name}.svg`;

/**
 * A logo's box as drawn: object-fit: contain draws the image inside its box, so the drawn part,
 * not the box, is what a visitor sees.
 */
function drawn(img: HTMLImageElement) {
  const box = img.getBoundingClientRect();
  const ratio = img.naturalWidth / img.naturalHeight;
  const width = Math.min(box.width, box.height * ratio);
  return { width, height: width / ratio, area: (width * width) / ratio };
}

/**
 * How high a demo logo's words are drawn: the height of its text line (the SVG's font-size, as a
 * share of its viewBox height) at the logo's drawn height. Anglia Ruskin University's line is
 * 19 of 40 units: its words are about half the logo's height, not all of it.
 */
const svgs = new Map<string, { share: number; ratio: number }>();
async function textHeight(img: HTMLImageElement): Promise<number> {
  let svg = svgs.get(img.src);
  if (!svg) {
    const doc = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml');
    const [, , width, height] = doc.documentElement.getAttribute('viewBox')!.split(/\s+/).map(Number);
    svg = { share: Number(doc.querySelector('text')!.getAttribute('font-size')) / height, ratio: width / height };
    svgs.set(img.src, svg);
  }
  // The SVG's own shape: WebKit gives an SVG in the page its drawn size, rounded down, as its
  // natural size, a per cent or two off the shape.
  const box = img.getBoundingClientRect();
  return Math.min(box.height, box.width / svg.ratio) * svg.share;
}

/** Waits until every logo of a wall has loaded and been sized, scrolling lazy ones into view. */
async function sizedLogos(wall: Element, count: number): Promise<HTMLImageElement[]> {
  const imgs = await until(() => {
    const all = [...wall.shadowRoot!.querySelectorAll('img')];
    if (all.length !== count) return false;
    const waiting = all.find((img) => !(img.complete && img.naturalWidth && img.getAttribute('style')));
    waiting?.scrollIntoView({ block: 'center', inline: 'center' });
    return !waiting && all;
  }, `${count} logos loaded and sized`);
  window.scrollTo(0, 0);
  return imgs;
}

/** Columns of the wall's widest list: the cells in its first row. */
const columns = (wall: Element) =>
  Math.max(
    ...[...wall.shadowRoot!.querySelectorAll('ul')].map((ul) => {
      const cells = [...ul.children].map((li) => li.getBoundingClientRect().top);
      return cells.filter((top) => Math.abs(top - cells[0]) < 1).length;
    }),
  );

async function loadedWall(template: ReturnType<typeof html>, count: number) {
  const el = await fixture<SupporterWall>(template);
  await until(() => el.shadowRoot!.querySelectorAll('li').length === count, `${count} logos`);
  return el;
}

describe('supporter-wall', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => (errors = watchErrors()));
  afterEach(() => errors.restore());

  it('shows supporters from a JSON list, grouped by tier in order of first appearance', async () => {
    const el = await loadedWall(html`<supporter-wall src=${LIST}></supporter-wall>`, 4);
    const tiers = [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent);
    expect(tiers).to.deep.equal(['Lead partners', 'Supporters']);
    expect(names(el)).to.deep.equal(['Wide Wordmark Trust', 'Square Crest Society', 'Broken Logo Network', 'Ángel Foundation']);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Supported by');
  });

  it('leaves out and reports a supporter without a name or with an unsafe URL', async () => {
    await loadedWall(html`<supporter-wall src=${LIST}></supporter-wall>`, 4);
    // The list's broken logo is reported too, whenever it fails to load; this is about the left-out.
    const messages = errors.events.filter((e) => e.attribute === 'src' && e.message.endsWith('left out')).map((e) => e.message);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.contain('supporter 4 has no "name"');
    expect(messages[1]).to.contain('"Unsafe Link Org" has an unsafe href URL');
    expect(errors.warnings[0]).to.contain('<supporter-wall> src');
  });

  it('names each linked logo by the supporter and shows the name when a logo fails', async () => {
    const el = await loadedWall(html`<supporter-wall src=${LIST}></supporter-wall>`, 4);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="https://example.org/wide"]')!;
    expect(link.querySelector('img')!.alt).to.equal('Wide Wordmark Trust');
    const broken = await until(
      () => [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent!.trim() === 'Broken Logo Network'),
      'fallback name',
    );
    expect(broken.querySelector('img')).to.equal(null);
    // The campaign team hears of it, named by the list it came from.
    const report = await until(() => errors.events.find((e) => e.message.includes('Broken Logo Network')), 'the report');
    expect(report).to.include({ element: 'supporter-wall', attribute: 'src' });
    expect(report!.message).to.match(/^the logo of "Broken Logo Network" \(.+\) did not load; showing the name$/);
    await expect(el).to.be.accessible();
  });

  it('shows a failed logo’s whole name, also with the visitor’s own text spacing (WCAG 1.4.12)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em">
        <supporter-wall src=${LIST}></supporter-wall>
      </div>`,
    );
    const el = wrap.querySelector('supporter-wall')!;
    const name = await until(
      () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.name')].find((n) => n.textContent!.trim() === 'Broken Logo Network'),
      'the name in place of the logo',
    );
    const [text, tile] = [name.getBoundingClientRect(), name.closest('li')!.getBoundingClientRect()];
    expect(text.bottom, 'inside its tile').to.be.at.most(tile.bottom + 0.5);
    expect(text.top).to.be.at.least(tile.top - 0.5);
  });

  it('gives a wide wordmark and a square crest the same visual area', async () => {
    const el = await loadedWall(html`<supporter-wall src=${LIST} style="inline-size: 40rem"></supporter-wall>`, 4);
    const [wide, square] = await until(() => {
      const imgs = [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img')].slice(0, 2);
      return imgs.every((img) => img.style.getPropertyValue('--_shape')) && imgs;
    }, 'sized logos');
    const area = (img: HTMLImageElement) => {
      const r = img.getBoundingClientRect();
      const ratio = img.naturalWidth / img.naturalHeight;
      // object-fit: contain draws the image inside its box; measure what is drawn.
      const drawnWidth = Math.min(r.width, r.height * ratio);
      return drawnWidth * (drawnWidth / ratio);
    };
    expect(area(wide) / area(square)).to.be.within(0.8, 1.25);
    expect(wide.getBoundingClientRect().width).to.be.greaterThan(square.getBoundingClientRect().width * 1.8);
  });

  it('reserves fixed space for each logo so nothing shifts when images arrive', async () => {
    const el = await fixture<SupporterWall>(
      html`<supporter-wall style="inline-size: 30rem">
        <img alt="Late Logo" src="/tests/fixtures/supporter-wall/wide.svg" />
      </supporter-wall>`,
    );
    const cell = el.shadowRoot!.querySelector('li')!;
    const before = cell.getBoundingClientRect().height;
    await until(() => el.shadowRoot!.querySelector<HTMLImageElement>('img')!.style.getPropertyValue('--_shape'), 'logo loaded');
    expect(cell.getBoundingClientRect().height).to.equal(before);
    expect(before).to.be.greaterThan(0);
  });

  it('reads light-DOM links and images as supporters, merged after the list', async () => {
    const el = await loadedWall(
      html`<supporter-wall src=${LIST}>
        <a href="https://example.org/local"><img alt="Local Helpline" src="/tests/fixtures/supporter-wall/square.svg" /></a>
        <img alt="Square Crest Society" src="/tests/fixtures/supporter-wall/square.svg" />
      </supporter-wall>`,
      5,
    );
    expect(names(el)).to.include('Local Helpline');
    expect(names(el).filter((n) => n === 'Square Crest Society')).to.have.length(1);
  });

  it('reads supporters from the campaign file', async () => {
    const el = await loadedWall(html`<supporter-wall campaign="/tests/fixtures/campaign.json"></supporter-wall>`, 1);
    expect(names(el)).to.deep.equal(['Example Trust']);
  });

  it('orders alphabetically by the visitor’s language', async () => {
    const el = await loadedWall(html`<supporter-wall src=${LIST} order="alphabetical" lang="es"></supporter-wall>`, 4);
    const all = [...el.shadowRoot!.querySelectorAll('ul')].flatMap((ul) =>
      [...ul.querySelectorAll('li')].map((li) => li.querySelector('img')?.alt ?? li.textContent!.trim()),
    );
    // Tiers keep their order of first appearance; the order applies within each tier.
    expect(all).to.deep.equal(['Square Crest Society', 'Wide Wordmark Trust', 'Ángel Foundation', 'Broken Logo Network']);
    expect(ordered([{ name: 'b' }, { name: 'Á' }, { name: 'a' }], 'alphabetical', 'en').map((s) => s.name)).to.deep.equal(['Á', 'a', 'b']);
  });

  it('orders the demo’s English wall as the collator does, without building one', async () => {
    const supporters: Array<{ name: string }> = await (await fetch('/demo/supporters.json')).json();
    const collator = new Intl.Collator(['en', 'en'], { sensitivity: 'base', ignorePunctuation: true });
    const { Collator } = Intl;
    // A page's first collator loads ICU's collation data: an English wall of plain names has none.
    Intl.Collator = function () {
      throw new Error('built an Intl.Collator');
    } as unknown as typeof Intl.Collator;
    try {
      const names = ordered(supporters, 'alphabetical', 'en').map((s) => s.name);
      expect(names).to.deep.equal(supporters.map((s) => s.name).sort(collator.compare));
    } finally {
      Intl.Collator = Collator;
    }
  });

  it('shuffles fairly: every supporter shown, and the order varies between visits', () => {
    const people = Array.from({ length: 15 }, (_, i) => ({ name: `Org ${i}` }));
    const orders = new Set<string>();
    const firsts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const out = shuffle(people);
      expect(out.map((p) => p.name).sort()).to.deep.equal(people.map((p) => p.name).sort());
      orders.add(out.map((p) => p.name).join());
      firsts.set(out[0].name, (firsts.get(out[0].name) ?? 0) + 1);
    }
    expect(orders.size).to.be.greaterThan(2900);
    // Each of 15 supporters leads about 200 times in 3000; none is starved or favoured.
    for (const count of firsts.values()) expect(count).to.be.within(120, 290);
    expect(firsts.size).to.equal(15);
  });

  it('caps the wall with "+ N more" that reveals the rest and moves focus to them', async () => {
    const el = await loadedWall(html`<supporter-wall src=${LIST} max="2"></supporter-wall>`, 2);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="more"]')!;
    expect(more.textContent!.trim()).to.equal('+ 2 more supporters');
    more.click();
    await until(() => el.shadowRoot!.querySelectorAll('li').length === 4, 'all logos');
    expect(el.shadowRoot!.querySelector('button[part="more"]')).to.equal(null);
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.closest('li')).to.equal(el.shadowRoot!.querySelectorAll('li')[2]);
  });

  it('adds a partner-attributed join link after the logos', async () => {
    const el = await loadedWall(
      html`<supporter-wall src=${LIST} join-href="https://example.org/join" partner="riverside" lang="fr"></supporter-wall>`,
      4,
    );
    const join = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.join')!;
    expect(join.textContent!.trim()).to.equal('Rejoindre la coalition');
    expect(new URL(join.href).searchParams.get('utm_source')).to.equal('riverside');
  });

  it('greys logos only with monochrome, restoring colour on hover or focus', async () => {
    const el = await loadedWall(html`<supporter-wall src=${LIST} monochrome></supporter-wall>`, 4);
    const img = await until(() => el.shadowRoot!.querySelector('img'), 'img');
    expect(getComputedStyle(img).filter).to.equal('grayscale(1)');
    const plain = await loadedWall(html`<supporter-wall src=${LIST}></supporter-wall>`, 4);
    expect(getComputedStyle(plain.shadowRoot!.querySelector('img')!).filter).to.equal('none');
  });

  it('keeps the "+ N more" button and the join link far enough apart that their focus rings never meet', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar">
        <supporter-wall src=${LIST} max="2" join-href="https://example.org/join"></supporter-wall>
      </div>`,
    );
    const el = wrap.querySelector('supporter-wall')!;
    const [more, join] = await until(() => {
      const pair = [el.shadowRoot!.querySelector('[part="more"]'), el.shadowRoot!.querySelector('[part="join"]')];
      return pair.every(Boolean) && (pair as Element[]);
    }, 'the button and the link');
    // Each focus ring reaches 5px beyond its box: a 3px outline 2px away (src/core/theme.ts).
    const ring = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left - 5, right: r.right + 5, top: r.top - 5, bottom: r.bottom + 5 };
    };
    for (const dir of ['rtl', 'ltr'])
      for (const width of [240, 320, 420, 640]) {
        wrap.dir = dir;
        wrap.style.inlineSize = `${width}px`;
        await until(() => el.shadowRoot!.querySelector('section')!.dir === dir, `the wall laid out ${dir}`);
        const [a, b] = [ring(more), ring(join)];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${dir} at ${width}px`).to.equal(false);
      }
  });

  it('sizes its logo cells and spacing from the text around it, not from the page’s root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="font-size: 20px; inline-size: 600px">
          <supporter-wall src=${LIST}></supporter-wall>
        </div>`,
      );
      const el = wrap.querySelector('supporter-wall')!;
      await until(() => el.shadowRoot!.querySelectorAll('li').length === 4, '4 logos');
      const widths = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect().width);
      expect(Math.min(...widths), 'cells at least 16em wide, or the wall’s whole width').to.be.at.least(Math.min(320, 600 - 40));
      const logoCells = [...el.shadowRoot!.querySelectorAll('li')].filter((li) => li.querySelector('img'));
      for (const li of logoCells) expect(li.getBoundingClientRect().height, 'cells 0.45 × 16em high').to.be.closeTo(144, 0.5);
      const section = el.shadowRoot!.querySelector('section')!.getBoundingClientRect();
      const heading = el.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
      expect([heading.top - section.top, heading.left - section.left], 'padding of 1em').to.deep.equal([20, 20]);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('lays out right to left under dir="rtl"', async () => {
    const wrap = await fixture(html`<div dir="rtl" lang="ar"><supporter-wall src=${LIST}></supporter-wall></div>`);
    const el = wrap.querySelector('supporter-wall')!;
    await until(() => el.shadowRoot!.querySelectorAll('li').length === 4, 'logos');
    const [first, second] = el.shadowRoot!.querySelectorAll('li');
    expect(first.getBoundingClientRect().left).to.be.greaterThan(second.getBoundingClientRect().left);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('بدعم من');
  });

  it('reports a src that is not a list and shows the light-DOM supporters', async () => {
    const el = await fixture<SupporterWall>(
      html`<supporter-wall src="/tests/fixtures/campaign.json">
        <img alt="Fallback Org" src="/tests/fixtures/supporter-wall/square.svg" />
      </supporter-wall>`,
    );
    await until(() => errors.events.length, 'error');
    expect(errors.events[0]).to.include({ element: 'supporter-wall', attribute: 'src' });
    expect(names(el)).to.deep.equal(['Fallback Org']);
  });

  it('renders nothing and says what is missing when there are no supporters', async () => {
    const el = await fixture<SupporterWall>(html`<supporter-wall src="/tests/fixtures/supporter-wall/missing.json"></supporter-wall>`);
    await until(() => errors.events.length >= 2, 'both reports');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(errors.warnings.some((w) => w.includes('HTTP 404'))).to.equal(true);
    expect(errors.warnings.some((w) => w.includes('no supporters to show'))).to.equal(true);
  });

  it('waits to request its list until it comes near the screen, and sends logos no referrer', async () => {
    const fetches = stubFetch(() => new Response('[{"name":"Late Org","logo":"/tests/fixtures/supporter-wall/square.svg"}]'));
    try {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <div style="block-size: 6000px"></div>
          <supporter-wall src="/late.json"></supporter-wall>
        </div>`,
      );
      const el = wrap.querySelector('supporter-wall')!;
      await new Promise((r) => setTimeout(r, 300));
      expect(fetches.calls, 'nothing requested far below the fold').to.have.length(0);
      expect(errors.events, 'and no premature "no supporters"').to.have.length(0);
      el.scrollIntoView();
      await until(() => el.shadowRoot!.querySelector('img'), 'logo after scrolling');
      expect(fetches.calls.map((c) => c.url)).to.deep.equal(['http://localhost:' + location.port + '/late.json']);
      expect(el.shadowRoot!.querySelector('img')!.referrerPolicy).to.equal('no-referrer');
    } finally {
      fetches.restore();
      window.scrollTo(0, 0);
    }
  });

  it('shows a corrected light-DOM logo or link at once, keeping the order', async () => {
    const el = await fixture<SupporterWall>(
      html`<supporter-wall order="shuffle">
        <a href="https://example.org/a"><img alt="Alpha Trust" src="/tests/fixtures/supporter-wall/missing.svg" /></a>
        <img alt="Beta Network" src="/tests/fixtures/supporter-wall/square.svg" />
        <img alt="Gamma Society" src="/tests/fixtures/supporter-wall/square.svg" />
      </supporter-wall>`,
    );
    await until(() => el.shadowRoot!.querySelectorAll('li').length === 3, 'three logos');
    const order = names(el);
    el.querySelector('a')!.setAttribute('href', 'https://example.org/alpha');
    el.querySelector('a img')!.setAttribute('src', '/tests/fixtures/supporter-wall/wide.svg');
    await until(() => el.shadowRoot!.querySelector('a[href="https://example.org/alpha"] img[src$="wide.svg"]'), 'the corrected logo');
    expect(names(el)).to.deep.equal(order);
  });

  it('sizes logos by area and groups tiers as pure functions', () => {
    // Drawn side × shape wide and side / shape high: the same area, side², in the logo's own shape.
    for (const ratio of [4, 1, 1 / 3, 8.67, 40]) {
      const shape = logoShape(ratio);
      expect((shape * shape) / 1, `${ratio}:1`).to.be.closeTo(ratio, ratio * 0.001);
    }
    expect(logoShape(NaN)).to.be.closeTo(Math.SQRT2, 0.001);
    expect(logoShape(0)).to.be.closeTo(Math.SQRT2, 0.001);
    // Supporters without a tier come first: after a tier, with no heading, they would read as its members.
    expect(
      groupByTier([{ name: 'a', tier: 'B' }, { name: 'b' }, { name: 'c', tier: 'B' }, { name: 'd', tier: 'A' }]).map(([t, m]) => [
        t,
        m.length,
      ]),
    ).to.deep.equal([
      [undefined, 1],
      ['B', 2],
      ['A', 1],
    ]);
  });

  it('keeps every logo within 2:1 of the others in area, whatever its shape, at 1280 and 375 px', async () => {
    // Logos as drawn: a 10:1 and an 8.7:1 wordmark, a 4:1 logo, a square and a 1:3 crest.
    const svg = (w: number, h: number) => `/tests/fixtures/supporter-wall/shape-${w}x${h}.svg`;
    const shapes: Array<[string, number, number]> = [
      ['Wordmark', 1000, 100],
      ['Long', 870, 100],
      ['Four', 400, 100],
      ['Square', 100, 100],
      ['Crest', 100, 300],
    ];
    for (const width of [1280, 375]) {
      const wrap = await fixture<HTMLElement>(
        html`<div style="inline-size:${width}px">
          <supporter-wall campaign="none"> ${shapes.map(([name, w, h]) => html`<img alt=${name} src=${svg(w, h)} />`)} </supporter-wall>
        </div>`,
      );
      const wall = wrap.querySelector('supporter-wall')!;
      await until(
        () =>
          wall.shadowRoot?.querySelectorAll('img').length === shapes.length &&
          [...wall.shadowRoot.querySelectorAll('img')].every((img) => img.complete && img.style.getPropertyValue('--_shape')),
        'every logo measured',
      );
      const areas = [...wall.shadowRoot!.querySelectorAll('img')].map((img) => drawn(img).area);
      const ratio = Math.max(...areas) / Math.min(...areas);
      expect(ratio, `${width} px: areas ${areas.map(Math.round).join(', ')}`).to.be.at.most(2);
      // The logos fill the wall's width, not just its start.
      const cells = [...wall.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
      const list = wall.shadowRoot!.querySelector('ul')!.getBoundingClientRect();
      expect(Math.max(...cells.map((c) => c.right)), `${width} px: the last cell reaches the end`).to.be.closeTo(list.right, 2);
    }
  });

  it('is at least one cell wide in a flex row or a float, which size it by its content', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="font-size: 16px; inline-size: 1000px">
        <div style="display: flex">
          <p>Footer text</p>
          <supporter-wall src=${LIST}></supporter-wall>
        </div>
        <div style="float: left"><supporter-wall src=${LIST}></supporter-wall></div>
      </div>`,
    );
    for (const wall of wrap.querySelectorAll('supporter-wall')) {
      await until(() => wall.shadowRoot?.querySelectorAll('li').length === 4, '4 logos');
      const cells = [...wall.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect().width);
      expect(Math.min(...cells), 'cells 16em wide').to.be.at.least(255.5);
    }
  });

  describe('with the demo’s real logos, readable and fair (issue 23)', () => {
    it('gives the median logo at least 2,500 px² in a 1200 px wall, wordmarks readable, every logo within 2:1', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 1200px; font-size: 16px"><supporter-wall src=${DEMO}></supporter-wall></div>`,
      );
      const wall = wrap.querySelector('supporter-wall')!;
      const imgs = await sizedLogos(wall, 15);
      const areas = imgs.map((img) => drawn(img).area).sort((a, b) => a - b);
      const listed = areas.map(Math.round).join(', ');
      expect(areas[7], `median of ${listed}`).to.be.at.least(2500);
      // Both tiers alike: a short tier's cells may be wider, its logos no larger.
      expect(areas[14] / areas[0], `areas ${listed}`).to.be.at.most(2);
      for (const name of ['Anglia Ruskin University', 'NWG Network', 'The Children’s Society']) {
        const img = imgs.find((i) => i.alt.replace("'", '’') === name)!;
        expect(await textHeight(img), `${name}’s words`).to.be.at.least(9);
      }
    });

    it('keeps a wordmark’s words readable in a 200–300 px sidebar and on a phone: one column, the wordmark as wide as it goes', async () => {
      const logos = ['anglia-ruskin-university', 'nwg-network', 'the-children-s-society', 'nspcc', 'centre-for-social-justice'];
      const names = ['Anglia Ruskin University', 'NWG Network', 'The Children’s Society', 'NSPCC', 'Centre for Social Justice'];
      for (const width of [240, 288, 320, 375]) {
        const wrap = await fixture<HTMLDivElement>(
          html`<div style="inline-size: ${width}px; font-size: 16px">
            <supporter-wall campaign="none">${logos.map((logo, i) => html`<img alt=${names[i]} src=${demoLogo(logo)} />`)}</supporter-wall>
          </div>`,
        );
        const wall = wrap.querySelector('supporter-wall')!;
        const imgs = await sizedLogos(wall, logos.length);
        expect(columns(wall), `${width} px: columns`).to.equal(1);
        const wordmark = imgs[0];
        const cell = wordmark.closest('li')!;
        const padding = parseFloat(getComputedStyle(cell).paddingInlineStart) + parseFloat(getComputedStyle(cell).paddingInlineEnd);
        const room = cell.getBoundingClientRect().width - padding;
        // Long wordmarks as their makers crop them, tight to the words: in a narrow wall they span
        // their cell, and their words (and the two-line Children's Society's) stay 9 px high.
        if (width < 288) expect(drawn(wordmark).width, `${width} px: the wordmark spans its cell`).to.be.at.least(room * 0.98);
        for (const name of names.slice(0, 3)) {
          const img = imgs.find((i) => i.alt === name)!;
          expect(await textHeight(img), `${width} px: ${name}’s words`).to.be.at.least(9);
        }
        const areas = imgs.map((img) => drawn(img).area);
        expect(Math.max(...areas) / Math.min(...areas), `${width} px: areas ${areas.map(Math.round).join(', ')}`).to.be.at.most(2);
      }
    });
  });
});
