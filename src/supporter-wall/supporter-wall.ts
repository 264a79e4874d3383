import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CoalitionElement } from '../core/base.js';
import { flagConverter } from '../core/fields.js';
import { themeStyles } from '../core/theme.js';
import { wallFields } from './fields.js';
import { wallMessages } from './messages.js';
import { wallStyles } from './supporter-wall.styles.js';

/**
 * The coalition's "supported by" logos, each given equal prominence.
 *
 * @summary Supporter logos, fair to every partner.
 * @slot - `<a href><img alt></a>` or `<img alt>` supporters; the no-JavaScript fallback
 * @csspart heading - The visible heading
 */
export class SupporterWall extends CoalitionElement<typeof wallFields> {
  static override styles = [themeStyles, wallStyles];
  protected readonly fields = wallFields;

  @property() src?: string;
  @property() heading?: string;
  @property() order?: string;
  @property({ converter: flagConverter }) monochrome?: boolean;

  protected override render() {
    return html`<section dir=${this.resolvedDir}>
      <h2 part="heading">${this.config.heading ?? wallMessages.t(this.resolvedLang, 'supportedBy')}</h2>
      <slot></slot>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'supporter-wall': SupporterWall;
  }
}
