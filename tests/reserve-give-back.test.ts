import { expect } from '@open-wc/testing';
// Only the snippet's style: no element is defined in this page, as where the script never runs.
import { reserveStyle } from '../src/builder/snippet.js';

/**
 * Where the script is blocked (a policy, an ad-blocker, a failed integrity check), the snippet's
 * reserved space must not stay a blank band under the element's fallback for good.
 */
describe('the reserved space where the script never runs', () => {
  const pasteWith = (tag: string, attributes: Array<[string, string]>, fallback: string) => {
    const holder = document.createElement('div');
    holder.style.cssText = 'width:600px;font:16px/1.5 serif';
    holder.innerHTML = `${reserveStyle(tag as 'share-bar', attributes, attributes, undefined, 1)}<${tag}>${fallback}</${tag}><p>After the widget</p>`;
    document.body.append(holder);
    const element = holder.querySelector(tag)!;
    return { holder, element, after: holder.querySelector(':scope > p')! };
  };
  const unused = () => document.getAnimations().filter((a) => (a as CSSAnimation).animationName == 'coalition-embed-unused');
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  it('keeps the space while the script may still come, gives it back once it cannot, and takes it again if the element is defined', async () => {
    const { holder, element, after } = pasteWith('share-bar', [['url', 'https://example.org/p']], '<p>Share by email</p>');
    try {
      const line = element.querySelector('p')!.getBoundingClientRect().height;
      const kept = element.getBoundingClientRect().height;
      // The space first: a share bar keeps 6.5em (104px) and more; its fallback is one line.
      expect(kept).to.be.above(100);
      expect(line).to.be.below(40);
      // The time the loader has given up by, without waiting for it.
      const timers = unused();
      expect(timers, 'the give-back timer').to.have.length(1);
      timers[0].currentTime = 30_001;
      await frame();
      expect(element.getBoundingClientRect().height, 'the fallback alone').to.be.closeTo(line, 1);
      expect(after.getBoundingClientRect().top - element.getBoundingClientRect().bottom).to.be.below(20);
      // A script that comes after all (added late by the page) defines the element: its space is back.
      customElements.define('share-bar', class extends HTMLElement {});
      await frame();
      expect(unused()).to.have.length(0);
      expect(element.getBoundingClientRect().height).to.equal(kept);
    } finally {
      holder.remove();
    }
  });

  it('does not give the space back before then', async () => {
    const { holder, element } = pasteWith('petition-counter', [['count', '14000000']], '<p>14,000,000 signatures</p>');
    try {
      const line = element.querySelector('p')!.getBoundingClientRect().height;
      const kept = element.getBoundingClientRect().height;
      expect(kept).to.be.above(line * 2);
      const [timer] = unused();
      timer.currentTime = 29_000;
      await frame();
      expect(element.getBoundingClientRect().height).to.equal(kept);
    } finally {
      holder.remove();
    }
  });
});
