import { html, nothing, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { propertiesFor, type SettingProperties } from '../core/fields.js';
import { dateFormat, numberFormat } from '../core/i18n.js';
import { themeStyles } from '../core/theme.js';
import { CountAnimation } from './count-animation.js';
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
  static override fields = counterFields;
  static override section = 'petition' as const;
  static override properties = propertiesFor(counterFields);

  readonly #counts = new CountController(
    this,
    () => {
      const { source = [], refresh } = this.config;
      return [source, refresh ? Math.max(refresh, 30) * 1000 : 0, this.#sourceBase];
    },
    (message) => this.report(this.settings.sourceOf('source'), message),
  );
  /** Sources from the campaign file are relative to the file, like every address in it. */
  get #sourceBase(): string | undefined {
    const from = this.settings.sourceOf('source');
    return 'file' in from ? from.file || undefined : undefined;
  }

  /** The count being shown, after offset; undefined while loading or below `min`. */
  #shown?: number;
  #goal?: number;
  /** The number on screen; `#shown` is what screen readers hear. */
  readonly #animation = new CountAnimation(this, (count) => this.emit('coalition-count', { count, goal: this.#goal }));
  #loading = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { count, source = [], offset = 0, min = 0, goal, refresh, milestones, stepAt } = this.config;
    if (refresh && refresh < 30) this.report('refresh', `${refresh} is below the 30 s minimum; using 30`);
    // Silence would leave a webmaster staring at an empty box; say what is missing.
    if (this.campaignFile.settled && count === undefined && !source.length) {
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
    this.#shown = shown;
    this.#animation.show(shown);
  }

  protected override render() {
    const { count, source = [], goal, label, href, ctaLabel, format, showSource } = this.config;
    const lang = this.language.lang;
    const t = counterMessages.t.bind(counterMessages, lang);
    const n = (value: number) => numberFormat(lang, { notation: format }).format(value);
    const shown = this.#shown;
    const target = this.#goal;
    const cta = href ? html`<a part="link" class="cta" href=${this.settings.attributed(href)}>${ctaLabel ?? t('sign')}</a>` : '';
    if (shown === undefined && !this.#loading) return href ? html`<div part="counter" class="box">${cta}</div>` : nothing;
    // The trust line's time is formatted only where there is a trust line: a date formatter is
    // among the costliest objects a visitor's phone builds.
    const [before, after] =
      showSource && this.#counts.at
        ? t('trust', { time: dateFormat(lang, { timeStyle: 'short' }).format(this.#counts.at) }).split('{source}')
        : [];
    // The empty goal line holds a no-break space so that it keeps its height while loading.
    // prettier-ignore
    return html`<div part="counter" class="box ${this.#loading ? 'wait' : ''}" dir=${this.language.dir}>
<p class="count"><span class="num" aria-hidden="true"><b part="number">${n(this.#animation.frame ?? 0)}</b><span class="ghost">${n(Math.max(target ?? 0, shown ?? count ?? 1e5))}</span></span> <span role="status"><span class="visually-hidden">${shown === undefined ? '' : n(shown)} </span>${label ?? t('signatures')}</span></p>
${goal === undefined ? '' : html`<progress part="bar" max=${target ?? 1} .value=${shown ?? 0} aria-labelledby="goal"></progress>
<p id="goal" part="goal">${shown === undefined || !target ? '\xa0' : shown < target ? t('needed', { n: n(target - shown), goal: n(target) }) : t('reached', { goal: n(target) })}</p>`}
${cta}
${showSource && this.#counts.at ? html`<p class="source" part="source">${before}${source.map((text) => parseSource(text, this.#sourceBase)).map((s, i) => s && html`${i ? ', ' : ''}<a href=${s.page}>${s.host}</a>`)}${after}</p>` : ''}
</div>`;
  }
}

// The settings as typed properties, declared by the fields themselves (no runtime code).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PetitionCounter extends SettingProperties<typeof counterFields> {}

declare global {
  interface HTMLElementTagNameMap {
    'petition-counter': PetitionCounter;
  }
}
