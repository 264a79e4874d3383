import { html, nothing, type TemplateResult } from 'lit';
import { checkFile, copyPartnerSnippet, downloadCampaign, focusControl, loadPasted, readFile } from './actions.js';
import { controlId, missingTexts, SECTIONS, unknownKeys } from './campaign-file.js';
import { commonFields, describeField, ELEMENTS } from './catalog.js';
import type { BuilderContext } from './context.js';
import { campaignHrefField, scriptSrcField } from './element-mode.js';
import { fieldView, MULTILINE } from './field-view.js';
import { wrappedRows } from './iframe-route.js';
import { bannerTimeline } from './timeline.js';
import { campaignPhaseLinks } from './phase-links.js';
import { bannerDates, type DatesView, type FieldExtra } from './window-picker.js';
import { labelFor, localisedDefault, LOCALISED_NOTE, warningNote } from './words.js';
import { languageFields, languagesFieldset, missingIn, missingSummary, previewLanguageSwitch } from './language-view.js';
import { perLanguageField, valueIn } from './languages.js';
import { previewFigure } from './preview-figure.js';
import { publishedAt } from './preview.js';
import { campaignProblems } from './preview-plans.js';
import { problemCount } from './status.js';
import { supportersEditor } from './supporters-editor.js';
import { cell, isRelativeAddress, type Row } from './supporters.js';
import { display, problemOf } from './values.js';
import { campaignExitNote } from './banner-exit.js';

/** Said under the quick exit's address in the file: the banner reads it too. */
const QUICK_EXIT_NOTE = 'A full-page banner, or one with a content warning, takes its “Exit this page” button here too.';

/**
 * Campaign mode: the campaign file as a form (loaded from a file or pasted JSON, or started
 * empty), its problems as a list of links to their controls, the JSON to download, and a preview
 * of each element reading the file as a partner's page would.
 */
export function campaignMode(c: BuilderContext): TemplateResult {
  const s = c.state;
  const { draft } = s;
  const problems = campaignProblems(s, c.previews);
  const shown = problems.filter((p) => s.touched.has(p.target));
  const unknown = unknownKeys(draft);
  const { languages } = draft;
  const missing = missingTexts(draft);
  // Previewed as the partner snippet places them: only the elements this file sets up.
  const setUp = s.campaignTags;
  const notSetUp = ELEMENTS.filter((e) => !setUp.includes(e.tag));
  const topField = (key: 'id' | 'partner') => {
    const id = controlId('top', key);
    const field = commonFields.partner;
    const reported = problems.filter((p) => p.target === id && !problemOf(field, draft.top[key])).map((p) => p.message);
    reported.push(...c.previews.reportedFor(id).filter((m) => !reported.includes(m)));
    return fieldView(s, {
      id,
      label: labelFor(undefined, key),
      attribute: key,
      field,
      raw: draft.top[key],
      hint:
        key === 'id'
          ? 'A short name for the campaign, such as safer-by-design. A visitor who closed an earlier campaign’s banner still sees this one, and the campaign’s links carry the name, so the coalition can count visits per campaign.'
          : 'A partner name for every element, added to the campaign’s links so the coalition can see visits that came from it. Usually left empty here: each partner gives their own name on their page.',
      reported: s.touched.has(id) ? reported : [],
      set: (raw) => s.setDraft('top', key, raw),
    });
  };
  return html`<div class="columns">
    <form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Campaign file">
      <fieldset>
        <legend>Load an existing file</legend>
        <div class="field">
          <label for="c-file">Choose a campaign file</label>
          <input type="file" id="c-file" accept=".json,application/json" @change=${(e: Event) => readFile(c, e)} />
        </div>
        <div class="field">
          <label for="c-paste">Or paste its JSON</label>
          <textarea
            id="c-paste"
            rows="4"
            spellcheck="false"
            aria-invalid=${s.loadError ? 'true' : 'false'}
            aria-describedby=${s.loadError ? 'c-paste-error' : nothing}
          ></textarea>
          ${s.loadError ? html`<p class="error" id="c-paste-error">${s.loadError}</p>` : nothing}
        </div>
        <button type="button" class="secondary" id="c-load" @click=${() => loadPasted(c)}>Load pasted JSON</button>
      </fieldset>
      <fieldset>
        <legend>Campaign</legend>
        ${topField('id')} ${topField('partner')}
      </fieldset>
      ${languagesFieldset(c, missing)}
      ${SECTIONS.map(({ tag, name, section, fields }) => {
        const values = draft.sections[section];
        const exactField = (key: string, extra?: FieldExtra) => {
          const id = controlId(section, key);
          return fieldView(s, {
            ...extra,
            id,
            label: labelFor(tag, key),
            attribute: key,
            zone: section === 'banner' ? display(values.timeZone) : undefined,
            field: fields[key],
            raw: values[key],
            hint: describeField(s.descriptions, tag, key, fields[key]),
            note: localisedDefault(tag, key, values[key]) && /^en\b/i.test(languages[0] ?? 'en') ? LOCALISED_NOTE : extra?.note,
            reported: c.previews.reportedFor(id),
            set: (value) => s.setDraft(section, key, value),
          });
        };
        // The banner's dates as days on the campaign's clock, with the exact values folded below them.
        const dates: DatesView = {
          values,
          id: (key) => controlId(section, key),
          set: (changed) => s.setDraftValues(section, changed),
          field: exactField,
          typed: (id, over) => s.typed(id, over),
          type: (id, typed) => s.setTyped(id, typed),
          hasProblem: (key) => {
            const id = controlId(section, key);
            return (s.touched.has(id) && !!problemOf(fields[key], values[key])) || c.previews.reportedFor(id).length > 0;
          },
        };
        // Where the banner's exit goes when its own address is left empty (banner-exit.ts).
        const noteFor = (key: string) =>
          warningNote(tag, key, values) ??
          (section === 'banner' && key === 'exitHref' ? campaignExitNote(values, draft.sections.quickExit) : undefined) ??
          (section === 'quickExit' && key === 'href' ? QUICK_EXIT_NOTE : undefined);
        return html`<fieldset>
          <legend>${name} <code>${section}</code></legend>
          ${Object.entries(fields).map(([key, field]) => {
            const picked = section === 'banner' && bannerDates(key, dates);
            if (picked) return picked;
            const id = controlId(section, key);
            const hint = describeField(s.descriptions, tag, key, field);
            if (perLanguageField(key, field) && languages.length > 1) {
              return languageFields(s, {
                id,
                label: labelFor(tag, key),
                attribute: key,
                words: true,
                multiline: MULTILINE.has(key),
                field,
                raw: values[key],
                hint,
                note: noteFor(key),
                reported: c.previews.reportedFor(id),
                missing: missingIn(missing, id, languages),
                set: (lang, value) => s.setDraftIn(section, key, lang, value),
              });
            }
            // One language: a plain box, as a one-language file has plain strings.
            const raw = perLanguageField(key, field) ? valueIn(values[key], languages[0], languages) : values[key];
            return fieldView(s, {
              id,
              label: labelFor(tag, key),
              attribute: key,
              multiline: MULTILINE.has(key),
              zone: section === 'banner' ? display(values.timeZone) : undefined,
              field,
              raw: raw === undefined && values[key] !== undefined ? values[key] : raw,
              hint,
              note: noteFor(key),
              reported: c.previews.reportedFor(id),
              set: (value) => s.setDraft(section, key, value),
            });
          })}
          ${section === 'banner' ? bannerTimeline(fields, values, undefined, campaignPhaseLinks(s, c.previewPage)) : nothing}
        </fieldset>`;
      })}
      <fieldset>
        <legend>Supporters <code>supporters</code></legend>
        ${supportersEditor(c, 'draft', draft.supporters, 'supporters', missing)}
      </fieldset>
    </form>
    <div class="output" role="region" aria-label="Check, download and preview">
      <h3>Check and download</h3>
      ${
        shown.length
          ? html`<div class="summary">
              <h4 id="summary-heading" tabindex="-1">${problemCount(shown.length)}</h4>
              <ul>
                ${shown.map(
                  (p) =>
                    html`<li><a href="#${p.target}" @click=${(e: Event) => focusControl(c, e, p.target)}>${p.where}: ${p.message}</a></li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        unknown.length
          ? html`<p class="note">
              Kept in the file, but no element reads ${unknown.length === 1 ? 'this key' : 'these keys'}:
              ${unknown.map((k, i) => html`${i ? ', ' : ''}<code>${k}</code>`)}.
            </p>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="secondary" @click=${() => checkFile(c)}>Check the file</button>
        <button type="button" @click=${() => downloadCampaign(c)}>Download campaign.json</button>
      </div>
      <p class="status" role="status">${c.status.campaign}</p>
      ${relativeLogosNote(draft.supporters, publishedAt(s.campaignHref))} ${missingSummary(c, missing)}
      <label for="c-json">campaign.json</label>
      <textarea id="c-json" readonly rows="12" spellcheck="false" .value=${s.campaignFile}></textarea>
      <h3>Snippet for partners</h3>
      ${campaignHrefField(s, 'Where you will publish this file')} ${scriptSrcField(s, c.previewPage)}
      ${
        s.campaignHref
          ? nothing
          : html`<p class="note warning">Give the file's address above: the snippet's script reads the campaign file from it.</p>`
      }
      <label for="partner-snippet">Send this to partners: the script once, reading this file, then each element the file sets up</label>
      <textarea
        id="partner-snippet"
        readonly
        rows=${Math.min(wrappedRows(s.partnerSnippet) + 1, 16)}
        spellcheck="false"
        .value=${s.partnerSnippet}
      ></textarea>
      <div class="actions">
        <button type="button" class="secondary" id="copy-partner-snippet" @click=${() => copyPartnerSnippet(c)}>Copy snippet</button>
        <p class="status" role="status">${c.status.copy}</p>
      </div>
      <h3>Preview</h3>
      <p class="hint">The elements with this file's settings. On partner pages each partner's own attributes come first.</p>
      ${previewLanguageSwitch(s)}
      ${SECTIONS.filter(({ tag }) => setUp.includes(tag)).map(({ tag, section }) =>
        previewFigure(c.previews, section, html`<code>&lt;${tag}&gt;</code>`),
      )}
      ${setUp.includes('supporter-wall') ? previewFigure(c.previews, 'supporters', html`<code>&lt;supporter-wall&gt;</code>`) : nothing}
      ${
        notSetUp.length
          ? html`<p class="hint">
              Not set up in this file, so not in the snippet: ${notSetUp.map((e, i) => html`${i ? ', ' : ''}${e.name.toLowerCase()}`)}. A
              partner who adds one gets its defaults.
            </p>`
          : nothing
      }
    </div>
  </div>`;
}

/**
 * Relative logo addresses are read from the file's own address: until it is given they cannot be
 * checked, and the preview's reports about them are left out of the problems. One line says so.
 */
function relativeLogosNote(rows: readonly Row[], publishedAt: string | undefined): TemplateResult | typeof nothing {
  // A logo address relative to the file (such as /logos/nspcc.svg) is read from wherever the file is published.
  const count = rows.filter((row) => isRelativeAddress(cell(row, 'logo'))).length;
  if (!count || publishedAt) return nothing;
  return html`<p class="note" id="relative-logos">
    ${count === 1 ? '1 logo address is' : `${count} logo addresses are`} relative to the campaign file (such as
    <code>/logos/name.svg</code>): ${count === 1 ? 'it is' : 'they are'} checked once you give the file's full address under “Where you will
    publish this file”.
  </p>`;
}
