import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CoalitionElement } from '../core/base.js';
import { themeStyles } from '../core/theme.js';
import { shareFields } from './fields.js';
import { shareMessages } from './messages.js';
import { shareStyles } from './share-bar.styles.js';

/**
 * Share buttons that make no request to any network before a click.
 *
 * @summary Share the campaign to social networks, email and the clipboard.
 * @fires {CustomEvent<{network: string, url: string}>} coalition-share - A visitor shared
 * @csspart heading - The visible heading
 */
export class ShareBar extends CoalitionElement<typeof shareFields> {
  static override styles = [themeStyles, shareStyles];
  protected readonly fields = shareFields;
  protected override readonly section = 'share' as const;

  @property() url?: string;
  @property() text?: string;
  @property() hashtags?: string;
  @property() networks?: string;
  @property() label?: string;

  protected override render() {
    return html`<nav dir=${this.resolvedDir} aria-label=${this.config.label ?? shareMessages.t(this.resolvedLang, 'share')}>
      <p part="heading">${this.config.label ?? shareMessages.t(this.resolvedLang, 'share')}</p>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'share-bar': ShareBar;
  }
}
