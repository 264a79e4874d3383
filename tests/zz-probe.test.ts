import { expect } from '@open-wc/testing';

describe('probe', () => {
  it('pseudo-element queries its originating element', async () => {
    const style = document.createElement('style');
    style.textContent = `probe-el:not(:defined){display:flow-root;container-type:inline-size}
probe-el:not(:defined)::before{content:"";float:left;block-size:5em}
@container (max-width:30em){probe-el:not(:defined)::before{block-size:10em}}
probe-el{display:block}`;
    document.head.append(style);
    const wrap = document.createElement('div');
    wrap.innerHTML = `<div style="width:800px;font-size:16px"><probe-el></probe-el></div><div style="width:300px;font-size:16px"><probe-el>Some light text here</probe-el></div><div style="width:600px;font-size:18px"><probe-el></probe-el></div>`;
    document.body.append(wrap);
    const els = [...wrap.querySelectorAll('probe-el')];
    const h = els.map((e) => e.getBoundingClientRect().height);
    console.log('heights', JSON.stringify(h), navigator.userAgent);
    customElements.define('probe-el', class extends HTMLElement {});
    const after = els.map((e) => e.getBoundingClientRect().height);
    console.log('after', JSON.stringify(after));
    expect(h).to.deep.equal([80, 160, 90]);
  });
});
