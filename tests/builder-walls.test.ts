import { expect } from '@open-wc/testing';
import '../src/index.js';
import { elementWithSpace, frameHeight, type Attributes } from '../src/builder/snippet.js';
import { json, stubFetch, until } from './helpers.js';

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
