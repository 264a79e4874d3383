import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { campaignBanner } from './element.js';
import { relativeTimeFormat } from '../core/formats.js';
import { errorText, guarded, type Source } from '../core/errors.js';
import { ExitControl, exitStyles } from '../exit/exit-control.js';
import { describeProblem, isUnset, parseField, propertiesFor, type SettingProperties } from '../core/fields.js';
import { common } from '../core/messages.js';
import { ScheduleController, now, readIso } from '../core/schedule.js';
import { themeStyles } from '../core/theme.js';
import { BANNER_PREFIX, DismissalController } from './dismissals.js';
import type { FoldController } from './fold.js';
import { STAYS_HIDDEN, bannerFields } from './fields.js';
import { bannerMessages } from './messages.js';
import { bannerStyles } from './campaign-banner.styles.js';
import { calendarAt, teaserCountdown, type Calendar } from './schedule.js';
import { readDate } from './zone.js';
import { onPages } from './pages.js';
import type { Edge } from './page-room.js';
import { safeUrl } from '../core/url.js';
import { storedKeys } from '../core/storage.js';

type Shown = 'teaser' | 'live' | 'reminder' | 'after';
const DAY = 864e5;

/**
 * A fixed bar's and the blackout's styles and code (fixed.ts): a file of its own, fetched before
 * the first render of a banner whose `mode` is not inline. Most banners are inline and never do.
 */
let fixed: typeof import('./fixed.js') | undefined;
let fixedCode: Promise<unknown> | undefined;
const loadFixed = () =>
  (fixedCode ??= import('./fixed.js').then(
    (code) => (fixed = code),
    (e) => ((fixedCode = undefined), Promise.reject(e)),
  ));

/**
 * The campaign's message and call to action: inline in an article, as a fixed top or bottom bar,
 * or as a full-page blackout (a native modal `<dialog>`), shown only inside its `start`/`end`
 * window, with an optional countdown teaser before, a reminder bar after an overlay is closed and
 * after-copy (a thank-you) after `end`; the window may repeat (`recur`) in a time zone (`time-zone`).
 *
 * @tag campaign-banner
 * @summary Campaign message, inline or as a bar, or a scheduled full-page blackout.
 * @slot - The message (rich text, links); also what visitors see without JavaScript
 * @fires {CustomEvent<{campaignId: string}>} coalition-dismiss - The visitor closed the banner, teaser, reminder or after-copy
 * @fires {CustomEvent<{href: string}>} coalition-cta - The visitor followed the call to action
 * @fires {CustomEvent<{href: string}>} coalition-exit - The visitor is leaving by the exit control or Shift three times, just before the page is hidden and replaced
 * @csspart banner - The banner box (also each bar)
 * @csspart dialog - The overlay's `<dialog>`
 * @csspart headline - The headline
 * @csspart message - The message
 * @csspart cta - The call-to-action link
 * @csspart close - The close button (in an overlay, the "Continue to the site" button)
 * @csspart warning - The content warning
 * @csspart show - The button that shows the message behind a content warning
 * @csspart more - On a phone, the "Read more" / "Show less" button of a fixed bar whose message is folded to one line
 * @csspart support - The support link
 * @csspart exit - The "Exit this page" link (with a `warning` or in overlay mode, when an exit address is known)
 * @csspart exit-status - The screen-reader status saying how many Shift presses remain
 * @cssstate empty - Nothing of the banner is in the page's flow (outside its window, dismissed, a bar or an overlay): the paste snippet's reserved space gives way
 * @cssprop --coalition-backdrop - The blackout's colour (default #0b0c0c, opaque; keep it dark: its words are light)
 * @cssprop --coalition-exit - The exit control's colour (default #d4351c)
 */
export class CampaignBanner extends CoalitionElement<typeof bannerFields> {
  static override styles = [themeStyles, exitStyles, bannerStyles];
  static override properties = {
    ...propertiesFor(bannerFields),
    _revealed: { state: true, attribute: false },
    _failed: { state: true, attribute: false },
  };
  static override element = campaignBanner;

  protected static override prepare(): void {
    super.prepare();
    // A page's first read of a storage area is a synchronous round trip to the browser's store:
    // here, a task before the definition's, where each banner reads its dismissals as it joins.
    storedKeys(BANNER_PREFIX);
  }

  private _revealed = false;
  /** The overlay could not open; a top bar stands in for it. */
  private _failed = false;

  #phase?: Shown;
  #where?: string;
  #key = '';
  /** This occurrence's storage key; a repeat's ends with its start date. */
  #base = '';
  /** The occurrences whose overlay has opened in this page view: it stays, whatever the count says. */
  #opened = new Set<string>();
  #id = '';
  #hasLightMessage = false;
  #countdown = '';
  #nextChange?: number;
  /**
   * Outside its window, the window it is outside of, for one console line: a partner who pasted a
   * banner whose campaign file's dates have passed (or not yet come) otherwise sees nothing, and
   * no reason.
   */
  #outside?: { start?: number; end?: number } | false;
  readonly #dismissals = new DismissalController(this);
  /** A phone's fixed bar folds its message to one line, with "Read more" when there is more (fixed.ts). */
  #fold?: FoldController;
  #unlock?: () => void;
  /** The room this banner's fixed bar has asked of the page: its edge and height. */
  #room: [Edge?, number?] = [];
  /** A bar's height follows its text: a narrower window, a web font, another language. */
  #sizes?: ResizeObserver;
  #light?: MutationObserver;
  /** The everyday site the exit control leads to, while the banner shows one, and where it came from. */
  #exitHref?: string;
  #exitSource: Source = { attribute: 'exit-href' };
  /** The same "Exit this page" control as `<quick-exit>`, and its Shift shortcut, while shown. */
  readonly #exit = new ExitControl(this, {
    href: () => this.#exitHref,
    language: this.language,
    source: () => this.#exitSource,
    // Behind the open overlay the page is inert: only the dialog's own status can be heard.
    modal: () => this.#where == 'overlay',
  });

  constructor() {
    super();
    new ScheduleController(this, () => [this.#nextChange]);
  }

  /**
   * A bar or the blackout waits for its styles and code (fixed.ts), which then join this
   * banner's; without them (blocked, missing) it is shown in the page's flow, and says so. Asked
   * just before each render: a campaign file that makes it an overlay may come in while the
   * first render waits its frame (it was drawn in the page's flow, and the page moved).
   */
  protected override codeToDraw(): Promise<void> | undefined {
    let mode = 'inline';
    try {
      mode = this.config.mode ?? mode;
    } catch {
      /* settings the page broke: the render reports them */
    }
    // Nothing to wait for, no promise: an update that waits a microtask more changes when all else happens.
    if (mode == 'inline' || fixed) return void this.#joinFixed();
    return loadFixed().then(
      () => this.#joinFixed(),
      () => this.report('mode', `could not load the code of bars and the blackout; shown in the page instead`),
    );
  }

  #joinFixed(): void {
    if (fixed && !this.#fold) {
      this.#fold = new fixed.FoldController(this);
      if (this.renderRoot instanceof ShadowRoot) adoptStyles(this.renderRoot, [...CampaignBanner.elementStyles, fixed.fixedStyles]);
    }
  }

  /** Nothing inline in the page's flow: outside its window, dismissed, or a bar or an overlay. */
  protected override get showsNothing(): boolean {
    return !this.renderRoot.querySelector('.box.inline');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The light-DOM message can arrive or change after the first render (a parser still reading,
    // a framework filling in text): whether there is a message decides what the banner shows.
    (this.#light ??= new MutationObserver(guarded(this, 'message', () => this.requestUpdate()))).observe(this, {
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
    const { teaserDays = 0, mode, reminder, campaignId, headline, showLimit, pages } = this.config;
    const lang = this.language.lang;
    const time = now();
    const id = (this.#id = campaignId ?? this.campaignFile.file?.id ?? headline ?? this.config.message ?? this.config.ctaHref ?? '');
    // Until the campaign file has settled its dates are unknown, and an overlay that flashes up
    // before the file says the window is over is worse than a banner that waits. A date that was
    // given but refused keeps the banner hidden: a typo must not black out every partner's site.
    const calendar = this.campaignFile.settled ? this.#calendar() : undefined;
    let path = '/';
    try {
      path = location.pathname;
    } catch {
      /* no location: every page */
    }
    const found = calendar && onPages(pages, path) ? calendarAt(time, calendar, teaserDays * DAY) : undefined;
    const occurrence = found?.window;
    // Each repeat is remembered on its own: closing this year's blackout says nothing of next year's.
    const repeat = occurrence?.index ? '@' + new Date(occurrence.start!).toISOString().slice(0, 10) : '';
    const base = (this.#base = `${BANNER_PREFIX}${id}${repeat}`);
    const key = (p: Shown | 'acted' | 'shown') => `${base}${p == 'live' ? '' : ':' + p}`;
    const gone = (p: Shown | 'acted') => this.#dismissals.has(key(p));
    const { afterHeadline, afterMessage, afterCtaHref } = this.config;
    let phase: Shown | undefined = found?.phase;
    if (phase == 'after' && !(afterHeadline || afterMessage || afterCtaHref)) phase = undefined;
    this.#outside ??= found && !phase && (found.window ?? calendar);
    // Restraint: a visitor who has followed the call to action, or seen the blackout `show-limit`
    // times, gets the reminder bar; an overlay already open in this page view stays.
    if (phase == 'live' && mode == 'overlay' && !this.#opened.has(key(phase)))
      if (gone('acted') || (showLimit && this.#dismissals.count(key('shown')) >= showLimit)) phase = 'reminder';
    if (phase == 'live' && gone(phase)) phase = reminder && mode == 'overlay' ? 'reminder' : undefined;
    if (phase != 'live' && phase && gone(phase)) phase = undefined;
    this.#phase = phase;
    this.#key = phase ? key(phase) : '';
    // The next boundary: when a phase or the next occurrence's teaser begins, or the countdown changes.
    this.#nextChange = found?.next;
    if (phase == 'teaser') {
      const { value, unit, next } = teaserCountdown(time, occurrence!.start!);
      this.#nextChange = Math.min(next, this.#nextChange ?? next);
      if (unit == 'soon') this.#countdown = bannerMessages.t(lang, 'soon');
      else {
        const when = Intl.RelativeTimeFormat.supportedLocalesOf(lang).length
          ? relativeTimeFormat(lang).format(value, unit)
          : bannerMessages.t(lang, unit, { n: value });
        this.#countdown = bannerMessages.t(lang, 'starts', { when });
      }
    }
    this.#where = !fixed ? 'inline' : phase == 'live' ? (this._failed ? 'top' : mode) : mode == 'inline' || mode == 'top' ? mode : 'bottom';
    // Comments (WordPress leaves them) and the empty paragraphs and <br> a CMS adds are no message.
    this.#hasLightMessage =
      !!this.querySelector('img,svg,video,iframe') || [...this.childNodes].some((n) => n.nodeType != 8 && n.textContent!.trim());
    const after = phase == 'after';
    const speaks = after
      ? afterHeadline || afterCtaHref || afterMessage
      : headline || this.config.ctaHref || (phase == 'live' && (this.config.message || this.#hasLightMessage));
    // One exit on the page: where a <quick-exit> is there, a banner in the page's flow or a bar
    // (an overlay's countdown and thank-you bars too) leaves the way out to it. An overlay keeps
    // its own, since the page behind it is inert.
    const pageHasExit = this.#where != 'overlay' && !!document.querySelector('quick-exit');
    this.#exitHref = phase && speaks && !pageHasExit && (mode == 'overlay' || this.config.warning) ? this.#exitAddress() : undefined;
  }

  /**
   * The window, its repeats and the after-copy's end, with dates written without an offset read
   * in `time-zone`. Undefined, and the banner hidden, while `start` or `end` is refused.
   */
  #calendar(): Calendar | undefined {
    const { start, end, afterEnd, recur, timeZone } = this.config;
    const rejected = this.settings.rejected;
    if (rejected.has('start') || rejected.has('end')) return;
    // Without a time zone, repeats keep the offset `start` was written with (checked to be the
    // text that gave the moment: an attribute, else the campaign file).
    const offset = [this.start, this.campaignFile.values?.start]
      .map((text) => (typeof text == 'string' ? readIso(text) : undefined))
      .find((read) => read?.offset !== undefined && read.wall - read.offset === start)?.offset;
    const read = (key: 'start' | 'end' | 'afterEnd', text?: number | string) => {
      const date = text === undefined ? undefined : readDate(text, timeZone, offset);
      if (text !== undefined && !date)
        this.report(
          this.settings.sourceOf(key),
          `"${text}" has no offset (+01:00, Z) and there is no valid time-zone to read it in; ${key == 'afterEnd' ? 'the after-copy is not shown' : STAYS_HIDDEN}`,
        );
      return date ?? (text === undefined ? undefined : null);
    };
    const [from, to, stop] = [read('start', start), read('end', end), read('afterEnd', afterEnd)];
    if (from === null || to === null) return;
    // The banner's rules between settings are declared in its element.ts (the schema reads them too).
    const [ordered] = campaignBanner.rules;
    const problem = ordered.check(this.config);
    if (problem) {
      this.report(
        'end',
        `${this.getAttribute('end') ?? 'the campaign file’s end'} ${problem} ${this.getAttribute('start') ?? 'in the campaign file'}; the banner stays hidden`,
      );
      return;
    }
    let after = stop === null || rejected.has('afterEnd') ? to?.time : (stop?.time ?? (to && to.time + 14 * DAY));
    if (stop && to && stop.time <= to.time) {
      this.report(this.settings.sourceOf('afterEnd'), `"${afterEnd}" is not after end; the after-copy is not shown`);
      after = to.time;
    }
    if (recur && !from) this.report(this.settings.sourceOf('recur'), 'repeats need a start (the first occurrence); ignored');
    return { start: from?.time, end: to?.time, after, rule: from && recur, zone: timeZone ?? from?.zone };
  }

  /**
   * Where the exit control leads: this banner's `exit-href` (or `banner.exitHref`), else the
   * campaign file's `quickExit.href`, checked by the same rules as every URL setting (relative to
   * the file, `https:`/`http:` only) and reported like one when refused.
   */
  #exitAddress(): string | undefined {
    if (this.config.exitHref) {
      this.#exitSource = this.settings.sourceOf('exitHref');
      return this.config.exitHref;
    }
    // The file is a null-prototype record: a host page's Object.prototype.href is never read.
    const given = this.campaignFile.file?.quickExit?.href;
    if (isUnset(given)) return;
    const file = this.campaignFile.url;
    const source = (this.#exitSource = { file: file ?? '', section: 'quickExit', key: 'href' });
    const field = bannerFields.exitHref;
    const parsed = parseField(field, typeof given == 'string' && file ? (safeUrl(given, { base: file }) ?? given) : given);
    if (parsed.ok) return parsed.value;
    this.report(source, describeProblem(field, given));
  }

  protected override update(changed: PropertyValues): void {
    // The window ended or the visitor dismissed: closing before the dialog leaves the page is
    // what returns focus to where it was.
    if (this.#where != 'overlay') this.renderRoot.querySelector('dialog')?.close();
    super.update(changed);
  }

  protected override render() {
    const phase = this.#phase;
    if (!phase) return nothing;
    const { warning, supportLabel, supportHref, dismissible } = this.config;
    const lang = this.language.lang;
    const t = (key: 'more' | 'warning' | 'show' | 'support' | 'continue' | 'readMore' | 'readLess') => bannerMessages.t(lang, key);
    const where = this.#where;
    const live = phase == 'live';
    const after = phase == 'after';
    // The after-copy has its own words, in the banner's own layout; the light DOM is the window's message.
    const words = (after ? ['afterHeadline', 'afterMessage', 'afterCtaLabel'] : ['headline', 'message', 'ctaLabel']) as Array<
      keyof typeof bannerFields
    >;
    const [headline, message, ctaLabel] = words.map((key) => this.config[key] as string | undefined);
    const ctaHref = after ? this.config.afterCtaHref : this.config.ctaHref;
    const full = live || after;
    const overlay = where == 'overlay';
    const light = !after && this.#hasLightMessage;
    const said = message || light;
    // Kept in the shadow tree but hidden until the light DOM holds a message to show. After the
    // message's own words: `dir="auto"` takes a slot it meets first as the host's direction, so
    // English words on an Arabic page would read right to left (their full stop first).
    const slot = after ? nothing : html`<slot ?hidden=${!said}></slot>`;
    // Nothing to say: no box at all, rather than an empty one or an unnamed modal.
    if (!headline && !ctaHref && !(full && said)) return live ? slot : nothing;
    const labelled = headline ? 'h' : nothing;
    // Language of parts: the campaign's words in another language than the banner's own.
    const [headlineMarks, messageMarks, ctaMarks, warningMarks, supportMarks] = [...words, 'warning', 'supportLabel'].map((key) =>
      this.marks(bannerMessages, key as keyof typeof bannerFields),
    );
    const box = this.marks(bannerMessages);
    // A warning is a gate in front of a message. With no message behind it there is nothing to
    // gate, and it is said as it stands: it still warns of what the call to action leads to.
    const gated = live && said && warning && !this._revealed;
    const warned = live && !said && warning;
    // prettier-ignore
    const warningNote = html`<p part="warning"><strong>${t('warning')}</strong> <span lang=${warningMarks.lang ?? nothing} dir=${warningMarks.dir ?? nothing}>${warning}</span></p>`;
    const cta =
      ctaHref && !gated
        ? html`<a
            part="cta"
            href=${this.settings.attributed(ctaHref)}
            lang=${ctaMarks.lang ?? nothing}
            dir=${ctaMarks.dir ?? nothing}
            @click=${this.on(this.#cta)}
            >${ctaLabel ?? t('more')}</a
          >`
        : nothing;
    // Support signposting goes wherever the campaign does, the compact bars included.
    const support = supportHref
      ? html`<a part="support" href=${supportHref} lang=${supportMarks.lang ?? nothing} dir=${supportMarks.dir ?? nothing}
          >${supportLabel ?? t('support')}</a
        >`
      : nothing;
    const heading = (inner: unknown) =>
      html`<h2 id="h" part="headline" lang=${headlineMarks.lang ?? nothing} dir=${headlineMarks.dir ?? nothing}>${inner}</h2>`;
    const exit = this.#exit.render(undefined, { link: 'exit', status: 'exit-status', hint: 'exit-hint' });
    // A fixed bar always has a close button: it must never cover the partner's page for good.
    // An overlay's says where it goes, in words: a bare × on a blackout reads as "no way back".
    const close = overlay
      ? dismissible
        ? html`<button part="close" class="continue" @click=${this.on(this.#dismiss)}>${t('continue')}</button>`
        : nothing
      : dismissible || where == 'top' || where == 'bottom'
        ? html`<button part="close" class="close" aria-label=${common.t(lang, 'close')} @click=${this.on(this.#dismiss)}>×</button>`
        : nothing;
    // A bar's exit comes first, in its first row, as the blackout's does: on a phone the bar is at
    // most a quarter of the screen and scrolls, and the way out must never be below its fold.
    const exitFirst = overlay || where == 'top' || where == 'bottom';
    const exitRow = exitFirst && exit != nothing ? html`<div class="exit-row">${exit}</div>` : nothing;
    // A bar's headline and message fold to one line on a phone (CSS) until the visitor asks for
    // the rest, so its call to action and support link stay in sight. A content warning is never
    // folded away: it is read before "show".
    // A message the visitor asked to see ("show", after a warning) is shown whole.
    const barMessage = exitFirst && !overlay && said && !gated && !this._revealed;
    const folded = barMessage && !this.#fold?.open;
    const fold = t(this.#fold?.open ? 'readLess' : 'readMore');
    // prettier-ignore
    const more = barMessage && (this.#fold?.more || this.#fold?.open)
      ? html`<button part="more" class="more" aria-expanded=${!!this.#fold?.open} aria-controls="m" @click=${this.on(() => this.#fold?.toggle())}>${fold}</button>`
      : nothing;
    // The message takes focus only after "show", so focus can follow the visitor there; an
    // overlay otherwise starts on its own box, as below.
    // prettier-ignore
    const body = html`${headline ? heading(headline) : nothing}${gated
        ? warningNote
        : said ? html`<div part="message" tabindex=${this._revealed ? -1 : nothing} lang=${light ? nothing : (messageMarks.lang ?? nothing)} dir=${light ? nothing : (messageMarks.dir ?? nothing)}>${light ? nothing : message}${slot}</div>` : html`${warned ? warningNote : nothing}${slot}`}`;
    // prettier-ignore
    const content = !full
      ? html`${exitFirst ? exitRow : exit}<p><strong id="h" lang=${headlineMarks.lang ?? nothing} dir=${headlineMarks.dir ?? nothing}>${headline}</strong> ${phase == 'teaser' ? this.#countdown : nothing}</p>${cta}${support}`
      : html`${exitRow}${barMessage ? html`<div class="fold-row"><div id="m" class="bar-message">${body}</div>${more}</div>` : body}<div class="controls">${gated ? html`<button part="show" @click=${this.on(this.#reveal)}>${t('show')}</button>` : nothing}${cta}${support}${exitFirst ? nothing : exit}</div>`;
    // In an overlay the dialog carries the name; a named section inside it would be announced again.
    // An overlay opens on its own box, not on its first link: a screen reader then reads the
    // message from the top, and a stray Enter does not follow the call to action.
    const section = html`<section
      class="box ${where} ${phase}${folded ? ' folded' : ''}${this.#fold?.more && folded ? ' cut' : ''}"
      part="banner"
      lang=${box.lang ?? nothing}
      dir=${this.language.dir}
      aria-labelledby=${overlay ? nothing : labelled}
      tabindex=${overlay ? -1 : nothing}
      ?autofocus=${overlay}
      @keydown=${this.on((e: KeyboardEvent) => e.key == 'Escape' && (where == 'top' || where == 'bottom') && this.#dismiss())}
    >
      ${content}${close}
    </section>`;
    return overlay
      ? html`<dialog
          part="dialog"
          dir=${this.language.dir}
          aria-labelledby=${labelled}
          @cancel=${this.on(this.#cancel)}
          @close=${this.on(this.#closed)}
        >
          ${section}
        </dialog>`
      : section;
  }

  /**
   * `showModal()` gives focus, Tab containment, inertness and `Escape` from the platform. If it
   * fails, or the overlay would be invisible (a hidden host), nothing may stay over the page.
   * First, a banner outside its window says so once in the console.
   */
  protected override updated(): void {
    if (this.#outside) {
      // Outside: before the window opens (it has a start), or after it closed (it has an end).
      const { start = 0, end = 0 } = this.#outside;
      const opens = start > now();
      console.info(
        `[coalition-embed] <campaign-banner> is hidden: its window ${opens ? 'opens' : 'closed'}`,
        new Date(opens ? start : end),
      );
      this.#outside = false;
    }
    const bar = this.renderRoot.querySelector('.top,.bottom');
    // Created only once there is a bar: most banners are inline and never need one.
    if (bar) (this.#sizes ??= new ResizeObserver(guarded(this, 'mode', () => this.#makeRoom(true)))).observe(bar);
    this.#makeRoom();
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return this.#unlock?.();
    if (dialog.open) return;
    try {
      dialog.showModal();
      if (!dialog.offsetWidth) throw Error('hidden');
      this.#unlock = fixed!.lockScroll();
      // Counted once per page view and occurrence, and only when there is a limit to count for.
      if (!this.#opened.has(this.#key)) {
        this.#opened.add(this.#key);
        if (this.config.showLimit) this.#dismissals.bump(`${this.#base}:shown`, this.config.dismissDays);
      }
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
    fixed?.setBarRoom(this, edge, height ?? 0, later);
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
    this.#dismissals.dismiss(this.#key, days);
    this.emit('coalition-dismiss', { campaignId: this.#id });
    this.requestUpdate();
  }

  #reveal(): void {
    this._revealed = true;
    // The "show" button goes away; focus follows the visitor to what they asked to see.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=message]')?.focus());
  }

  #cta(e: Event): void {
    // Later pages of this session need not black out for someone who has already acted.
    if (this.config.mode == 'overlay') this.#dismissals.note(`${this.#base}:acted`);
    this.emit('coalition-cta', { href: (e.currentTarget as HTMLAnchorElement).href });
  }
}

// The settings as typed properties, declared by the fields themselves (no runtime code).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CampaignBanner extends SettingProperties<typeof bannerFields> {}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-banner': CampaignBanner;
  }
}
