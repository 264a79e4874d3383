import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { kebab, url as urlField, type Field } from '../core/fields.js';
import { copySnippet } from './actions.js';
import { commonFields, describeField, elementInfo, ELEMENTS } from './catalog.js';
import type { BuilderContext } from './context.js';
import type { BuilderState } from './state.js';
import { fieldView, labelWith, MULTILINE } from './field-view.js';
import { bannerTimeline } from './timeline.js';
import { elementPhaseLinks } from './phase-links.js';
import { bannerDates, type DatesView, type FieldExtra } from './window-picker.js';
import { labelFor, localisedDefault, LOCALISED_NOTE, UNREAD_LIST_NOTE, warningNote } from './words.js';
import { iframeRoute, wrappedRows } from './iframe-route.js';
import { scriptUrlFor } from './snippet.js';
import { previewFigure } from './preview-figure.js';
import { supportersEditor } from './supporters-editor.js';
import { supporterProblem } from './supporters.js';
import { display, problemOf } from './values.js';
import { DEFAULT_EXIT_HREF, elementExitNote, exitFilledIn } from './banner-exit.js';
import { blockedOnSecurePages, insecureWarning, isThisComputer } from './addresses.js';

/**
 * Element mode: the form for one element's attributes (its own fields, then what every element
 * takes, then the script's address) beside its live preview and the snippet to paste, with a
 * warning for anything that would make the snippet differ from what the person asked for; then
 * the iframe route for sites that strip scripts (iframe-route.ts).
 */
export function elementMode(c: BuilderContext): TemplateResult {
  const s = c.state;
  const { tag } = s;
  const info = elementInfo(tag);
  const values = s.values[tag];
  const fieldFor = (key: string, field: Field, extra?: FieldExtra) => {
    const id = `f-${kebab(key)}`;
    const isExit = tag === 'campaign-banner' && key === 'exitHref';
    return fieldView(s, {
      ...extra,
      id,
      label: labelFor(tag, key),
      attribute: kebab(key),
      multiline: MULTILINE.has(key),
      zone: tag === 'campaign-banner' ? display(values.timeZone) : undefined,
      field,
      raw: values[key],
      hint: describeField(s.descriptions, tag, key, field),
      note: localisedDefault(tag, key, values[key])
        ? LOCALISED_NOTE
        : tag === 'supporter-wall' && key === 'src' && s.wallListUnread
          ? UNREAD_LIST_NOTE
          : (warningNote(tag, key, values) ?? (isExit ? elementExitNote(values, s.readsCampaignFile()) : undefined) ?? extra?.note),
      placeholder: isExit && exitFilledIn(values, s.readsCampaignFile()) ? DEFAULT_EXIT_HREF : extra?.placeholder,
      reported: c.previews.reportedFor(id),
      set: (raw) => s.setValue(tag, key, raw),
    });
  };
  // The banner's dates as days on the campaign's clock, with the exact values folded below them.
  const dates: DatesView = {
    values,
    id: (key) => `f-${kebab(key)}`,
    set: (changed) => s.setValues(tag, changed),
    field: (key, extra) => fieldFor(key, info.fields[key], extra),
    typed: (id, over) => s.typed(id, over),
    type: (id, typed) => s.setTyped(id, typed),
    hasProblem: (key) => {
      const id = `f-${kebab(key)}`;
      return (s.touched.has(id) && !!problemOf(info.fields[key], values[key])) || c.previews.reportedFor(id).length > 0;
    },
  };
  const invalid = [...Object.entries(info.fields), ...Object.entries(commonFields)].filter(([k, f]) => problemOf(f, values[k])).length;
  const leftOut = invalid + s.wallRows.filter((r, i) => supporterProblem(r, i)).length;
  // Long lines wrap in the box (white-space: pre-wrap): count the rows they take, at about 64 a row.
  const lines = wrappedRows(s.snippet);
  const pageTags = s.pageTags;
  return html`<form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Elements">
      <fieldset>
        <legend>Element to set up</legend>
        <div class="choices">
          ${ELEMENTS.map(
            (e) =>
              html`<label
                ><input type="radio" name="tag" value=${e.tag} .checked=${live(e.tag === tag)} @change=${() => s.setTag(e.tag)} /> ${e.name}
                <code>&lt;${e.tag}&gt;</code></label
              >`,
          )}
        </div>
      </fieldset>
    </form>
    <div class="columns">
      <form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Element settings">
        <fieldset>
          <legend>Settings of the ${info.name.toLowerCase()} <code>&lt;${tag}&gt;</code></legend>
          <p class="hint">Leave a setting empty to use its default. Only settings that differ from the default go into the snippet.</p>
          ${Object.entries(info.fields).map(([key, field]) => (tag === 'campaign-banner' && bannerDates(key, dates)) || fieldFor(key, field))}
          ${tag === 'campaign-banner' ? bannerTimeline(info.fields, values, undefined, elementPhaseLinks(s, c.previewPage)) : nothing}
        </fieldset>
        ${
          tag === 'supporter-wall'
            ? html`<fieldset>
                <legend>Supporters in the page</legend>
                <p class="hint">
                  Written into the snippet as logos inside the element, so visitors see them even before the script runs. Or leave this
                  empty and give a supporters list address above, or use the campaign file.
                </p>
                ${supportersEditor(c, 'wall', s.wallRows, 'element')}
              </fieldset>`
            : nothing
        }
        <fieldset>
          <legend>Every element</legend>
          ${Object.entries(commonFields).map(([key, field]) => fieldFor(key, field))}
        </fieldset>
        <fieldset>
          <legend>The script</legend>
          ${scriptSrcField(s, c.previewPage)} ${campaignHrefField(s)}
        </fieldset>
      </form>
      <div class="output" role="region" aria-label="Snippet and preview">
        <div class="preview-pane">
          <h3>Preview</h3>
          ${previewFigure(c.previews, 'element')}
        </div>
        <div class="snippet-pane">
          <h3>Snippet</h3>
          ${
            s.pinsLoaded && !s.integrity
              ? html`<p class="note warning">
                  No integrity hash: <code>dist/sri.json</code> was not found. Run <code>npm run build</code>, or copy the hash for this
                  version from the release notes, before handing the snippet out.
                </p>`
              : nothing
          }
          ${
            s.pinsLoaded && !s.version
              ? html`<p class="note warning">The version is unknown: replace <code>VERSION</code> in the script address.</p>`
              : nothing
          }
          ${
            leftOut
              ? html`<p class="note warning">
                  ${leftOut} ${leftOut === 1 ? 'setting has a problem and is' : 'settings have problems and are'} left out of the snippet.
                </p>`
              : nothing
          }
          ${
            c.previews.byControl.size
              ? html`<p class="note warning">
                  The preview reports a problem (in red under the field): the snippet keeps that setting as you typed it, and the element
                  will report it on every page. Fix it before you copy.
                </p>`
              : nothing
          }
          <fieldset class="on-page">
            <legend>Elements in the snippet</legend>
            <p class="hint" id="on-page-hint">
              One snippet for the partner's page: the script once, then each element ticked here, in this order. An element you set up or
              give a setting is ticked for you.
            </p>
            <div class="choices">
              ${ELEMENTS.map(
                (e) =>
                  html`<label
                    ><input
                      type="checkbox"
                      name="on-page"
                      value=${e.tag}
                      aria-describedby="on-page-hint"
                      .checked=${live(pageTags.includes(e.tag))}
                      @change=${(ev: Event) => s.setOnPage(e.tag, (ev.target as HTMLInputElement).checked)}
                    />
                    ${e.name}</label
                  >`,
              )}
            </div>
          </fieldset>
          <label for="snippet"
            >Paste this into the partner's page: the script once, then
            ${pageTags.length === 1 ? 'the element' : `the ${pageTags.length} elements`} where
            ${pageTags.length === 1 ? 'it should' : 'each should'} appear</label
          >
          <textarea id="snippet" readonly rows=${Math.min(Math.max(lines + 1, 4), 24)} spellcheck="false" .value=${s.snippet}></textarea>
          <div class="actions">
            <button type="button" @click=${() => copySnippet(c)}>Copy snippet</button>
            <p class="status" role="status">${c.status.copy}</p>
          </div>
          <label for="element-snippet">Only the ${info.name.toLowerCase()}, for a page that already has the script</label>
          <textarea
            id="element-snippet"
            readonly
            rows=${Math.min(Math.max(wrappedRows(s.ownSnippet) + 1, 3), 16)}
            spellcheck="false"
            .value=${s.ownSnippet}
          ></textarea>
          ${iframeRoute(c)}
        </div>
      </div>
    </div>`;
}

/**
 * Where the partner's script comes from: the CDN by default, or the partner's own copy. `page` is
 * where this build's `dist/` pages are (the preview page): the copy beside it is what a test page on
 * this computer can load, where the CDN may not have this version yet.
 */
export function scriptSrcField(s: BuilderState, page: string): TemplateResult {
  const scriptProblem = s.scriptSrcInput.trim() && problemOf(urlField(), s.scriptSrcInput);
  const insecure = !scriptProblem && blockedOnSecurePages(s.scriptSrcInput);
  const describedBy = ['script-src-hint', ...(scriptProblem ? ['script-src-error'] : []), ...(insecure ? ['script-src-warning'] : [])];
  return html`<div class="field">
    ${labelWith('script-src', 'Script address', 'src')}
    <input
      id="script-src"
      type="url"
      autocomplete="off"
      .value=${live(s.scriptSrcInput)}
      placeholder=${scriptUrlFor(s.version ?? 'VERSION')}
      @input=${(e: Event) => s.setScriptSrc((e.target as HTMLInputElement).value)}
      @change=${() => s.touch('script-src')}
      aria-describedby=${describedBy.join(' ')}
      aria-invalid=${scriptProblem ? 'true' : 'false'}
    />
    <p class="hint" id="script-src-hint">
      The jsDelivr CDN by default. To host the script yourself, give the address of your copy of
      <code>coalition-embed.js</code> from the same version${s.version ? ` (${s.version})` : ''}: the integrity hash is for exactly that
      file. ${testOnThisComputer(page)}
    </p>
    ${scriptProblem ? html`<p class="error" id="script-src-error">${scriptProblem}</p>` : nothing}
    ${insecure ? insecureWarning('script-src-warning', 'script') : nothing}
  </div>`;
}

/**
 * The sentence for an officer trying the snippet in a page on their own computer. A copy of the
 * script opened from their disk (`file:`) never runs (the snippet asks for it with `crossorigin`, for
 * its integrity check, and the loader's files are modules: browsers refuse both from files), and
 * the CDN has only published versions: the copy to give is the one the builder's own server sends,
 * when the builder runs on this computer.
 */
function testOnThisComputer(page: string): TemplateResult {
  const served = new URL('coalition-embed.js', page);
  const local = /^https?:$/.test(served.protocol) && isThisComputer(served.hostname);
  return local
    ? html`To try the snippet in a page on your own computer, give the copy that comes with this builder, <code>${served.href}</code>: a
        browser will not run the script from a file on your disk.`
    : html`To try the snippet in a page on your own computer, keep a web address here (the jsDelivr one works): a browser will not run the
      script from a file on your disk.`;
}

/** Where the campaign file is published: the script's `data-campaign`, in either mode's snippet. */
export function campaignHrefField(s: BuilderState, label = 'Campaign file address (optional)'): TemplateResult {
  const problem = s.campaignHrefInput.trim() && problemOf(urlField(), s.campaignHrefInput);
  // The elements accept an http:// file, so the snippet keeps it; but nearly every partner's page
  // is https, and there the browser refuses it (mixed content) and the campaign silently never shows.
  const insecure = !problem && blockedOnSecurePages(s.campaignHrefInput);
  const describedBy = ['campaign-href-hint', ...(problem ? ['campaign-href-error'] : []), ...(insecure ? ['campaign-href-warning'] : [])];
  return html`<div class="field">
    ${labelWith('campaign-href', label, 'data-campaign')}
    <input
      id="campaign-href"
      type="url"
      autocomplete="off"
      placeholder="https://example.org/campaign.json"
      .value=${live(s.campaignHrefInput)}
      @input=${(e: Event) => s.setCampaignHref((e.target as HTMLInputElement).value)}
      @change=${() => s.touch('campaign-href')}
      aria-describedby=${describedBy.join(' ')}
      aria-invalid=${problem ? 'true' : 'false'}
    />
    <p class="hint" id="campaign-href-hint">
      The address where the coalition publishes its campaign file. Every element on the page then takes the campaign's words, dates and
      supporters from it.
    </p>
    ${problem ? html`<p class="error" id="campaign-href-error">${problem}</p>` : nothing}
    ${insecure ? insecureWarning('campaign-href-warning', 'file') : nothing}
  </div>`;
}
