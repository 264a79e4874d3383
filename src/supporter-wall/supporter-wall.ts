import { html, nothing, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { propertiesFor } from '../core/fields.js';
import { fetchJsonOnce } from '../core/fetch-json.js';
import { VisibleController } from '../core/visible.js';
import { themeStyles } from '../core/theme.js';
import { wallFields } from './fields.js';
import { wallMessages } from './messages.js';
import { checkSupporter, fromLightDom, groupByTier, logoBox, ordered, type Supporter } from './supporters.js';
import { wallStyles } from './supporter-wall.styles.js';

/**
 * The coalition's "supported by" logos, each given equal prominence: logos are sized by area, not
 * width, and `order="shuffle"` gives nobody the first place for good.
 *
 * @tag supporter-wall
 * @summary Supporter logos, fair to every partner.
 * @attr {string} src - URL of a JSON list of supporters `[{ name, logo, href, tier }]`
 * @attr {string} heading - Visible heading (default "Supported by", localised)
 * @attr {'as-given'|'shuffle'|'alphabetical'} order - Order of the logos (default `as-given`)
 * @attr {boolean} monochrome - Logos in greyscale until hovered or focused
 * @attr {number} max - Show this many, with a "+ N more" button for the rest
 * @attr {string} join-href - Link to join the coalition, shown after the logos
 * @attr {string} join-label - Text of that link (default "Join the coalition", localised)
 * @slot - `<a href><img alt></a>` or `<img alt>` supporters (add `data-tier` for a tier); the no-JavaScript fallback
 * @csspart heading - The visible heading
 * @csspart tier - A tier's heading
 * @csspart list - A grid of logos
 * @csspart logo - One supporter's cell
 * @csspart more - The "+ N more" button
 * @csspart join - The join link
 * @cssprop --coalition-logo-width - Smallest width of a logo cell (default 6.5em: follows the wall's font size)
 * @cssprop --coalition-logo-surface - Background of each logo tile (default white, in both themes: logos are drawn for light backgrounds)
 */
export class SupporterWall extends CoalitionElement<typeof wallFields> {
  static override styles = [themeStyles, wallStyles];
  static override properties = {
    ...propertiesFor(wallFields),
    _remote: { state: true, attribute: false },
    _loading: { state: true, attribute: false },
    _expanded: { state: true, attribute: false },
    _ratios: { state: true, attribute: false },
  };
  protected readonly fields = wallFields;

  declare src?: string;
  declare heading?: string;
  declare order?: string;
  declare monochrome?: boolean;
  declare max?: string | number;
  declare joinHref?: string;
  declare joinLabel?: string;

  private _remote?: unknown[];
  private _loading = false;
  private _expanded = false;
  /** Aspect ratios of loaded logos; missing means not loaded yet, 0 means it failed. */
  /** Where each supporter came from, to name it when its logo fails. */
  #from = new Map<string, string>();
  private _ratios = new Map<string, number>();
  #loadedSrc?: string;
  #orderKey = '';
  #order: string[] = [];
  #awaitingParse = false;
  #groups: Array<[string | undefined, Supporter[]]> = [];
  #observer = new MutationObserver(() => this.requestUpdate());

  /** Set once the wall comes near the screen: a list far below the fold waits, like its logos. */
  #near = false;
  #nearness = new VisibleController(
    this,
    () => {
      if (!this.#nearness.visible || this.#near) return;
      this.#near = true;
      this.requestUpdate();
    },
    '1250px',
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (document.readyState === 'loading' && !this.#awaitingParse) {
      this.#awaitingParse = true;
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    }
    this.#observer.observe(this, { childList: true, subtree: true, attributeFilter: ['src', 'alt', 'href', 'data-tier'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { src, order } = this.config;
    if (src !== this.#loadedSrc && (this.#near || !src)) this.#load((this.#loadedSrc = src));
    const found = new Map<string, Supporter>();
    const sources: Array<[unknown[] | undefined, string]> = [
      [src ? this._remote : (this._campaignFile?.supporters as unknown[] | undefined), src ? 'src' : 'campaign file "supporters"'],
      [fromLightDom(this), 'light DOM'],
    ];
    for (const [list, where] of sources) {
      list?.forEach((raw, index) => {
        // Logos and links in a list are relative to that list's own address.
        const supporter = checkSupporter(raw, where === 'src' ? src : where === 'light DOM' ? undefined : this.campaignFileUrl);
        if (typeof supporter === 'string') this.report(where, `supporter ${index + 1} ${supporter}; left out`);
        else if (!found.has(supporter.name.toLowerCase())) {
          found.set(supporter.name.toLowerCase(), supporter);
          this.#from.set(supporter.name, where);
        }
      });
    }
    // Shuffle once per list, not per render: logos jumping while a visitor reads would be worse than useless.
    // While the page is still parsing, the light-DOM supporters may simply not have arrived yet.
    const waiting = this._loading || src !== this.#loadedSrc || !this.campaignSettled || document.readyState === 'loading';
    if (!found.size && !waiting) {
      this.report('src', 'no supporters to show: give src, a campaign file with "supporters", or <img alt> children');
    }
    // The order is kept by name, the supporters themselves are read afresh: a corrected logo or
    // link shows at once without reshuffling the wall.
    const key = `${order}|${this.resolvedLang}|${[...found].map(([name, s]) => `${name}\u0000${s.tier ?? ''}`).join('|')}`;
    if (key !== this.#orderKey) {
      this.#orderKey = key;
      // Tiers keep the campaign's order; the chosen order applies within each tier.
      this.#order = groupByTier([...found.values()]).flatMap(([, members]) =>
        ordered(members, order, this.resolvedLang).map((s) => s.name.toLowerCase()),
      );
    }
    this.#groups = groupByTier(this.#order.map((name) => found.get(name)!));
  }

  async #load(src: string | undefined): Promise<void> {
    this._remote = undefined;
    this._loading = !!src;
    if (!src) return;
    const result = await fetchJsonOnce(src);
    if (src !== this.#loadedSrc) return;
    this._loading = false;
    if (result.ok && Array.isArray(result.data)) this._remote = result.data;
    else this.report('src', result.ok ? `${src} is not a JSON list of supporters` : result.message);
  }

  #measured(name: string, event: Event): void {
    const img = event.target as HTMLImageElement;
    const failed = event.type === 'error';
    // A dead logo is the campaign team's to fix, so it is reported like any bad value; the name stands in.
    if (failed) this.report(this.#from.get(name) ?? 'src', `the logo of "${name}" (${img.src}) did not load; showing the name`);
    this._ratios = new Map(this._ratios).set(name, failed ? 0 : img.naturalWidth / img.naturalHeight || 2);
  }

  async #expand(): Promise<void> {
    const first = this.#shownCount;
    this._expanded = true;
    await this.updateComplete;
    const revealed = this.renderRoot.querySelectorAll<HTMLElement>('li')[first];
    (revealed?.querySelector('a') ?? revealed)?.focus();
  }

  get #total(): number {
    return this.#groups.reduce((sum, [, members]) => sum + members.length, 0);
  }

  get #shownCount(): number {
    const { max } = this.config;
    return max && !this._expanded ? Math.min(max, this.#total) : this.#total;
  }

  #logo(supporter: Supporter) {
    const { name, logo, href } = supporter;
    const ratio = this._ratios.get(name);
    const box = ratio ? logoBox(ratio) : undefined;
    const content =
      logo && ratio !== 0
        ? html`<img
            src=${logo}
            alt=${name}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            .style=${box ? `inline-size:${box.width * 100}%;block-size:${box.height * 100}%` : ''}
            @load=${(e: Event) => this.#measured(name, e)}
            @error=${(e: Event) => this.#measured(name, e)}
          />`
        : html`<span class="name">${name}</span>`;
    return html`<li part="logo" tabindex=${href ? nothing : -1}>${href ? html`<a href=${href}>${content}</a>` : content}</li>`;
  }

  protected override render() {
    if (!this.#total) return nothing;
    const { heading, monochrome, joinHref, joinLabel } = this.config;
    const lang = this.resolvedLang;
    let room = this.#shownCount;
    const hidden = this.#total - room;
    return html`<section class=${monochrome ? 'mono' : ''} dir=${this.resolvedDir} aria-labelledby="h">
      <h2 id="h" part="heading">${heading ?? wallMessages.t(lang, 'supportedBy')}</h2>
      ${this.#groups.map(([tier, members]) => {
        const shown = members.slice(0, room);
        room -= shown.length;
        return shown.length
          ? html`${tier ? html`<h3 part="tier">${tier}</h3>` : nothing}
              <ul part="list" role="list">
                ${shown.map((s) => this.#logo(s))}
              </ul>`
          : nothing;
      })}
      <div class="end">
        ${
          hidden
            ? html`<button part="more" aria-expanded="false" @click=${this.#expand}>
                ${wallMessages.t(lang, 'more', { count: hidden })}
              </button>`
            : nothing
        }
        ${
          joinHref
            ? html`<a class="join" part="join" href=${this.attributed(joinHref)}>${joinLabel ?? wallMessages.t(lang, 'join')}</a>`
            : nothing
        }
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'supporter-wall': SupporterWall;
  }
}
