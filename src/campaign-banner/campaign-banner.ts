import { html, nothing, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { relativeTimeFormat } from '../core/i18n.js';
import { errorText } from '../core/errors.js';
import { propertiesFor } from '../core/fields.js';
import { common } from '../core/messages.js';
import { ScheduleController, now } from '../core/schedule.js';
import { STORAGE_PREFIX, readStored, writeStored } from '../core/storage.js';
import { themeStyles } from '../core/theme.js';
import { bannerFields } from './fields.js';
import { bannerMessages } from './messages.js';
import { bannerStyles } from './campaign-banner.styles.js';
import { countdown, phaseAt } from './schedule.js';
import { setBarRoom, type Edge } from './page-room.js';
import { lockScroll } from './scroll-lock.js';

type Shown = 'teaser' | 'live' | 'reminder';

/**
 * The campaign's message and call to action: inline in an article, as a fixed top or bottom bar,
 * or as a full-page blackout (a native modal `<dialog>`), shown only inside its `start`/`end`
 * window, with an optional countdown teaser before and a reminder bar after an overlay is closed.
 *
 * @tag campaign-banner
 * @summary Campaign message, inline or as a bar, or a scheduled full-page blackout.
 * @attr {string} headline - The headline
 * @attr {string} message - Body text; light-DOM content is used instead when present
 * @attr {string} cta-label - Text of the call-to-action link (default "Find out more", localised)
 * @attr {string} cta-href - Where the call to action goes; the partner's attribution is added
 * @attr {string} mode - `inline` (default), `top`, `bottom` or `overlay`
 * @attr {string} start - ISO 8601 date-time with an offset: when the banner appears
 * @attr {string} end - ISO 8601 date-time with an offset: from then on the banner renders nothing
 * @attr {boolean} dismissible - Shows a close button; `Escape` also closes an overlay
 * @attr {number} dismiss-days - Remember a dismissal for this many days in localStorage; otherwise for the browser session
 * @attr {string} campaign-id - Namespaces the remembered dismissal (default: the campaign file's `id`)
 * @attr {string} warning - Content-warning text; the message stays hidden until the visitor chooses to show it
 * @attr {string} support-label - Text of the support link (default "Get support", localised)
 * @attr {string} support-href - A helpline or report page, shown beside the content warning
 * @attr {number} teaser-days - Days before `start` to show a compact bar counting down to it
 * @attr {boolean} reminder - After an overlay is dismissed, show a compact bar for the rest of the window
 * @slot - The message (rich text, links); also what visitors see without JavaScript
 * @fires {CustomEvent<{campaignId: string}>} coalition-dismiss - The visitor closed the banner, teaser or reminder
 * @fires {CustomEvent<{href: string}>} coalition-cta - The visitor followed the call to action
 * @csspart banner - The banner box (also each bar)
 * @csspart dialog - The overlay's `<dialog>`
 * @csspart headline - The headline
 * @csspart message - The message
 * @csspart cta - The call-to-action link
 * @csspart close - The close button
 * @csspart warning - The content warning
 * @csspart show - The button that shows the message behind a content warning
 * @csspart support - The support link
 * @cssprop --coalition-backdrop - Behind the overlay (default near-opaque black)
 */
export class CampaignBanner extends CoalitionElement<typeof bannerFields> {
  static override styles = [themeStyles, bannerStyles];
  static override properties = {
    ...propertiesFor(bannerFields),
    _revealed: { state: true, attribute: false },
    _failed: { state: true, attribute: false },
  };
  protected readonly fields = bannerFields;
  protected override readonly section = 'banner' as const;

  declare headline?: string;
  declare message?: string;
  declare ctaLabel?: string;
  declare ctaHref?: string;
  declare mode?: string;
  declare start?: string;
  declare end?: string;
  declare dismissible?: boolean;
  declare dismissDays?: string | number;
  declare campaignId?: string;
  declare warning?: string;
  declare supportLabel?: string;
  declare supportHref?: string;
  declare teaserDays?: string | number;
  declare reminder?: boolean;

  private _revealed = false;
  /** The overlay could not open; a top bar stands in for it. */
  private _failed = false;

  #phase?: Shown;
  #where?: string;
  #key = '';
  #id = '';
  #hasLightMessage = false;
  #countdown = '';
  #nextChange?: number;
  /** Dismissals of this page view, for when storage is blocked. */
  #dismissedThisView = new Set<string>();
  #unlock?: () => void;
  /** The room this banner's fixed bar has asked of the page: its edge and height. */
  #room: [Edge?, number?] = [];
  /** A bar's height follows its text: a narrower window, a web font, another language. */
  #sizes?: ResizeObserver;
  #light?: MutationObserver;

  constructor() {
    super();
    new ScheduleController(this, () => [this.config.start, this.config.end, this.#nextChange]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The light-DOM message can arrive or change after the first render (a parser still reading,
    // a framework filling in text): whether there is a message decides what the banner shows.
    (this.#light ??= new MutationObserver(() => this.requestUpdate())).observe(this, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    // Lit does not re-render on reconnection, and the schedule's timer was cleared on removal.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#light?.disconnect();
    // A removed modal leaves the top layer but keeps `open`; closed now, it reopens as a modal if
    // the element comes back.
    this.renderRoot.querySelector('dialog')?.close();
    this.#unlock?.();
    this.#sizes?.disconnect();
    this.#makeRoom();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { start, end, teaserDays = 0, mode, reminder, campaignId, headline } = this.config;
    const lang = this.resolvedLang;
    const time = now();
    if (start! >= end!)
      this.report(
        'end',
        `${this.end ?? 'the campaign file’s end'} is not after start ${this.start ?? 'in the campaign file'}; the banner stays hidden`,
      );
    const id = (this.#id = campaignId ?? this.campaignFileId ?? headline ?? this.config.message ?? this.config.ctaHref ?? '');
    const key = (p: Shown) => `${STORAGE_PREFIX}banner:${id}${p == 'live' ? '' : ':' + p}`;
    const gone = (p: Shown) => this.#dismissedThisView.has(key(p)) || readStored('session', key(p)) || readStored('local', key(p));
    // Until the campaign file has settled its dates are unknown, and an overlay that flashes up
    // before the file says the window is over is worse than a banner that waits. A date that was
    // given but refused keeps the banner hidden: a typo must not black out every partner's site.
    const known = this.campaignSettled && !this.rejected.has('start') && !this.rejected.has('end');
    let phase: Shown | undefined = known ? phaseAt(time, start, end, teaserDays * 864e5) : undefined;
    if (phase == 'live' && gone(phase)) phase = reminder && mode == 'overlay' ? 'reminder' : undefined;
    if (phase != 'live' && phase && gone(phase)) phase = undefined;
    this.#phase = phase;
    this.#key = phase ? key(phase) : '';
    // The next boundary besides start and end: when the teaser begins, or its countdown changes.
    this.#nextChange = start && start - teaserDays * 864e5;
    if (phase == 'teaser') {
      const { value, unit, next } = countdown(time, start!);
      this.#nextChange = next;
      const when = Intl.RelativeTimeFormat.supportedLocalesOf(lang).length
        ? relativeTimeFormat(lang).format(value, unit)
        : bannerMessages.t(lang, unit, { n: value });
      this.#countdown = bannerMessages.t(lang, 'starts', { when });
    }
    this.#where = phase == 'live' ? (this._failed ? 'top' : mode) : mode == 'inline' || mode == 'top' ? mode : 'bottom';
    // Comments (WordPress leaves them) and the empty paragraphs and <br> a CMS adds are no message.
    this.#hasLightMessage =
      !!this.querySelector('img,svg,video,iframe') || [...this.childNodes].some((n) => n.nodeType != 8 && n.textContent!.trim());
    // The window ended or the visitor dismissed: closing before the dialog leaves the page is
    // what returns focus to where it was.
    if (this.#where != 'overlay') this.renderRoot.querySelector('dialog')?.close();
  }

  protected override render() {
    const phase = this.#phase;
    if (!phase) return nothing;
    const { headline, message, ctaLabel, ctaHref, warning, supportLabel, supportHref, dismissible } = this.config;
    const lang = this.resolvedLang;
    const t = (key: 'more' | 'warning' | 'show' | 'support') => bannerMessages.t(lang, key);
    const where = this.#where;
    const live = phase == 'live';
    const said = message || this.#hasLightMessage;
    // Kept in the shadow tree but hidden until the light DOM holds a message to show.
    const slot = html`<slot ?hidden=${!said}></slot>`;
    // Nothing to say: no box at all, rather than an empty one or an unnamed modal.
    if (!headline && !ctaHref && !(live && said)) return live ? slot : nothing;
    const labelled = headline ? 'h' : nothing;
    const cta = ctaHref ? html`<a part="cta" href=${this.attributed(ctaHref)} @click=${this.#cta}>${ctaLabel ?? t('more')}</a>` : nothing;
    // A fixed bar always has a close button: it must never cover the partner's page for good.
    const close =
      dismissible || where == 'top' || where == 'bottom'
        ? html`<button part="close" class="close" aria-label=${common.t(lang, 'close')} @click=${this.#dismiss}>×</button>`
        : nothing;
    // The message takes focus only after "show", so focus can follow the visitor there; an
    // overlay otherwise starts on its first control, as the platform decides.
    // A warning is a gate in front of a message: with no message behind it there is nothing to gate.
    // prettier-ignore
    const content = !live
      ? html`<p><strong id="h">${headline}</strong> ${phase == 'teaser' ? this.#countdown : nothing}</p>${cta}`
      : html`${headline ? html`<h2 id="h" part="headline">${headline}</h2>` : nothing}${said && warning && !this._revealed
        ? html`<p part="warning"><strong>${t('warning')}</strong> ${warning}</p><button part="show" @click=${this.#reveal}>${t('show')}</button>`
        : html`${said ? html`<div part="message" tabindex=${this._revealed ? -1 : nothing}>${slot}${this.#hasLightMessage ? nothing : message}</div>` : slot}${cta}`
      } ${supportHref ? html`<a part="support" href=${supportHref}>${supportLabel ?? t('support')}</a>` : nothing}`;
    // In an overlay the dialog carries the name; a named section inside it would be announced again.
    // An overlay opens on its own box, not on its first link: a screen reader then reads the
    // message from the top, and a stray Enter does not follow the call to action.
    const box = html`<section
      class="box ${where} ${phase}"
      part="banner"
      dir=${this.resolvedDir}
      aria-labelledby=${where == 'overlay' ? nothing : labelled}
      tabindex=${where == 'overlay' ? -1 : nothing}
      ?autofocus=${where == 'overlay'}
      @keydown=${(e: KeyboardEvent) => e.key == 'Escape' && (where == 'top' || where == 'bottom') && this.#dismiss()}
    >
      ${content}${close}
    </section>`;
    return where == 'overlay'
      ? html`<dialog part="dialog" aria-labelledby=${labelled} @cancel=${this.#cancel} @close=${this.#closed}>${box}</dialog>`
      : box;
  }

  /**
   * `showModal()` gives focus, Tab containment, inertness and `Escape` from the platform. If it
   * fails, or the overlay would be invisible (a hidden host), nothing may stay over the page.
   */
  protected override updated(): void {
    const bar = this.renderRoot.querySelector('.top,.bottom');
    // Created only once there is a bar: most banners are inline and never need one.
    if (bar) (this.#sizes ??= new ResizeObserver(() => this.#makeRoom(true))).observe(bar);
    this.#makeRoom();
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return this.#unlock?.();
    if (dialog.open) return;
    try {
      dialog.showModal();
      if (!dialog.offsetWidth) throw Error('hidden');
      this.#unlock = lockScroll();
    } catch (e) {
      dialog.close();
      this.report('mode', `the overlay could not open (${errorText(e)}); a top bar stands in`);
      this._failed = true;
    }
  }

  /** Asks the page for room under a fixed bar (see page-room.ts), or gives it back. */
  #makeRoom(later = false): void {
    const bar = this.isConnected ? this.renderRoot.querySelector('.top,.bottom') : null;
    const height = bar?.getBoundingClientRect().height;
    const edge: Edge | undefined = height ? (bar!.matches('.bottom') ? 'end' : 'start') : undefined;
    if (edge == this.#room[0] && height == this.#room[1]) return;
    this.#room = [edge, height];
    setBarRoom(this, edge, height ?? 0, later);
  }

  #cancel(e: Event): void {
    if (!this.config.dismissible) e.preventDefault();
  }

  /** The platform closed the dialog (Escape, or Chrome's second Escape on a non-dismissible one). */
  #closed(e: Event): void {
    // A CMS that moves the element closes the dialog on the way out and opens it again on the way
    // in; the late `close` event then finds it open, and that is not the visitor's dismissal.
    const dialog = e.target as HTMLDialogElement;
    if (dialog.isConnected && !dialog.open) this.#dismiss();
  }

  #dismiss(): void {
    const days = this.config.dismissDays;
    // A closed inline banner or bar takes its focused button with it; the host holds focus, so
    // the next Tab goes on from here rather than from the top of the page. (A dialog returns
    // focus itself, to where it was before it opened.)
    if (this.#where != 'overlay' && this.matches(':focus-within')) {
      this.tabIndex = -1;
      this.addEventListener('blur', () => this.removeAttribute('tabindex'), { once: true });
      this.updateComplete.then(() => this.focus());
    }
    this.#dismissedThisView.add(this.#key);
    writeStored(days ? 'local' : 'session', this.#key, 1, days && Date.now() + days * 864e5);
    this.emit('coalition-dismiss', { campaignId: this.#id });
    this.requestUpdate();
  }

  #reveal(): void {
    this._revealed = true;
    // The "show" button goes away; focus follows the visitor to what they asked to see.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=message]')?.focus());
  }

  #cta(e: Event): void {
    this.emit('coalition-cta', { href: (e.currentTarget as HTMLAnchorElement).href });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-banner': CampaignBanner;
  }
}
