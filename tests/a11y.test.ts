import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { setPreviewTime } from '../src/core/schedule.js';
import { forgetAll } from '../src/core/storage.js';
import { animationsDone, emulate, keys, needs, until } from './helpers.js';

const LIST = '/tests/fixtures/supporter-wall/list.json';
const HOUR = 3_600_000;
const iso = (time: number) => new Date(time).toISOString();

/** Every element in every mode a visitor can meet, as markup a partner would paste. */
const cases: Record<string, () => string> = {
  'banner inline': () =>
    `<campaign-banner headline="Safer by design" message="Platforms can detect child sexual abuse material." cta-label="Add your name" cta-href="https://example.org/" dismissible></campaign-banner>`,
  'banner top bar': () => `<campaign-banner mode="top" headline="Safer by design" cta-href="https://example.org/"></campaign-banner>`,
  'banner bottom bar': () => `<campaign-banner mode="bottom" headline="Safer by design" cta-href="https://example.org/"></campaign-banner>`,
  'banner overlay': () =>
    `<campaign-banner mode="overlay" headline="Safer by design" message="One day, one message." cta-href="https://example.org/" dismissible></campaign-banner>`,
  'banner teaser': () =>
    `<campaign-banner mode="overlay" headline="Safer by design" start="${iso(Date.now() + 2 * HOUR)}" teaser-days="1" cta-href="https://example.org/"></campaign-banner>`,
  'banner content warning': () =>
    `<campaign-banner headline="Survivors’ letter" warning="This message discusses the abuse of children." support-label="Get support" support-href="https://example.org/help" cta-href="https://example.org/"><p>Message</p></campaign-banner>`,
  'counter with goal': () => `<petition-counter count="118342" goal="150000" href="https://example.org/sign"></petition-counter>`,
  'counter compact auto goal': () => `<petition-counter count="118342" goal="auto" format="compact" show-source></petition-counter>`,
  'share bar': () =>
    `<share-bar networks="facebook x whatsapp linkedin bluesky threads mastodon reddit telegram email copy" url="https://example.org/"></share-bar>`,
  'share bar icons only': () => `<share-bar compact networks="facebook x whatsapp email copy" url="https://example.org/"></share-bar>`,
  'supporter wall': () => `<supporter-wall src="${LIST}" max="2" monochrome join-href="https://example.org/join"></supporter-wall>`,
  'quick exit': () => `<quick-exit></quick-exit>`,
  'quick exit inline': () => `<quick-exit position="inline" label="Leave this site now"></quick-exit>`,
};

async function mount(markup: string, theme: string): Promise<HTMLElement> {
  const wrap = await fixture<HTMLDivElement>(`<div>${markup.replace(/^<([\w-]+)/, `<$1 theme="${theme}"`)}</div>` as unknown as never);
  const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  if (el.localName === 'supporter-wall') await until(() => el.shadowRoot!.querySelector('li'), 'logos');
  await until(() => el.shadowRoot!.childElementCount, 'rendered');
  await animationsDone(el);
  return el;
}

describe('accessibility', () => {
  afterEach(async () => {
    forgetAll();
    setPreviewTime(undefined);
    document.documentElement.style.overflow = '';
    await emulate({ colorScheme: 'light' });
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [name, markup] of Object.entries(cases)) {
      needs({ colorScheme: theme })(`passes axe (WCAG 2.2 AA) for the ${name} in the ${theme} theme`, async () => {
        await emulate({ colorScheme: theme });
        const el = await mount(markup(), theme);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('keeps keyboard focus inside the overlay and returns it on Escape', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div><button>Before</button></div>` as unknown as never);
    const before = wrap.querySelector('button')!;
    before.focus();
    wrap.insertAdjacentHTML('beforeend', cases['banner overlay']());
    const el = wrap.querySelector('campaign-banner')!;
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement, 'never the page behind').not.to.equal(before);
    }
    // Firefox's Tab cycle in a modal dialog passes through the browser's own toolbar, as it does
    // for visitors; Escape is pressed back in the page (a key pressed there would not reach it).
    for (let i = 0; i < 5 && !document.hasFocus(); i++) await sendKeys({ press: 'Tab' });
    expect(document.hasFocus(), 'focus back in the page').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !el.shadowRoot!.querySelector('dialog'), 'closed');
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(before);
  });

  it('walks the share bar in order with Tab, and the Mastodon prompt with Enter and Escape', async () => {
    const wrap = await fixture<HTMLDivElement>(
      `<div><button>Before</button><share-bar networks="facebook mastodon copy" url="https://example.org/"></share-bar></div>` as unknown as never,
    );
    const el = wrap.querySelector('share-bar')!;
    await el.updateComplete;
    wrap.querySelector('button')!.focus();
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      names.push(focused()?.getAttribute('aria-label') ?? focused()?.textContent!.trim() ?? '');
    }
    expect(names).to.deep.equal(['Share on Facebook (opens in a new tab)', 'Share on Mastodon', 'Copy link']);
    await keys(['Tab'], ['Shift']);
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.localName === 'input', 'server field focused');
    await sendKeys({ press: 'Escape' });
    await until(() => focused()?.dataset.network === 'mastodon', 'focus back on Mastodon');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('walks the supporter wall: linked logos by name, then “+ N more” reveals and focuses the rest', async () => {
    const wrap = await fixture<HTMLDivElement>(
      `<div><button>Before</button><supporter-wall src="${LIST}" max="1"></supporter-wall></div>` as unknown as never,
    );
    const el = wrap.querySelector('supporter-wall')!;
    await until(() => el.shadowRoot!.querySelector('li'), 'logos');
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(first.localName).to.equal('a');
    expect(first.querySelector('img')!.alt).to.equal('Wide Wordmark Trust');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('+ 3 more supporters');
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelectorAll('li').length === 4, 'all logos');
    const revealed = el.shadowRoot!.activeElement!;
    expect(revealed.closest('li')).to.equal(el.shadowRoot!.querySelectorAll('li')[1]);
  });
});
