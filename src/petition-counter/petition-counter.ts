import { html, nothing, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { propertiesFor } from '../core/fields.js';
import { dateFormat, numberFormat } from '../core/i18n.js';
import { themeStyles } from '../core/theme.js';
import { CountController } from './count-controller.js';
import { counterFields } from './fields.js';
import { counterMessages } from './messages.js';
import { counterStyles } from './petition-counter.styles.js';
import { nextMilestone, parseMilestones, parseSource } from './sources.js';

/**
 * A live signature count, summed across sources, with progress to a goal and a link to sign.
 * Counters on one page that share a source share one request per refresh, and refresh only
 * while on screen in a visible page.
 *
 * @tag petition-counter
 * @summary Live petition signature count, summed across sources.
 * @attr {number} count - A fixed count; also the fallback while loading or when every source fails
 * @attr {string} source - Space-separated sources, summed: `uk-parliament:ID` or JSON URLs with `#path.to.number` (default key `count`)
 * @attr {number} goal - A number, or `auto` for the next milestone above the count
 * @attr {string} label - Words after the number (default "signatures", localised)
 * @attr {number} refresh - Seconds between refreshes while visible: default 60, minimum 30, `0` for none
 * @attr {string} href - Where to sign
 * @attr {string} cta-label - Text of the sign link (default "Sign the petition", localised)
 * @attr {string} format - `standard` (118,342) or `compact` (118K)
 * @attr {number} offset - Signatures counted elsewhere (on paper), added to the total
 * @attr {number} min - Hide the number (and bar) until the total reaches this, so a new petition does not show "3 signatures"
 * @attr {string} milestones - Space- or comma-separated goals for `goal="auto"`, tried before the 1-2-5 series (100, 200, 500, 1,000...)
 * @attr {number} step-at - Share (0.01 to 1, default 1) of the current milestone at which `goal="auto"` moves on to the next
 * @attr {boolean} show-source - Shows where the number comes from (linked) and when it was last updated
 * @fires {CustomEvent<{count: number, goal?: number}>} coalition-count - The shown count changed (also when it first appears)
 * @csspart counter - The counter box
 * @csspart number - The number
 * @csspart bar - The progress bar (a `<progress>` element)
 * @csspart goal - The "still needed" line under the bar
 * @csspart link - The sign link
 * @csspart source - The trust line: source links and time of the last update
 */
export class PetitionCounter extends CoalitionElement<typeof counterFields> {
  static override styles = [themeStyles, counterStyles];
  protected readonly fields = counterFields;
  protected override readonly section = 'petition' as const;
  static override properties = propertiesFor(counterFields);

  declare count?: string | number;
  declare source?: string;
  declare goal?: string | number;
  declare label?: string;
  declare refresh?: string | number;
  declare href?: string;
  declare ctaLabel?: string;
  declare format?: string;
  declare offset?: string | number;
  declare min?: string | number;
  declare milestones?: string;
  declare stepAt?: string | number;
  declare showSource?: boolean;

  readonly #counts = new CountController(
    this,
    () => {
      const { source = [], refresh } = this.config;
      return [source, refresh ? Math.max(refresh, 30) * 1000 : 0];
    },
    (message) => this.report(this.settingName('source'), message),
  );
  /** The count being shown, after offset; undefined while loading or below `min`. */
  #shown?: number;
  #goal?: number;
  /** The number on screen during an animation; `_shown` is what screen readers hear. */
  #frame?: number;
  #raf = 0;
  #loading = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { count, source = [], offset = 0, min = 0, goal, refresh, milestones, stepAt } = this.config;
    if (refresh && refresh < 30) this.report('refresh', `${refresh} is below the 30 s minimum; using 30`);
    // Silence would leave a webmaster staring at an empty box; say what is missing.
    if (this.campaignSettled && count === undefined && !source.length) {
      this.report('source', 'no count and no source, here or in a campaign file: nothing to show');
    }
    const { values } = this.#counts;
    const done = source.every((s) => values.has(s));
    const known = source.map((s) => values.get(s)!).filter((v) => v >= 0);
    const sum = done && known.length ? known.reduce((a, b) => a + b) : count;
    this.#loading = sum === undefined && !done;
    // An unknown sum is NaN here, never >= min: nothing to show.
    const shown = sum! + offset >= min ? Math.round(sum! + offset) : undefined;
    this.#goal = goal === 0 && shown !== undefined ? nextMilestone(shown, parseMilestones(milestones), stepAt) : goal || undefined;
    if (shown !== this.#shown) {
      const from = this.#shown;
      this.#shown = this.#frame = shown;
      cancelAnimationFrame(this.#raf);
      if (from !== undefined && shown !== undefined && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
        const start = performance.now();
        const step = (time: number) => {
          const progress = Math.min((time - start) / 1000, 1);
          this.#frame = Math.round(from + (shown - from) * (1 - (1 - progress) ** 3));
          this.requestUpdate();
          if (progress < 1 && this.isConnected) this.#raf = requestAnimationFrame(step);
        };
        this.#frame = from;
        this.#raf = requestAnimationFrame(step);
      }
      if (shown !== undefined) this.emit('coalition-count', { count: shown, goal: this.#goal });
    }
  }

  protected override render() {
    const { count, source = [], goal, label, href, ctaLabel, format, showSource } = this.config;
    const lang = this.resolvedLang;
    const t = counterMessages.t.bind(counterMessages, lang);
    const n = (value: number) => numberFormat(lang, { notation: format }).format(value);
    const shown = this.#shown;
    const target = this.#goal;
    const cta = href ? html`<a part="link" class="cta" href=${this.attributed(href)}>${ctaLabel ?? t('sign')}</a>` : '';
    if (shown === undefined && !this.#loading) return href ? html`<div part="counter" class="box">${cta}</div>` : nothing;
    const [before, after] = t('trust', { time: dateFormat(lang, { timeStyle: 'short' }).format(this.#counts.at) }).split('{source}');
    // The empty goal line holds a no-break space so that it keeps its height while loading.
    // prettier-ignore
    return html`<div part="counter" class="box ${this.#loading ? 'wait' : ''}" dir=${this.resolvedDir}>
<p class="count"><span class="num" aria-hidden="true"><b part="number">${n(this.#frame ?? 0)}</b><span class="ghost">${n(Math.max(target ?? 0, shown ?? count ?? 1e5))}</span></span> <span role="status"><span class="visually-hidden">${shown === undefined ? '' : n(shown)} </span>${label ?? t('signatures')}</span></p>
${goal === undefined ? '' : html`<progress part="bar" max=${target ?? 1} .value=${shown ?? 0} aria-labelledby="goal"></progress>
<p id="goal" part="goal">${shown === undefined || !target ? '\xa0' : shown < target ? t('needed', { n: n(target - shown), goal: n(target) }) : t('reached', { goal: n(target) })}</p>`}
${cta}
${showSource && this.#counts.at ? html`<p class="source" part="source">${before}${source.map(parseSource).map((s, i) => s && html`${i ? ', ' : ''}<a href=${s.page}>${s.host}</a>`)}${after}</p>` : ''}
</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'petition-counter': PetitionCounter;
  }
}
