import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CoalitionElement } from '../core/base.js';
import { flagConverter } from '../core/fields.js';
import { themeStyles } from '../core/theme.js';
import { bannerFields } from './fields.js';
import { bannerStyles } from './campaign-banner.styles.js';

/**
 * The campaign's message and call to action.
 *
 * @summary Campaign message, inline or as a bar, or a scheduled full-page blackout.
 * @slot - The message (rich text); also what visitors see without JavaScript
 * @csspart banner - The banner box
 */
export class CampaignBanner extends CoalitionElement<typeof bannerFields> {
  static override styles = [themeStyles, bannerStyles];
  protected readonly fields = bannerFields;
  protected override readonly section = 'banner' as const;

  @property() headline?: string;
  @property() message?: string;
  @property({ attribute: 'cta-label' }) ctaLabel?: string;
  @property({ attribute: 'cta-href' }) ctaHref?: string;
  @property() mode?: string;
  @property() start?: string;
  @property() end?: string;
  @property({ converter: flagConverter }) dismissible?: boolean;
  @property({ attribute: 'dismiss-days' }) dismissDays?: string | number;
  @property({ attribute: 'campaign-id' }) campaignId?: string;
  @property() warning?: string;

  protected override render() {
    const { headline, message } = this.config;
    return html`<section class="banner" part="banner" dir=${this.resolvedDir}>
      ${headline ? html`<h2>${headline}</h2>` : nothing}
      <slot>${message ?? nothing}</slot>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-banner': CampaignBanner;
  }
}
