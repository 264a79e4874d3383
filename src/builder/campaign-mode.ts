import { html, nothing, type TemplateResult } from 'lit';
import { checkFile, copyPartnerSnippet, downloadCampaign, focusControl, loadPasted, readFile } from './actions.js';
import { controlId, missingTexts, SECTIONS, unknownKeys } from './campaign-file.js';
import { commonFields, describeField } from './catalog.js';
import type { EmbedBuilder } from './embed-builder.js';
import { campaignHrefField } from './element-mode.js';
import { fieldView, MULTILINE } from './field-view.js';
import { wrappedRows } from './iframe-route.js';
import { bannerTimeline } from './timeline.js';
import { labelFor } from './words.js';
import { languageFields, languagesFieldset, missingIn, missingSummary, previewLanguageSwitch } from './language-view.js';
import { perLanguageField, valueIn } from './languages.js';
import { previewFigure } from './preview-figure.js';
import { problemCount } from './status.js';
import { supportersEditor } from './supporters-editor.js';
import { display, problemOf } from './values.js';

/**
 * Campaign mode: the campaign file as a form (loaded from a file or pasted JSON, or started
 * empty), its problems as a list of links to their controls, the JSON to download, and a preview
 * of each element reading the file as a partner's page would.
 */
export function campaignMode(b: EmbedBuilder): TemplateResult {
  const draft = b._draft;
  const problems = b.campaignProblems;
  const shown = problems.filter((p) => b._touched.has(p.target));
  const unknown = unknownKeys(draft);
  const { languages } = draft;
  const missing = missingTexts(draft);
  const topField = (key: 'id' | 'partner') => {
    const id = controlId('top', key);
    const field = commonFields.partner;
    const reported = problems.filter((p) => p.target === id && !problemOf(field, draft.top[key])).map((p) => p.message);
    reported.push(...b.previews.reportedFor(id).filter((m) => !reported.includes(m)));
    return fieldView(b, {
      id,
      label: labelFor(undefined, key),
      attribute: key,
      field,
      raw: draft.top[key],
      hint:
        key === 'id'
          ? 'A short name for the campaign, such as safer-by-design: it namespaces remembered dismissals and becomes utm_campaign on links.'
          : 'A default partner name for every element (utm_source on links); each partner usually sets `partner` on their own elements instead.',
      reported: b._touched.has(id) ? reported : [],
      set: (raw) => b.setDraft('top', key, raw),
    });
  };
  return html`<div class="columns">
    <form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Campaign file">
      <fieldset>
        <legend>Load an existing file</legend>
        <div class="field">
          <label for="c-file">Choose a campaign file</label>
          <input type="file" id="c-file" accept=".json,application/json" @change=${(e: Event) => readFile(b, e)} />
        </div>
        <div class="field">
          <label for="c-paste">Or paste its JSON</label>
          <textarea
            id="c-paste"
            rows="4"
            spellcheck="false"
            aria-invalid=${b._loadError ? 'true' : 'false'}
            aria-describedby=${b._loadError ? 'c-paste-error' : nothing}
          ></textarea>
          ${b._loadError ? html`<p class="error" id="c-paste-error">${b._loadError}</p>` : nothing}
        </div>
        <button type="button" class="secondary" id="c-load" @click=${() => loadPasted(b)}>Load pasted JSON</button>
      </fieldset>
      <fieldset>
        <legend>Campaign</legend>
        ${topField('id')} ${topField('partner')}
      </fieldset>
      ${languagesFieldset(b, missing)}
      ${SECTIONS.map(({ tag, name, section, fields }) => {
        const values = draft.sections[section];
        return html`<fieldset>
          <legend>${name} <code>${section}</code></legend>
          ${Object.entries(fields).map(([key, field]) => {
            const id = controlId(section, key);
            const hint = describeField(b._descriptions, tag, key, field);
            if (perLanguageField(key, field) && languages.length > 1) {
              return languageFields(b, {
                id,
                label: labelFor(tag, key),
                attribute: key,
                words: true,
                multiline: MULTILINE.has(key),
                field,
                raw: values[key],
                hint,
                reported: b.previews.reportedFor(id),
                missing: missingIn(missing, id, languages),
                set: (lang, value) => b.setDraftIn(section, key, lang, value),
              });
            }
            // One language: a plain box, as a one-language file has plain strings.
            const raw = perLanguageField(key, field) ? valueIn(values[key], languages[0], languages) : values[key];
            return fieldView(b, {
              id,
              label: labelFor(tag, key),
              attribute: key,
              multiline: MULTILINE.has(key),
              zone: section === 'banner' ? display(values.timeZone) : undefined,
              field,
              raw: raw === undefined && values[key] !== undefined ? values[key] : raw,
              hint,
              reported: b.previews.reportedFor(id),
              set: (value) => b.setDraft(section, key, value),
            });
          })}
          ${section === 'banner' ? bannerTimeline(fields, values) : nothing}
        </fieldset>`;
      })}
      <fieldset>
        <legend>Supporters <code>supporters</code></legend>
        ${supportersEditor(b, 'draft', draft.supporters, 'supporters', missing)}
      </fieldset>
    </form>
    <div class="output">
      <h3>Check and download</h3>
      ${
        shown.length
          ? html`<div class="summary">
              <h4 id="summary-heading" tabindex="-1">${problemCount(shown.length)}</h4>
              <ul>
                ${shown.map(
                  (p) =>
                    html`<li><a href="#${p.target}" @click=${(e: Event) => focusControl(b, e, p.target)}>${p.where}: ${p.message}</a></li>`,
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
        <button type="button" class="secondary" @click=${() => checkFile(b)}>Check the file</button>
        <button type="button" @click=${() => downloadCampaign(b)}>Download campaign.json</button>
      </div>
      <p class="status" role="status">${b.status.campaign}</p>
      ${missingSummary(b, missing)}
      <label for="c-json">campaign.json</label>
      <textarea id="c-json" readonly rows="12" spellcheck="false" .value=${b.campaignFile}></textarea>
      <h3>Snippet for partners</h3>
      ${campaignHrefField(b, 'Where you will publish this file')}
      ${
        b.campaignHref
          ? nothing
          : html`<p class="note warning">Give the file's address above: the snippet's script reads the campaign file from it.</p>`
      }
      <label for="partner-snippet">Send this to partners: the script once, reading this file, then each element the file sets up</label>
      <textarea
        id="partner-snippet"
        readonly
        rows=${Math.min(wrappedRows(b.partnerSnippet) + 1, 16)}
        spellcheck="false"
        .value=${b.partnerSnippet}
      ></textarea>
      <div class="actions">
        <button type="button" class="secondary" id="copy-partner-snippet" @click=${() => copyPartnerSnippet(b)}>Copy snippet</button>
        <p class="status" role="status">${b.status.copy}</p>
      </div>
      <h3>Preview</h3>
      <p class="hint">The elements with this file's settings. On partner pages each partner's own attributes come first.</p>
      ${previewLanguageSwitch(b)}
      ${SECTIONS.map(({ tag, section }) => previewFigure(b.previews, section, html`<code>&lt;${tag}&gt;</code>`))}
      ${previewFigure(b.previews, 'supporters', html`<code>&lt;supporter-wall&gt;</code>`)}
    </div>
  </div>`;
}
