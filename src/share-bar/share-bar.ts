import { html, nothing, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { shareBar } from './element.js';
import { propertiesFor, type SettingProperties } from '../core/fields.js';
import { common } from '../core/messages.js';
import { themeStyles } from '../core/theme.js';
import { nextFrame } from '../core/tasks.js';
import { copyText } from '../core/clipboard.js';
import { DEFAULT_NETWORKS, shareFields } from './fields.js';
import { addPaths, icon } from './icons.js';
import { shareMessages } from './messages.js';
import { MORE_NETWORKS, NETWORKS, brandNames, shareUrls, type ShareData } from './networks.js';
import { shareStyles } from './share-bar.styles.js';

/** The device's own share sheet (a page or an older engine may leave `share` there, unset). */
const hasShareSheet = () => typeof navigator.share == 'function';

/**
 * The less used networks' links and marks, and Mastodon's server form (more-networks.ts): a file
 * of its own, fetched by a bar that shows one of them, or on the way to "More ways to share".
 */
let more: typeof import('./more-networks.js') | undefined;
let moreCode: Promise<unknown> | undefined;
const loadMore = () =>
  (moreCode ??= import('./more-networks.js').then(
    (code) => ((more = code), addPaths(code.paths), Object.assign(brandNames, code.names)),
    (e) => ((moreCode = undefined), Promise.reject(e)),
  ));

/**
 * The share card's drawing is a file of its own, fetched when a visitor first reaches for the
 * image button (pointer down or focus, so it is usually there by the click): most pages never
 * draw a card, and none of them should pay for it.
 */
let cardCode: Promise<typeof import('./share-card.js')> | undefined;
const loadCard = () => (cardCode ??= import('./share-card.js').catch((e) => ((cardCode = undefined), Promise.reject(e))));

/**
 * Share buttons that make no request to any network before a click: plain links to each network's
 * share page, icons drawn inline, and the device's own share sheet where it has one.
 *
 * @tag share-bar
 * @summary Share the campaign to social networks, email and the clipboard.
 * @fires {CustomEvent<{network: string, url: string}>} coalition-share - A visitor shared (link followed, link copied, share sheet used)
 * @csspart bar - The bar's box
 * @csspart heading - The visible heading
 * @csspart list - The list of controls
 * @csspart control - Each share link or button
 * @csspart status - The "Link copied" / "Image saved" announcement for screen readers (shown in the control itself)
 */
export class ShareBar extends CoalitionElement<typeof shareFields> {
  static override styles = [themeStyles, shareStyles];
  static override properties = {
    ...propertiesFor(shareFields),
    _status: { state: true, attribute: false },
    _drawing: { state: true, attribute: false },
    _fetching: { state: true, attribute: false },
    _more: { state: true, attribute: false },
  };
  static override element = shareBar;

  private _status = '';
  /** Where there is no share sheet, its button opens the networks the bar does not show. */
  private _more = false;
  /** The card is being fetched or drawn: the image button says it is busy, and a second click waits. */
  private _drawing = false;
  /** "More ways to share" is fetching its networks' file: its button says it is busy. */
  private _fetching = false;
  /** Mastodon's button, link and server form (in more-networks.ts), once a bar that offers it has them. */
  #mastodon?: import('./more-networks.js').Mastodon;
  #statusTimer?: ReturnType<typeof setTimeout>;
  /** The control whose action `_status` tells of. */
  #done = '';
  #networks: string[] = [];
  /** The networks behind "More ways to share" where the device has no share sheet. */
  #others: string[] = [];
  /**
   * The bar's first render comes in three frames (scheduleUpdate): its heading, its first button,
   * then the others. Lit prepares each template the first time it meets it: the bar's, a button's
   * and its mark's, then making five more buttons, in one task made one long task on a phone
   * (about 60 ms at 4× CPU). The space kept for the bar holds its place between.
   */
  #buttonsShown = 0;

  protected override updated(): void {
    if (this.#buttonsShown < Infinity && this.renderRoot.querySelector('.bar')) this.requestUpdate();
  }

  /** Complete once every button is there too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let steps = 2; !done && steps > 0; steps--) done = await super.getUpdateComplete();
    return done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Unknown names are reported and skipped by the field (fields.ts). Where the device has no
    // share sheet (a desktop Firefox, Chrome on Linux), its button opens the networks the bar does
    // not show, so the bar keeps its place and the space kept for it (a full row) is filled; it
    // goes only when the bar already shows them all.
    this.#others = NETWORKS.filter((n) => !['native', 'image', 'mastodon'].includes(n) && !this.config.networks!.includes(n));
    // The less used networks only once their file is here (it failed: reported, and left out).
    const offered = (network: string) =>
      (network !== 'native' || hasShareSheet() || this.#others.length > 0) && (!!more || !MORE_NETWORKS.includes(network));
    const networks = this.config.networks!.filter(offered);
    // A list of nothing but typos still deserves a share bar: the default one.
    this.#networks = networks.length || !this.config.networks!.length ? networks : DEFAULT_NETWORKS.filter(offered);
  }

  /**
   * A bar that shows a less used network, or opens "More ways to share", renders once their links
   * and marks are here: never a button without its mark, nor a list that fills in. A bar that
   * offers Mastodon reads its remembered server first (storage, another part), so a remembered
   * server is a link from the start rather than a button that changes under the visitor's finger.
   */
  protected override async scheduleUpdate(): Promise<void> {
    let networks: string[] = [];
    try {
      networks = this.config.networks ?? [];
    } catch {
      /* settings the page broke: the render reports them */
    }
    if (!more && (this._more || networks.some((network) => MORE_NETWORKS.includes(network))))
      await loadMore().catch(() => this.report('networks', `could not load ${MORE_NETWORKS.join(', ')}; showing the others`));
    if (more && networks.includes('mastodon'))
      await (this.#mastodon ??= new more.Mastodon(this, {
        data: () => this.#data,
        shared: (url) => this.#shared('mastodon', url),
        on: (handler) => this.on(handler),
      })).ready();
    if (this.#buttonsShown < Infinity && this.renderRoot.querySelector('.bar')) {
      await nextFrame();
      this.#buttonsShown = this.#buttonsShown ? Infinity : 1;
    }
    return super.scheduleUpdate();
  }

  /** The page's canonical link, else its address without the fragment, then the partner's tags. */
  get #data(): ShareData {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const { url, text, hashtags = [] } = this.config;
    return {
      url: this.settings.attributed(url ?? canonical ?? location.href.split('#')[0]),
      text: text ?? document.title,
      hashtags: hashtags.map((tag) => tag.replace(/^#/, '')),
    };
  }

  #shared(network: string, url = this.#data.url): void {
    this.emit('coalition-share', { network, url });
  }

  /**
   * Says that an action worked: in the control itself for five seconds ("Link copied", a tick),
   * and to screen readers in the status region. A line under the bar would push the page down,
   * then pull it back up when it went.
   */
  #say(network: string, message: string): void {
    this._status = message;
    this.#done = network;
    clearTimeout(this.#statusTimer);
    this.#statusTimer = setTimeout(() => (this._status = ''), 5000);
  }

  async #copy(): Promise<void> {
    const { url } = this.#data;
    if (await copyText(url, this.renderRoot)) {
      this.#say('copy', shareMessages.t(this.language.lang, 'copied'));
      this.#shared('copy', url);
    }
  }

  async #native(): Promise<void> {
    const { url, text } = this.#data;
    try {
      await navigator.share({ url, text, title: text });
      this.#shared('native', url);
    } catch (e) {
      // The visitor closing the share sheet is a choice, not an error.
      if ((e as Error).name !== 'AbortError') this.report('networks', `native share failed: ${(e as Error).message}`);
    }
  }

  // On the way to "More ways to share" (pointer down, focus): usually there by the click. A
  // failure is said once, by the click.
  #prefetchMore = () => void loadMore().catch(() => {});

  /** Opens or folds "More ways to share": busy while its networks' file comes, and left closed if it cannot. */
  async #toggleMore(): Promise<void> {
    if (!this._more && !more) {
      this._fetching = true;
      try {
        await loadMore();
      } catch {
        return this.report('networks', `could not load ${MORE_NETWORKS.join(', ')} for "More ways to share"`);
      } finally {
        this._fetching = false;
      }
    }
    this._more = !this._more;
  }

  /** Escape folds "More ways to share" from its button or its row, and returns to its button. */
  #escapeMore = this.on(async (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this._more) return;
    this._more = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-controls="more"]')?.focus();
  });

  #control(network: string, data: ShareData) {
    const t = (key: Parameters<typeof shareMessages.t>[1]) => shareMessages.t(this.language.lang, key, { network: brandNames[network] });
    const done = this._status && this.#done === network;
    const label = done ? this._status : (brandNames[network] ?? t(network as 'copy' | 'native' | 'email' | 'image'));
    // Icons alone do not tell a mouse user which network is which; a tooltip does.
    const title = this.config.compact ? label : nothing;
    const content = html`${icon(done ? 'done' : network)}<span class="label">${label}</span>`;
    if (network === 'copy') return html`<button part="control" title=${title} @click=${this.on(this.#copy)}>${content}</button>`;
    if (network === 'native')
      return hasShareSheet()
        ? html`<button part="control" title=${title} @click=${this.on(this.#native)}>${content}</button>`
        : html`<button
            part="control"
            title=${title}
            aria-expanded=${this._more}
            aria-controls="more"
            aria-busy=${this._fetching ? 'true' : 'false'}
            @pointerdown=${this.#prefetchMore}
            @focus=${this.#prefetchMore}
            @click=${this.on(this.#toggleMore)}
            @keydown=${this.#escapeMore}
          >
            ${content}
          </button>`;
    if (network === 'image')
      return html`<button
        part="control"
        title=${title}
        aria-busy=${this._drawing ? 'true' : 'false'}
        @pointerdown=${this.on(loadCard)}
        @focus=${this.on(loadCard)}
        @click=${this.on(this.#image)}
      >
        ${content}
      </button>`;
    // Mastodon's control, before and after its server is known, is in more-networks.ts.
    const mastodon = network === 'mastodon' ? this.#mastodon : undefined;
    if (mastodon && !mastodon.server) return mastodon.button(content, title, t('shareOn'));
    const email = network === 'email';
    const href = mastodon ? mastodon.href(data) : (shareUrls[network] ?? more!.shareUrls[network])(data);
    return html`<a
        part="control"
        title=${title}
        data-network=${network}
        href=${href}
        target=${email ? nothing : '_blank'}
        rel="noopener noreferrer"
        aria-label=${email ? nothing : `${t('shareOn')} ${common.t(this.language.lang, 'newTab')}`}
        @click=${this.on(() => this.#shared(network, data.url))}
        >${content}</a
      >${mastodon ? mastodon.change(t('change')) : nothing}`;
  }

  /** Draws the share card on this device and shares or saves it: nothing leaves the page but the visitor's choice. */
  async #image(): Promise<void> {
    if (this._drawing) return;
    this._drawing = true;
    try {
      const data = this.#data;
      const { lang, dir } = this.language;
      const how = await (await loadCard()).shareImage(this, data, this.campaignFile.file?.banner?.headline, lang, dir);
      if (how === 'cancelled') return;
      if (how === 'downloaded') this.#say('image', shareMessages.t(lang, 'saved'));
      this.#shared('image', data.url);
    } finally {
      this._drawing = false;
    }
  }

  protected override render() {
    // A campaign file may name other networks, another address or other words: the bar draws
    // once it has come (a second at most; the space kept for the bar holds its place), rather
    // than the defaults changing under the visitor's finger.
    const { settled, late } = this.campaignFile;
    if (!settled && !late) return nothing;
    const lang = this.language.lang;
    const data = this.#data;
    const heading = this.config.label ?? shareMessages.t(lang, 'share');
    const box = this.marks(shareMessages);
    const label = this.marks(shareMessages, 'label');
    return html`<div
      role="group"
      aria-labelledby="h"
      lang=${box.lang ?? nothing}
      dir=${this.language.dir}
      class="bar ${this.config.compact ? 'compact' : ''} ${this.#buttonsShown < Infinity ? 'wait' : ''}"
      part="bar"
    >
      <!-- prettier-ignore -->
      <p id="h" class="heading ${this.config.compact ? 'label' : ''}" part="heading" lang=${label.lang ?? nothing} dir=${label.dir ?? nothing}>${heading}</p>
      <ul part="list" role="list">
        ${this.#networks.slice(0, this.#buttonsShown).map((n) => html`<li>${this.#control(n, data)}</li>`)}
      </ul>
      ${
        this._more
          ? html`<ul part="list" id="more" role="list" aria-label=${shareMessages.t(lang, 'native')} @keydown=${this.#escapeMore}>
              ${this.#others.filter((n) => more || !MORE_NETWORKS.includes(n)).map((n) => html`<li>${this.#control(n, data)}</li>`)}
            </ul>`
          : nothing
      }
      ${this.#mastodon?.form(lang) ?? nothing}
      <p class="status" part="status" role="status">${this._status || nothing}</p>
    </div>`;
  }
}

// The settings as typed properties, declared by the fields themselves (no runtime code).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ShareBar extends SettingProperties<typeof shareFields> {}

declare global {
  interface HTMLElementTagNameMap {
    'share-bar': ShareBar;
  }
}
