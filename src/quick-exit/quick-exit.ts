import { html, nothing, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { errorText, guarded } from '../core/errors.js';
import { propertiesFor, type SettingProperties } from '../core/fields.js';
import { themeStyles } from '../core/theme.js';
import { hidePage, navigation } from './exit.js';
import { quickExitFields } from './fields.js';
import { quickExitMessages, type QuickExitMessage } from './messages.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { ShiftShortcut } from './shortcut.js';

/**
 * A way out for a visitor at risk (a child, a survivor, someone whose abuser may be watching
 * the screen): a prominent "Exit this page" button that hides the page at once and replaces it
 * with an everyday site. Pressing Shift three times within 5 seconds anywhere on the page does
 * the same. Place it first in the page's `<body>`: sticky, it then stays at the top of the
 * window however far the visitor scrolls.
 *
 * `coalition-exit` is news, not a question: cancelling it does not keep the visitor on the page.
 *
 * @tag quick-exit
 * @summary Leave the page at once: a button and the Shift shortcut, to an everyday site.
 * @fires {CustomEvent<{href: string}>} coalition-exit - The visitor is leaving (button or Shift shortcut), just before the page is hidden and replaced
 * @csspart button - The "Exit this page" link
 * @csspart status - The screen-reader status saying how many Shift presses remain
 * @cssprop --coalition-exit - The button's colour (default #d4351c)
 * @cssprop --coalition-exit-text - The button's text (default #ffffff)
 * @cssprop --coalition-exit-hover - The button's colour under the pointer (default #aa2a16)
 */
export class QuickExit extends CoalitionElement<typeof quickExitFields> {
  static override styles = [themeStyles, quickExitStyles];
  static override properties = propertiesFor(quickExitFields);
  static override fields = quickExitFields;
  static override section = 'quickExit' as const;

  readonly #shortcut = new ShiftShortcut(
    this,
    guarded(this, 'exit', () => this.#exit()),
  );
  // Where attachInternals is missing, `position="inline"` still works; only the campaign file's does not.
  readonly #internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;

  #t(key: QuickExitMessage): string {
    return quickExitMessages.t(this.language.lang, key);
  }

  /**
   * Never with the partner's attribution: tags on the everyday site's address would tell it,
   * and anyone reading the history, where the visitor came from.
   */
  #exit(): void {
    const href = this.config.href!;
    this.emit('coalition-exit', { href });
    // Whatever a hostile page does to the hiding, the visitor still leaves.
    try {
      hidePage(this.#t('exiting'), this.language.lang, this.language.dir);
    } catch (e) {
      this.report('exit', `could not hide the page: ${errorText(e)}`);
    }
    try {
      navigation.go(href);
    } catch (e) {
      this.report(this.settings.sourceOf('href'), `could not leave the page: ${errorText(e)}`);
    }
  }

  // Every click, modified or not: a visitor at risk means "leave", not "open a tab" (which
  // would leave this page showing). A middle click still opens the everyday site in a tab.
  #onClick(event: MouseEvent): void {
    event.preventDefault();
    this.#exit();
  }

  // The sticky rule sits on the host, so the host needs to know the setting, wherever it came from.
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    try {
      const states = this.#internals?.states;
      if (this.config.position === 'inline') states?.add('inline');
      else states?.delete('inline');
    } catch {
      /* a browser with the old `--state` syntax: the attribute alone decides */
    }
  }

  protected override render() {
    const { presses, status } = this.#shortcut;
    return html`<div class="bar" dir=${this.language.dir}>
      <a part="button" href=${this.config.href!} rel="noreferrer" aria-describedby="hint" @click=${this.on(this.#onClick)}>
        <span>${this.config.label ?? this.#t('label')}</span>
        <span class="lights ${presses ? 'counting' : ''}" aria-hidden="true"
          >${[1, 2, 3].map((n) => html`<span class=${n <= presses ? 'on' : nothing}></span>`)}</span
        >
      </a>
      <span id="hint" class="visually-hidden">${this.#t('hint')}</span>
      <span part="status" role="status" class="visually-hidden">${status ? this.#t(status) : ''}</span>
    </div>`;
  }
}

// The settings as typed properties, declared by the fields themselves (no runtime code).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QuickExit extends SettingProperties<typeof quickExitFields> {}

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
}
