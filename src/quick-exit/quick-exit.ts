import { html, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { quickExit } from './element.js';
import { ExitControl, exitStyles } from '../exit/exit-control.js';
import { propertiesFor, type SettingProperties } from '../core/fields.js';
import { themeStyles } from '../core/theme.js';
import { quickExitFields } from './fields.js';
import { quickExitStyles } from './quick-exit.styles.js';

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
  static override styles = [themeStyles, exitStyles, quickExitStyles];
  static override properties = propertiesFor(quickExitFields);
  static override element = quickExit;
  // A visitor at risk needs the way out at once: English now, their language when its words come.
  protected static override wordsWait = 0;

  // The link, the Shift shortcut and the leaving, shared with the banner (src/exit/exit-control.ts).
  readonly #control = new ExitControl(this, {
    href: () => this.config.href!,
    language: this.language,
    source: () => this.settings.sourceOf('href'),
  });
  // The sticky rule sits on the host, so the host needs to know the setting, wherever it came from.
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Where custom states are missing, `position="inline"` still works; only the campaign file's does not.
    this.setState('inline', this.config.position === 'inline');
  }

  protected override render() {
    return html`<div class="bar" dir=${this.language.dir}>
      ${this.#control.render(this.config.label, { link: 'button', status: 'status', hint: 'hint' })}
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
