import { html, nothing, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { supporterWall } from './element.js';
import { propertiesFor, type SettingProperties } from '../core/fields.js';
import { guarded, type Source } from '../core/errors.js';
import { themeStyles } from '../core/theme.js';
import { formatCount } from '../core/formats.js';
import { sameLanguage } from '../core/i18n.js';
import { wallFields } from './fields.js';
import { SupporterListController } from './list-controller.js';
import { wallMessages } from './messages.js';
import { fromLightDom, groupByTier, logoShape, ordered, readLists, type Supporter } from './supporters.js';
import { wallStyles } from './supporter-wall.styles.js';

/**
 * The coalition's "supported by" logos, each given equal prominence: logos are sized by area, not
 * width, and `order="shuffle"` gives nobody the first place for good.
 *
 * @tag supporter-wall
 * @summary Supporter logos, fair to every partner.
 * @slot - `<a href><img alt></a>` or `<img alt>` supporters (add `data-tier` for a tier); the no-JavaScript fallback
 * @csspart heading - The visible heading
 * @csspart tier - A tier's heading
 * @csspart list - A grid of logos
 * @csspart logo - One supporter's cell
 * @csspart more - The "+ N more" button
 * @csspart join - The join link
 * @cssprop --coalition-logo-width - Smallest width of a logo cell, a length (default 16em: follows the wall's font size); a cell is at most 0.45 of it high, and logos scale with it
 * @cssprop --coalition-logo-surface - Background of each logo tile (default white, in both themes: logos are drawn for light backgrounds)
 */
export class SupporterWall extends CoalitionElement<typeof wallFields> {
  static override styles = [themeStyles, wallStyles];
  static override properties = {
    ...propertiesFor(wallFields),
    _expanded: { state: true, attribute: false },
    _failed: { state: true, attribute: false },
  };
  static override element = supporterWall;

  private _expanded = false;
  /** Aspect ratios of loaded logos; missing means not loaded yet, 0 means it failed. */
  #ratios = new Map<string, number>();
  /** Supporters whose logo did not load: their name shows instead. */
  private _failed = new Set<string>();
  /** Where each supporter came from, to name it when its logo fails. */
  #from = new Map<string, Source>();
  readonly #list = new SupporterListController(this, () => this.config.src);
  #orderKey = '';
  #order: string[] = [];
  #awaitingParse = false;
  #groups: Array<[string | undefined, Supporter[]]> = [];
  #observer = new MutationObserver(guarded(this, 'light DOM', () => this.requestUpdate()));

  /** Nothing to show once the list is known to be empty (not while it is on its way). */
  protected override get showsNothing(): boolean {
    return !this.#total && !this.#list.waiting;
  }

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
    // Each list with the address its logos and links are relative to.
    const lists: Array<[unknown[] | undefined, string | undefined, (index: number) => Source]> = [
      src
        ? [this.#list.list, src, (index) => ({ attribute: 'src', index })]
        : [
            this.campaignFile.file?.supporters as unknown[] | undefined,
            this.campaignFile.url,
            (index) => ({ file: this.campaignFile.url ?? '', section: 'supporters', index }),
          ],
      [fromLightDom(this), undefined, (index) => ({ attribute: 'light DOM', index })],
    ];
    const found = readLists(
      lists,
      this.language.lang,
      (list, index, problem) => this.report(lists[list][2](index), `supporter ${index + 1} ${problem}; left out`),
      (supporter, list, index) => this.#from.set(supporter.name, lists[list][2](index)),
    );
    // Shuffle once per list, not per render: logos jumping while a visitor reads would be worse than useless.
    // While the page is still parsing, the light-DOM supporters may simply not have arrived yet.
    const waiting = this.#list.waiting || !this.campaignFile.settled || document.readyState === 'loading';
    if (!found.size && !waiting) {
      this.report('src', 'no supporters to show: give src, a campaign file with "supporters", or <img alt> children');
    }
    // The order is kept by name, the supporters themselves are read afresh: a corrected logo or
    // link shows at once without reshuffling the wall.
    const key = `${order}|${this.language.lang}|${[...found].map(([name, s]) => `${name}\u0000${s.tier ?? ''}`).join('|')}`;
    if (key !== this.#orderKey) {
      this.#orderKey = key;
      // Tiers keep the campaign's order; the chosen order applies within each tier.
      this.#order = groupByTier([...found.values()]).flatMap(([, members]) =>
        ordered(members, order, this.language.lang).map((s) => s.name.toLowerCase()),
      );
    }
    this.#groups = groupByTier(this.#order.map((name) => found.get(name)!));
  }

  #measured(name: string, event: Event): void {
    const img = event.target as HTMLImageElement;
    const failed = event.type === 'error';
    // A dead logo is the campaign team's to fix, so it is reported like any bad value; the name stands in.
    if (failed)
      this.report(this.#from.get(name) ?? { attribute: 'src' }, `the logo of "${name}" (${img.src}) did not load; showing the name`);
    if (failed) {
      this._failed = new Set(this._failed).add(name);
      return;
    }
    // Measured once, and only this cell changes: a wall of a thousand lazy logos must not render
    // itself again for each one that arrives.
    const shape = (from: HTMLImageElement) => {
      const ratio = from.naturalWidth / from.naturalHeight || img.naturalWidth / img.naturalHeight || 2;
      this.#ratios.set(name, ratio);
      img.style.setProperty('--_shape', String(logoShape(ratio)));
    };
    // WebKit gives an SVG logo in the page its drawn size, rounded down, as its natural size (a
    // 520 × 60 wordmark drawn in a 2:1 box reads 121 × 13, a shape 7% off): a natural size no
    // larger than the box is read again from a copy out of the page, from the image cache.
    const box = img.getBoundingClientRect();
    if (img.naturalWidth > Math.ceil(box.width) || img.naturalHeight > Math.ceil(box.height)) return shape(img);
    const copy = new Image();
    copy.referrerPolicy = 'no-referrer';
    copy.addEventListener(
      'load',
      this.on(() => shape(copy)),
    );
    copy.addEventListener(
      'error',
      this.on(() => shape(img)),
    );
    copy.src = img.currentSrc || img.src;
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

  #logo(supporter: Supporter, around: string) {
    const { name, logo, href } = supporter;
    // A name given per language that fell back to another one says which (WCAG 3.1.2).
    const lang = supporter.lang && !sameLanguage(supporter.lang, around) ? supporter.lang : nothing;
    const ratio = this.#ratios.get(name);
    const content =
      logo && !this._failed.has(name)
        ? html`<img
            src=${logo}
            alt=${name}
            lang=${lang}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            .style=${ratio ? `--_shape:${logoShape(ratio)}` : ''}
            @load=${this.on((e: Event) => this.#measured(name, e))}
            @error=${this.on((e: Event) => this.#measured(name, e))}
          />`
        : html`<span class="name" lang=${lang}>${name}</span>`;
    return html`<li part="logo" tabindex=${href ? nothing : -1}>
      ${href ? html`<a class="logo" href=${href}>${content}</a>` : html`<span class="logo">${content}</span>`}
    </li>`;
  }

  protected override render() {
    if (!this.#total) return nothing;
    const { heading, monochrome, joinHref, joinLabel } = this.config;
    const lang = this.language.lang;
    let room = this.#shownCount;
    const hidden = this.#total - room;
    const box = this.marks(wallMessages);
    const around = box.lang ?? lang;
    const [headingMarks, joinMarks] = [this.marks(wallMessages, 'heading'), this.marks(wallMessages, 'joinLabel')];
    return html`<section class=${monochrome ? 'mono' : ''} lang=${box.lang ?? nothing} dir=${this.language.dir} aria-labelledby="h">
      <!-- prettier-ignore -->
      <h2 id="h" part="heading" lang=${headingMarks.lang ?? nothing} dir=${headingMarks.dir ?? nothing}>${heading ?? wallMessages.t(lang, 'supportedBy')}</h2>
      ${this.#groups.map(([tier, members]) => {
        const shown = members.slice(0, room);
        room -= shown.length;
        return shown.length
          ? html`${tier ? html`<h3 part="tier">${tier}</h3>` : nothing}
              <ul part="list" role="list">
                ${shown.map((s) => this.#logo(s, around))}
              </ul>`
          : nothing;
      })}
      <div class="end">
        ${
          hidden
            ? html`<button part="more" aria-expanded="false" @click=${this.on(this.#expand)}>
                ${hidden === 1 ? wallMessages.t(lang, 'moreOne') : wallMessages.t(lang, 'more', { count: formatCount(lang, hidden) })}
              </button>`
            : nothing
        }
        ${
          joinHref
            ? html`<a
                class="join"
                part="join"
                href=${this.settings.attributed(joinHref)}
                lang=${joinMarks.lang ?? nothing}
                dir=${joinMarks.dir ?? nothing}
                >${joinLabel ?? wallMessages.t(lang, 'join')}</a
              >`
            : nothing
        }
      </div>
    </section>`;
  }
}

// The settings as typed properties, declared by the fields themselves (no runtime code).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SupporterWall extends SettingProperties<typeof wallFields> {}

declare global {
  interface HTMLElementTagNameMap {
    'supporter-wall': SupporterWall;
  }
}
