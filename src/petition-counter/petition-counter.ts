import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CoalitionElement } from '../core/base.js';
import { numberFormat } from '../core/i18n.js';
import { themeStyles } from '../core/theme.js';
import { counterFields } from './fields.js';
import { counterMessages } from './messages.js';
import { counterStyles } from './petition-counter.styles.js';

/**
 * A live signature count with progress to a goal.
 *
 * @summary Live petition signature count, summed across sources.
 * @fires {CustomEvent<{count: number, goal?: number}>} coalition-count - The shown count changed
 * @csspart counter - The counter box
 * @csspart number - The number
 */
export class PetitionCounter extends CoalitionElement<typeof counterFields> {
  static override styles = [themeStyles, counterStyles];
  protected readonly fields = counterFields;
  protected override readonly section = 'petition' as const;

  @property() count?: string | number;
  @property() source?: string;
  @property() goal?: string | number;
  @property() label?: string;
  @property() refresh?: string | number;
  @property() href?: string;
  @property({ attribute: 'cta-label' }) ctaLabel?: string;
  @property() format?: string;

  protected override render() {
    const { count, label, format } = this.config;
    if (count === undefined) return nothing;
    const number = numberFormat(this.resolvedLang, { notation: format === 'compact' ? 'compact' : 'standard' }).format(count);
    return html`<p class="counter" part="counter" dir=${this.resolvedDir}>
      <span class="number" part="number">${number}</span>
      ${label ?? counterMessages.t(this.resolvedLang, 'signatures')}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'petition-counter': PetitionCounter;
  }
}
