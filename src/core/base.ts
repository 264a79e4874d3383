import { LitElement, type CSSResult, type PropertyDeclarations } from 'lit';
import { CampaignController } from './campaign-controller.js';
import { ConfigController } from './config.js';
import { holdReports, reportError, errorText, type Source } from './errors.js';
import { emit, type CoalitionEventMap } from './events.js';
import { propertiesFor, type Fields } from './fields.js';
import { commonFields } from './common-fields.js';
import { define } from './define.js';
import type { ElementBasics } from './element.js';
import { LanguageController } from './language.js';
import { wordsFor, type Messages } from './i18n.js';
import { nextFrame } from './tasks.js';

let saidCannotRender = false;

/**
 * What every coalition element must have: its settings (read through controllers: language,
 * campaign file, configuration), one way to report and one to emit, and a guard so that nothing
 * we do ever throws into the host page. Subclasses declare `static element`: their description
 * (their folder's `element.ts`: tag, fields, campaign-file section).
 *
 * @cssprop --coalition-accent - Buttons, links and bars in the light scheme (default #0b57d0)
 * @cssprop --coalition-accent-text - Text on the accent colour
 * @cssprop --coalition-accent-dark - The accent in the dark scheme (default #a8c7fa); --coalition-accent applies to the light scheme only
 * @cssprop --coalition-accent-text-dark - Text on the dark scheme's accent (default #062e6f)
 * @cssprop --coalition-surface - Background of the widget
 * @cssprop --coalition-text - Main text colour
 * @cssprop --coalition-muted - Secondary text colour
 * @cssprop --coalition-border - Borders and tracks
 * @cssprop --coalition-radius - Corner radius (default 0.5rem)
 * @cssprop --coalition-font - Font family (default: inherited from the host page)
 * @cssprop --coalition-focus - Focus ring colour
 * @cssstate empty - The element shows nothing in the page's flow (no count, an empty list, a banner outside its window, closed, or a bar or overlay): the paste snippet's reserved space gives way
 * @cssstate fit - The element has drawn what it shows and was below the screen: the paste snippet's style lets its box be as tall as what it draws (the room a narrower font leaves goes without moving anything the visitor sees)
 * @cssstate shown - The element shows something in the page's flow; its own gap (`--coalition-gap`) applies only then, so a page does not move for a widget that is still waiting for its campaign file or turns out to show nothing
 * @cssprop --coalition-gap - Space kept above and below each widget (default 1em); a page's own `margin-block` on the element wins
 * @cssprop --coalition-wait - How long the paste snippet's style keeps an element's space while its script may still come (default 30s); the loader sets it to 0s on an element whose file failed
 * @fires {CustomEvent<{element: string, attribute: string, message: string, source: object}>} coalition-error - A bad attribute, campaign-file value or remote response; the element falls back
 */
export abstract class CoalitionElement<F extends Fields = Fields> extends LitElement {
  /** Marks our classes so `define()` can tell a second copy of us from a foreign element. */
  static coalitionEmbed = true;
  /** The element's description: its tag, settings and campaign-file section (its `element.ts`). */
  static element: ElementBasics;

  /**
   * Registers the element, under its own tag unless told otherwise; never throws (a second copy
   * of the script, or another library owning the name, is reported once and left alone).
   */
  static define(tag = this.element.tag): void {
    define(tag, this as unknown as CustomElementConstructor);
  }

  /**
   * The class's own work before its first element: its properties declared and its styles parsed,
   * once. The loader runs it in a task before `define()`: on a phone the definition's task (every
   * element's upgrade and settings) is then that much shorter. `define()` does it anyway where it
   * was not done.
   */
  protected static prepare(): void {
    try {
      this.finalize();
      for (const style of this.elementStyles) void (style as CSSResult).styleSheet;
    } catch {
      /* a page that broke the platform: define() meets it again, and reports it */
    }
  }

  // The settings every element takes, from their declarations (common-fields.ts). Reflected
  // where CSS reads them (the theme), and observed so that a page switching language or
  // direction re-renders the element's words.
  static override properties: PropertyDeclarations = {
    ...propertiesFor(commonFields),
    theme: { reflect: true },
    lang: { reflect: true },
    dir: { reflect: true },
  };

  declare campaign?: string;
  declare theme?: string;
  declare partner?: string;

  protected readonly language = new LanguageController(this);
  protected readonly campaignFile: CampaignController;
  protected readonly settings: ConfigController<F>;

  /** The page makes rendering impossible (a throwing attachShadow, patched built-ins): the light DOM stays. */
  #broken = false;

  /** The host's custom states (`:state(empty)`, a quick exit's `:state(inline)`), where the browser has them. */
  #internals?: ElementInternals;

  constructor() {
    super();
    const { fields, section } = (this.constructor as typeof CoalitionElement).element;
    this.campaignFile = new CampaignController(this, section, Object.keys(fields));
    this.settings = new ConfigController(this, fields as F, this.campaignFile, this.language);
    try {
      this.#internals = this.attachInternals();
    } catch {
      /* an older browser: no custom states, and the paste snippet's space simply stays */
    }
    // After every render, before the element's own `updated`: whether the element shows nothing
    // in the page's flow, so the paste snippet's reserved space can give way; and once what it
    // shows is final, whether it is below the screen, where the room its box keeps beyond that
    // can go (`:state(fit)`, below). The observer outlives a move in the page (it keeps
    // observing a removed element) and ends once the element fits.
    let sight: IntersectionObserver | undefined;
    this.addController({
      hostUpdated: () => {
        const nothing = this.showsNothing;
        this.setState('empty', this.campaignFile.settled && nothing);
        this.setState('shown', !nothing);
        if (!sight && this.drawn)
          (sight = new IntersectionObserver(([{ isIntersecting, boundingClientRect }]) => {
            if (!isIntersecting && boundingClientRect.top > 0) {
              this.setState('fit', true);
              sight!.disconnect();
            }
          })).observe(this);
      },
    });
  }

  /**
   * What the element shows is final (its campaign file read; a counter's sources answered). The
   * paste snippet keeps the tallest the element draws at its width in any of eight font families,
   * so that nothing moves when it draws; in a narrower font its box keeps the rest as room
   * inside. Once drawn, that room goes where no visitor sees anything move: when the element is
   * below the screen (what follows it is too). Above it, what the visitor reads would move where
   * a browser does not anchor scrolling (Safari), or in another column: it stays.
   */
  protected get drawn(): boolean {
    return this.campaignFile.settled;
  }

  /**
   * True when nothing of the element is in the page's flow: nothing rendered (a counter with no
   * count, a banner outside its window). `:state(empty)` then lets the snippet's space go.
   */
  protected get showsNothing(): boolean {
    return !this.renderRoot.querySelector('*');
  }

  /** Sets or clears one custom state of the host (`:state(NAME)` in CSS). */
  protected setState(name: string, on: boolean): void {
    try {
      this.#internals?.states[on ? 'add' : 'delete'](name);
    } catch {
      /* CustomStateSet without plain names (Chrome before 125): the state is simply not there */
    }
  }

  // Every entry point the browser calls is guarded: a hostile host page (patched built-ins, a
  // throwing attachShadow) gets a report, never an exception of ours.
  override connectedCallback(): void {
    try {
      super.connectedCallback();
      // Settings are merged and checked in this frame (the definition's), templates rendered in
      // the next (see scheduleUpdate): on a phone the two halves are never one long frame.
      if (!this.hasUpdated) void this.config;
    } catch (e) {
      this.#cannotRender(e);
    }
  }

  override disconnectedCallback(): void {
    try {
      super.disconnectedCallback();
    } catch (e) {
      reportError(this, 'render', errorText(e));
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    try {
      super.attributeChangedCallback(name, old, value);
    } catch (e) {
      reportError(this, { attribute: name }, errorText(e));
    }
  }

  #cannotRender(e: unknown): void {
    this.#broken = true;
    // Once per page: every element would say the same.
    if (saidCannotRender) return;
    saidCannotRender = true;
    reportError(this, 'render', `cannot render on this page (${errorText(e)}); its own content stays`);
  }

  /**
   * An event handler for a template that reports instead of throwing into the page's error
   * handlers. A new wrapper each render costs nothing: Lit keeps one listener per binding and
   * only swaps the function it calls.
   */
  protected on<E extends Event>(handler: (event: E) => unknown): (event: E) => void {
    return (event: E) => {
      try {
        const result = handler.call(this, event);
        if (result instanceof Promise) result.catch((e) => reportError(this, event.type, errorText(e)));
      } catch (e) {
        reportError(this, event.type, errorText(e));
      }
    };
  }

  /** The merged settings: own attributes, then the campaign file, then defaults. */
  protected get config() {
    return this.settings.config;
  }

  /**
   * Language of parts (WCAG 3.1.2): `lang` for the element's box when its built-in words fell
   * back to English (an Italian page), and `lang` and `dir` for a part showing a setting's words when
   * they are in another language than the words around them (Welsh copy that fell back to
   * English, Arabic copy on an English page). Undefined where nothing needs marking.
   */
  protected marks(words: Messages<string>, key?: keyof F & string): { lang?: string; dir?: string } {
    const around = words.wordsLang(this.language.lang);
    // The box keeps the page's direction (its layout) even where its words are English.
    if (!key) return around === this.language.lang ? {} : { lang: around };
    if (this.config[key] === undefined) return {};
    // Words of unknown language (a plain string) take their direction from themselves: English
    // copy on an Arabic page keeps its full stop at its end.
    return { lang: this.settings.langOf(key, around), dir: this.settings.dirOf(key, around) ?? 'auto' };
  }

  protected report(source: Source | string, message: string): void {
    reportError(this, source, message);
  }

  protected emit<K extends keyof CoalitionEventMap>(name: K, detail: CoalitionEventMap[K]['detail']): boolean {
    try {
      return emit(this, name, detail);
    } catch (e) {
      reportError(this, name, `a listener threw: ${errorText(e)}`);
      return true;
    }
  }

  /**
   * The first render comes in the frame after the one that defined the element (whose work is
   * the class, the upgrade and the settings): the two halves are then never one long frame on a
   * phone. The paste snippet keeps each element's space past its definition (an inline banner's
   * until it is `:state(empty)`), so the frame in between moves nothing.
   */
  #firstRender?: Promise<void>;

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await (this.#firstRender ??= nextFrame());
    // Awaited only when there is something to wait for: an update that waits a microtask more
    // than before would change when everything else happens.
    const words = this.#words();
    if (words) await words;
    // Asked last, just before the render: a campaign file may have come in the waits above.
    const code = this.codeToDraw();
    if (code) await code;
    if (!this.#broken) super.scheduleUpdate();
  }

  /** Code of its own the element needs for what it is about to draw, loaded before it draws. */
  protected codeToDraw(): Promise<void> | undefined {
    return undefined;
  }

  /**
   * How long an element waits for the words of the visitor's language (a file of their own,
   * started by the loader with the element's) before it shows English and switches when they
   * come. They are usually here first; a slow or stalled file must not keep a widget blank, and
   * the quick exit (0) never waits.
   */
  protected static wordsWait = 1000;
  #wordsAsked?: string;

  #words(): Promise<unknown> | undefined {
    const lang = this.language.lang;
    const words = wordsFor(lang);
    if (!words || this.#wordsAsked === lang) return undefined;
    this.#wordsAsked = lang;
    words.then((came) =>
      came
        ? this.hasUpdated && this.requestUpdate()
        : this.report(
            { attribute: 'lang' },
            `could not load the words for "${lang}" (missing, blocked or changed since the release); showing English`,
          ),
    );
    const wait = (this.constructor as typeof CoalitionElement).wordsWait;
    return wait ? Promise.race([words, new Promise((late) => setTimeout(() => late(0), wait))]) : undefined;
  }

  /**
   * Lit rethrows render errors into the page's error handlers; a partner's page must never see
   * ours. The previous rendering stays, and the problem is reported like any other.
   */
  protected override performUpdate(): void {
    // Problems found while merging settings or rendering are sent once the update is done.
    const send = holdReports(this);
    try {
      super.performUpdate();
    } catch (e) {
      reportError(this, 'render', errorText(e));
    } finally {
      send();
    }
  }
}
