import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { addLanguage, focusControl, removeLanguage } from './actions.js';
import type { BuilderContext } from './context.js';
import type { BuilderState } from './state.js';
import type { FieldView } from './field-view.js';
import { rich } from './words.js';
import { CATALOGUE_LANGUAGES, dirOf, languageId, languageName, valueIn } from './languages.js';
import { display, problemOf } from './values.js';

// The campaign file's languages in the form: the list of them and the control that adds one, a
// setting's inputs side by side (one per language), what each language still lacks, and the
// switch that shows the previews in each language.

/** A text the form would have in a language, and the input to fill it in. */
export interface Missing {
  id: string;
  label: string;
}

/** The languages whose entry of a control is missing. */
export const missingIn = (missing: Record<string, Missing[]>, id: string, languages: string[]) =>
  new Set(languages.filter((lang) => missing[lang]?.some((m) => m.id === languageId(id, lang, languages))));

/** "3 texts missing". */
export const textCount = (count: number) => `${count} ${count === 1 ? 'text' : 'texts'} missing`;

/** Where partners' pages take a missing text from: English, else the file's first language. */
export const fallbackOf = (languages: string[]) => (languages.includes('en') ? 'en' : languages[0]);

/** The languages of the file: each with what it lacks and a remove button, then the add control. */
export function languagesFieldset(c: BuilderContext, missing: Record<string, Missing[]>): TemplateResult {
  const { languages } = c.state.draft;
  const error = c.state.languageError;
  const add = () => addLanguage(c);
  return html`<fieldset>
    <legend>Languages of the campaign's words</legend>
    <p class="hint" id="c-lang-hint">
      Each text and link has one box per language, side by side. Partners' pages show the entry for the page's language.
    </p>
    <ul class="languages">
      ${languages.map(
        (lang) =>
          html`<li>
            <span
              >${languageName(lang)}${
                languages.length > 1
                  ? html` <span class="hint">· ${missing[lang]?.length ? textCount(missing[lang].length) : 'complete'}</span>`
                  : nothing
              }</span
            >
            ${
              languages.length > 1
                ? html`<button
                    type="button"
                    class="secondary"
                    aria-label="Remove ${languageName(lang)}"
                    @click=${() => removeLanguage(c, lang)}
                  >
                    Remove
                  </button>`
                : nothing
            }
          </li>`,
      )}
    </ul>
    <div class="field">
      <label for="c-lang-add">Add a language</label>
      <div class="inline">
        <input
          id="c-lang-add"
          list="c-lang-options"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="c-lang-add-hint${error ? ' c-lang-add-error' : ''}"
          aria-invalid=${error ? 'true' : 'false'}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), add())}
        />
        <button type="button" class="secondary" id="c-lang-add-button" @click=${add}>Add language</button>
      </div>
      <datalist id="c-lang-options">
        ${CATALOGUE_LANGUAGES.filter((l) => !languages.includes(l)).map((l) => html`<option value=${l}>${languageName(l)}</option>`)}
      </datalist>
      <p class="hint" id="c-lang-add-hint">
        A short language code such as <code>cy</code> (Welsh), <code>fr</code> (French) or <code>pt-BR</code> (Brazilian Portuguese), or the
        language's name. The elements' own words (buttons, counts) come in English, Welsh, French, German, Spanish and Arabic.
      </p>
      ${error ? html`<p class="error" id="c-lang-add-error">${error}</p>` : nothing}
    </div>
  </fieldset>`;
}

/** One setting given per language: an input per language, side by side. */
export interface LanguageFieldView extends Omit<FieldView, 'set'> {
  /** The languages whose entry is missing (words only; a link falls back quietly). */
  missing: Set<string>;
  set: (lang: string, value: string) => void;
  /** Besides the input's own id: the control whose problems show once any of the inputs is left. */
  touches?: string;
  /** A problem of the whole setting (a supporter left out), shown under the inputs. */
  problem?: string;
  /** The label is a key of the file (shown as code), or words ("Name"). */
  words?: boolean;
}

export function languageFields(s: BuilderState, view: LanguageFieldView): TemplateResult {
  const { id, label, field, raw, hint, reported, missing, set, touches, problem, words, attribute, multiline } = view;
  const { languages } = s.draft;
  const fallback = fallbackOf(languages);
  const problems = languages.map((lang) => {
    const inputId = languageId(id, lang, languages);
    return s.touched.has(inputId) ? problemOf(field, valueIn(raw, lang, languages)) : undefined;
  });
  const own = [...(problem ? [problem] : []), ...reported.filter((m) => !problems.includes(m) && m !== problem)];
  return html`<div class="field by-language" role="group" aria-labelledby="${id}-label">
    <p class="label label-row">
      <span id="${id}-label">${words ? label : html`<code>${label}</code>`}</span
      >${attribute ? html` <code class="attr">${attribute}</code>` : nothing}
    </p>
    <div class="languages-grid">
      ${languages.map((lang, i) => {
        const inputId = languageId(id, lang, languages);
        const error = problems[i];
        const isMissing = missing.has(lang);
        const changed = () => {
          s.touch(inputId, ...(touches ? [touches] : []));
        };
        const describedBy = [`${id}-hint`, ...(isMissing ? [`${inputId}-missing`] : []), ...(error ? [`${inputId}-error`] : [])].join(' ');
        return html`<div class="in-language ${isMissing ? 'is-missing' : ''}">
          <label for=${inputId}><span class="visually-hidden">${label}, </span>${languageName(lang)}</label>
          ${
            multiline
              ? html`<textarea
                  id=${inputId}
                  rows="3"
                  lang=${lang}
                  dir=${dirOf(lang) ?? nothing}
                  .value=${live(display(valueIn(raw, lang, languages)))}
                  spellcheck="true"
                  aria-describedby=${describedBy}
                  aria-invalid=${error ? 'true' : 'false'}
                  @input=${(e: Event) => set(lang, (e.target as HTMLTextAreaElement).value)}
                  @change=${changed}
                ></textarea>`
              : html`<input
                  type=${field.kind === 'url' ? 'url' : 'text'}
                  id=${inputId}
                  lang=${lang}
                  dir=${dirOf(lang) ?? nothing}
                  .value=${live(display(valueIn(raw, lang, languages)))}
                  spellcheck=${field.kind === 'text' ? 'true' : 'false'}
                  autocomplete="off"
                  aria-describedby=${describedBy}
                  aria-invalid=${error ? 'true' : 'false'}
                  @input=${(e: Event) => set(lang, (e.target as HTMLInputElement).value)}
                  @change=${changed}
                />`
          }
          ${
            isMissing
              ? html`<p class="missing" id="${inputId}-missing">
                  Missing${lang === fallback ? '' : html`: shows the ${languageName(fallback).replace(/ \(.*\)$/, '')} text`}
                </p>`
              : nothing
          }
          ${error ? html`<p class="error" id="${inputId}-error">${error}</p>` : nothing}
        </div>`;
      })}
    </div>
    <p class="hint" id="${id}-hint">${rich(hint)}${view.note ? ` ${view.note}` : nothing}</p>
    ${own.length ? html`<p class="error" id="${id}-error">${own.join(' ')}</p>` : nothing}
  </div>`;
}

/** Per language, the texts it still lacks, each a link to its input. */
export function missingSummary(c: BuilderContext, missing: Record<string, Missing[]>): TemplateResult | typeof nothing {
  const { languages } = c.state.draft;
  if (languages.length < 2) return nothing;
  const fallback = languageName(fallbackOf(languages)).replace(/ \(.*\)$/, '');
  return html`<div class="languages-summary">
    <h4>What each language lacks</h4>
    <ul>
      ${languages.map((lang) => {
        const items = missing[lang] ?? [];
        const name = languageName(lang).replace(/ \(.*\)$/, '');
        return html`<li>
          ${
            items.length
              ? html`${name}: ${textCount(items.length)}:
                ${items.map(
                  (m, i) => html`${i ? ', ' : ''}<a href="#${m.id}" @click=${(e: Event) => focusControl(c, e, m.id)}>${m.label}</a>`,
                )}`
              : html`${name}: nothing missing`
          }
        </li>`;
      })}
    </ul>
    <p class="hint">
      A text missing in one language falls back to ${fallback} on partners' pages in that language: visitors see the ${fallback} text there.
    </p>
  </div>`;
}

/** The previews' language: the real elements with `lang` set, as on a page in that language. */
export function previewLanguageSwitch(s: BuilderState): TemplateResult | typeof nothing {
  const { languages } = s.draft;
  if (languages.length < 2) return nothing;
  return html`<fieldset class="preview-language">
    <legend>Preview in</legend>
    <div class="choices">
      ${languages.map(
        (lang) =>
          html`<label
            ><input
              type="radio"
              name="preview-lang"
              value=${lang}
              .checked=${live(lang === s.previewLanguage)}
              @change=${() => s.setPreviewLanguage(lang)}
            />
            ${languageName(lang)}</label
          >`,
      )}
    </div>
  </fieldset>`;
}
