import { html, nothing, type PropertyValues } from 'lit';
import { CoalitionElement } from '../core/base.js';
import { petitionCounter } from './element.js';
import { propertiesFor, type SettingProperties } from '../core/fields.js';
import { formatCount, shortTime } from '../core/formats.js';
import { themeStyles } from '../core/theme.js';
import { CountAnimation } from './count-animation.js';
import { CountController } from './count-controller.js';
import { counterFields } from './fields.js';
import { counterMessages, signaturesFor } from './messages.js';
import { counterStyles } from './petition-counter.styles.js';
import { nextMilestone, parseMilestones, parseSource } from './sources.js';

// The refresh's minimum, declared with the setting (fields.ts): a count.json is cached upstream,
// so polling faster only costs visitors data.
const LEAST = counterFields.refresh.limits!.least!;

/** A count as shown: its goal then, and whether it came from the sources rather than `count`. */
type Shown = { shown?: number; goal?: number; live: boolean };

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
 * @csspart cite - The "Source: …" line of a cited statistic (`cite`, `cite-href`)
 */
export class PetitionCounter extends CoalitionElement<typeof counterFields> {
  static override styles = [themeStyles, counterStyles];
  static override element = petitionCounter;
  static override properties = propertiesFor(counterFields);

  readonly #counts = new CountController(
    this,
    () => {
      const { source = [], refresh } = this.config;
      return [source, refresh ? Math.max(refresh, LEAST) * 1000 : 0, this.#sourceBase];
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
  /** Some source has not answered yet (it may be off screen): its trust line is still to come. */
  #pending = false;
  /**
   * What the live region says: the first count, the first count from the sources, and each goal
   * or milestone reached, and nothing on an ordinary refresh. A status that speaks every 30–60 s
   * is content that updates on its own without a way to pause it (WCAG 2.2.2); the number on
   * screen, and the hidden words screen readers find when they read the counter, stay current.
   */
  #announcement = '';
  /** The language it was said in: after a language switch, the old words are not left behind. */
  #announcedIn = '';
  /** The count, goal and whether it came from the sources, as of the last render that changed it. */
  #last?: Shown;

  override connectedCallback(): void {
    // A cited statistic (`cite` on the element) is the partner's own figure: the page's campaign
    // file, whose petition section is a live count with its goal and sign link, is not put over
    // it (a review's "14 million reports" became the petition's 118 thousand). Its own
    // `campaign` still names a file to read. (reserve.ts's `ownFigure` tells the README's style.)
    if (this.hasAttribute('cite')) this.campaign ??= 'none';
    super.connectedCallback();
  }

  /** Its sources have all answered: a count still to come may need the room. */
  protected override get drawn(): boolean {
    return super.drawn && !this.#pending;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { count, source = [], offset = 0, min = 0, goal, refresh, milestones, stepAt } = this.config;
    if (refresh && refresh < LEAST) this.report('refresh', `${refresh} is below the ${LEAST} s minimum; using ${LEAST}`);
    // Silence would leave a webmaster staring at an empty box; say what is missing.
    if (this.campaignFile.settled && count === undefined && !source.length) {
      this.report('source', 'no count and no source, here or in a campaign file: nothing to show');
    }
    const { values } = this.#counts;
    const done = source.every((s) => values.has(s));
    const known = source.map((s) => values.get(s)!).filter((v) => v >= 0);
    const sum = done && known.length ? known.reduce((a, b) => a + b) : count;
    this.#loading = sum === undefined && !done;
    this.#pending = !done;
    // An unknown sum is NaN here, never >= min: nothing to show.
    const shown = sum! + offset >= min ? Math.round(sum! + offset) : undefined;
    this.#goal = goal === 0 && shown !== undefined ? nextMilestone(shown, parseMilestones(milestones), stepAt) : goal || undefined;
    this.#shown = shown;
    this.#animation.show(shown);
    const live = done && known.length > 0;
    const last = this.#last;
    if (!last || shown !== last.shown || live !== last.live) {
      this.#announcement = this.#announce(shown, last, live);
      this.#announcedIn = this.language.lang;
      this.#last = { shown, goal: this.#goal, live };
    }
    if (this.#announcedIn !== this.language.lang) this.#announcement = '';
  }

  #announce(shown: number | undefined, last: Shown | undefined, live: boolean): string {
    if (shown === undefined) return '';
    const lang = this.language.lang;
    const n = (value: number) => formatCount(lang, value, this.config.format);
    const count = `${n(shown)} ${this.config.label ?? signaturesFor(lang, shown)}`;
    if (last?.shown === undefined || (live && !last.live)) return count;
    // The goal (or, with goal="auto", the milestone) that was ahead and is now passed.
    const goal = last.goal;
    if (goal !== undefined && last.shown < goal && shown >= goal)
      return `${count}. ${counterMessages.t(lang, 'reached', { goal: n(goal) })}`;
    return '';
  }

  protected override render() {
    const { count, source = [], goal, label, href, ctaLabel, format, showSource, cite, citeHref } = this.config;
    const lang = this.language.lang;
    const t = counterMessages.t.bind(counterMessages, lang);
    const n = (value: number) => formatCount(lang, value, format);
    // Language of parts: the campaign's words in another language than the counter's own.
    const box = this.marks(counterMessages);
    const [labelMarks, ctaMarks, citeMarks] = (['label', 'ctaLabel', 'cite'] as const).map((key) => this.marks(counterMessages, key));
    const citation = cite
      ? html`<p class="cite" part="cite" lang=${citeMarks.lang ?? nothing} dir=${citeMarks.dir ?? nothing}>
          ${citeHref ? html`<a href=${citeHref}>${t('cite', { name: cite })}</a>` : t('cite', { name: cite })}
        </p>`
      : '';
    const shown = this.#shown;
    const target = this.#goal;
    const cta = href
      ? html`<a
          part="link"
          class="cta"
          href=${this.settings.attributed(href)}
          lang=${ctaMarks.lang ?? nothing}
          dir=${ctaMarks.dir ?? nothing}
          >${ctaLabel ?? t('sign')}</a
        >`
      : '';
    if (shown === undefined && !this.#loading) return href ? html`<div part="counter" class="box">${cta}</div>` : nothing;
    // The trust line's time is formatted only where there is a trust line: outside English (see
    // shortTime), a date formatter is among the costliest objects a visitor's phone builds.
    const [before, after] = showSource && this.#counts.at ? t('trust', { time: shortTime(lang, this.#counts.at) }).split('{source}') : [];
    // The empty goal line holds a no-break space so that it keeps its height while loading; so
    // does the trust line until a source answers (a counter below the fold asks only once in view).
    // prettier-ignore
    return html`<div part="counter" class="box ${this.#loading ? 'wait' : ''}" lang=${box.lang ?? nothing} dir=${this.language.dir}>
<p class="count"><span class="num" aria-hidden="true"><b part="number">${n(this.#animation.frame ?? 0)}</b><span class="ghost">${n(Math.max(target ?? 0, shown ?? count ?? 1e5))}</span></span> <span class="label" lang=${labelMarks.lang ?? nothing} dir=${labelMarks.dir ?? nothing}><span class="visually-hidden">${shown === undefined ? '' : n(shown)} </span>${label ?? signaturesFor(lang, shown ?? 0)}</span><span role="status" class="visually-hidden">${this.#announcement}</span></p>
${goal === undefined ? '' : html`<progress part="bar" max=${target ?? 1} .value=${shown ?? 0} aria-labelledby="goal"></progress>
<p id="goal" part="goal">${shown === undefined || !target ? '\xa0' : shown < target ? t('needed', { n: n(target - shown), goal: n(target) }) : t('reached', { goal: n(target) })}</p>`}
${citation}
${cta}
${showSource && this.#counts.at ? html`<p class="source" part="source">${before}${source.map((text) => parseSource(text, this.#sourceBase)).map((s, i) => s && html`${i ? ', ' : ''}<a href=${s.page}>${s.host}</a>`)}${after}</p>` : showSource && this.#pending ? html`<p class="source" aria-hidden="true">\xa0</p>` : ''}
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
