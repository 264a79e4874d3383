import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CampaignController } from './campaign-controller.js';
import { reportError, type Source } from './errors.js';
import { describeProblem, isUnset, kebab, parseField, type ConfigOf, type Fields } from './fields.js';
import { safeUrl, withAttribution } from './url.js';
import { isRecord } from './campaign.js';
import { commonFields } from './common-fields.js';
import { directionOf, pickLanguage, sameLanguage } from './i18n.js';
import type { LanguageController } from './language.js';

// Other people's attributes close to ours: HTML's own (`id` and `dir`, `loading` and `heading`),
// frameworks' (`ref` and `href`, `:href`, `x-text`, `v-model`) and RDFa's (`resource`, `property`).
// Only near misses among the rest are named: frameworks and CMSs add attributes of their own.
const OTHERS =
  /^(id|class|style|slot|title|hidden|role|part|tabindex|is|inert|nonce|translate|popover|loading|border|form|model|ref|key|resource|property|about|typeof|vocab|prefix|(data|aria|on|x|v|hx|ng|wire|bind)[-:].*|on.*)$|[^a-z0-9-]/;

type Host = ReactiveControllerHost & HTMLElement & { partner?: string; theme?: string };

/**
 * An element's settings: its own attributes over its campaign-file section over built-in
 * defaults. Merged again only when one of those inputs changes (a counter renders every
 * animation frame; its settings do not change with it). Each bad value is reported once and
 * skipped, so the next source in line still applies.
 */
export class ConfigController<F extends Fields> implements ReactiveController {
  /** Settings that were given but refused (reported), as opposed to never given. */
  readonly rejected = new Set<keyof F & string>();
  #config?: ConfigOf<F>;
  #inputs: unknown[] = [];
  #checked = false;

  /** The language of each setting's words when a campaign file gave them per language. */
  #langs = new Map<string, string>();

  constructor(
    private readonly host: Host,
    private readonly fields: F,
    private readonly campaign: CampaignController,
    private readonly language: LanguageController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Once: a misspelt attribute (dismissable, cta-hef) would otherwise do nothing, silently.
    if (this.#checked) return;
    this.#checked = true;
    const known = (this.host.constructor as unknown as { observedAttributes: string[] }).observedAttributes;
    const unknown = [...this.host.attributes].map(({ name }) => name).filter((name) => !known.includes(name) && !OTHERS.test(name));
    // The spelling check is a rare part, loaded only for an attribute that is neither ours nor another's.
    if (unknown.length)
      import('./near-miss.js').then(
        ({ nearMiss }) => {
          for (const name of unknown) {
            const meant = nearMiss(name, known);
            if (meant) reportError(this.host, { attribute: name }, `is not an attribute of this element; did you mean ${meant}?`);
          }
        },
        () => {},
      );
  }

  hostUpdate(): void {
    const { theme } = this.host;
    if (theme && !parseField(commonFields.theme, theme).ok)
      reportError(this.host, { attribute: 'theme' }, describeProblem(commonFields.theme, theme));
  }

  get config(): ConfigOf<F> {
    const keys = Object.keys(this.fields);
    const own = keys.map((key) => (this.host as unknown as Record<string, unknown>)[key]);
    // The visitor's language is an input too: copy given per language follows a language switch.
    const inputs = [...own, this.campaign.values, this.campaign.url, this.language.lang];
    if (this.#config && inputs.every((input, i) => input === this.#inputs[i])) return this.#config;
    this.#inputs = inputs;
    return (this.#config = this.#merge(keys, own));
  }

  #merge(keys: string[], own: unknown[]): ConfigOf<F> {
    const file = this.campaign.values;
    const fileUrl = this.campaign.url;
    const config = {} as Record<string, unknown>;
    this.rejected.clear();
    this.#langs.clear();
    keys.forEach((key, i) => {
      const field = this.fields[key];
      let value: unknown = field.default;
      let fromFile = file?.[key];
      // Words and links may be given per language: `{ "en": "…", "cy": "…" }`.
      if ((field.kind === 'text' || field.kind === 'url') && isRecord(fromFile)) {
        const picked = pickLanguage(fromFile, this.language.lang);
        if (picked) [, fromFile] = picked;
        if (picked && typeof fromFile === 'string') this.#langs.set(key, picked[0]);
      }
      // A relative link in the campaign file is relative to the file, not to the partner's page.
      if (field.url && fileUrl && typeof fromFile === 'string') fromFile = safeUrl(fromFile, { ...field.url, base: fileUrl }) ?? fromFile;
      const candidates: Array<[unknown, Source]> = [
        [own[i], { attribute: kebab(key) }],
        [fromFile, { file: fileUrl ?? '', section: this.campaign.section, key }],
      ];
      for (const [candidate, source] of candidates) {
        if (isUnset(candidate)) continue;
        const parsed = parseField(field, candidate);
        if (parsed.ok) {
          value = parsed.value;
          // A list's unknown items are reported and skipped, not the whole list refused; a list
          // of nothing but unknown items still gets the default one.
          const { options } = field;
          if (field.kind === 'list' && options) {
            const known = (value as string[]).filter(
              (item) => options.includes(item) || reportError(this.host, source, `"${item}" is not one of ${options.join(', ')}; skipped`),
            );
            value = known.length || !(value as string[]).length ? known : field.default;
          }
          // Words from an attribute are in the page's language.
          if (source === candidates[0][1]) this.#langs.delete(key);
          break;
        }
        reportError(this.host, source, describeProblem(field, candidate));
        this.rejected.add(key);
      }
      if (value !== field.default) this.rejected.delete(key);
      config[key] = value;
    });
    return config as ConfigOf<F>;
  }

  /**
   * Where one of this element's settings came from, to name it in a report: its attribute when
   * the element has it, else its campaign-file key, so a campaign team can tell a mistake in the
   * file from one on a partner's page.
   */
  sourceOf(key: keyof F & string): Source {
    const own = (this.host as unknown as Record<string, unknown>)[key];
    return !isUnset(own) ? { attribute: kebab(key) } : { file: this.campaign.url ?? '', section: this.campaign.section, key };
  }

  /**
   * `lang` for the part showing a setting's words when they are in another language than the
   * words around them (`around`: the language of the element's built-in words), else undefined:
   * Welsh copy that fell back to English, or Italian copy among English built-in words.
   */
  langOf(key: keyof F & string, around: string): string | undefined {
    void this.config; // merged first, so each setting's language is known
    const lang = this.#langs.get(key) ?? this.language.lang;
    return sameLanguage(lang, around) ? undefined : lang;
  }

  /** `dir` for the same part, when its language runs the other way from the element. */
  dirOf(key: keyof F & string, around: string): 'ltr' | 'rtl' | undefined {
    const lang = this.langOf(key, around);
    const dir = lang && directionOf(lang);
    return dir && dir !== this.language.dir ? dir : undefined;
  }

  /** Adds the partner's attribution to one of the campaign's own links. */
  attributed(href: string): string {
    // A banner's own campaign-id names the campaign as well as its file's id does.
    const campaignId = (this.config as { campaignId?: string }).campaignId ?? this.campaign.file?.id;
    return withAttribution(href, this.host.partner?.trim() || this.campaign.file?.partner, campaignId);
  }
}
