import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { kebab, url as urlField, type Field } from '../core/fields.js';
import { copySnippet } from './actions.js';
import { commonFields, describeField, elementInfo, ELEMENTS } from './catalog.js';
import type { EmbedBuilder } from './embed-builder.js';
import { fieldView } from './field-view.js';
import { iframeRoute, wrappedRows } from './iframe-route.js';
import { previewFigure } from './preview-figure.js';
import { supportersEditor } from './supporters-editor.js';
import { supporterProblem } from './supporters.js';
import { problemOf } from './values.js';

/**
 * Element mode: the form for one element's attributes (its own fields, then what every element
 * takes, then the script's address) beside its live preview and the snippet to paste, with a
 * warning for anything that would make the snippet differ from what the person asked for; then
 * the iframe route for sites that strip scripts (iframe-route.ts).
 */
export function elementMode(b: EmbedBuilder): TemplateResult {
  const info = elementInfo(b.tag);
  const values = b._values[b.tag];
  const fieldFor = (key: string, field: Field) => {
    const id = `f-${kebab(key)}`;
    return fieldView(b, {
      id,
      label: kebab(key),
      field,
      raw: values[key],
      hint: describeField(b._descriptions, b.tag, key, field),
      reported: b.previews.reportedFor(id),
      set: (raw) => b.setValue(b.tag, key, raw),
    });
  };
  const invalid = [...Object.entries(info.fields), ...Object.entries(commonFields)].filter(([k, f]) => problemOf(f, values[k])).length;
  const leftOut = invalid + b._wallRows.filter((r, i) => supporterProblem(r, i)).length;
  const scriptProblem = b._scriptSrc.trim() && problemOf(urlField(), b._scriptSrc);
  // Long lines wrap in the box (white-space: pre-wrap): count the rows they take, at about 64 a row.
  const lines = wrappedRows(b.snippet);
  return html`<div class="columns">
    <form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Element settings">
      <fieldset>
        <legend>Element</legend>
        <div class="choices">
          ${ELEMENTS.map(
            (e) =>
              html`<label
                ><input type="radio" name="tag" value=${e.tag} .checked=${live(e.tag === b.tag)} @change=${() => (b.tag = e.tag)} />
                ${e.name} <code>&lt;${e.tag}&gt;</code></label
              >`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>Settings of <code>&lt;${b.tag}&gt;</code></legend>
        <p class="hint">Leave a setting empty to use its default. Only settings that differ from the default go into the snippet.</p>
        ${Object.entries(info.fields).map(([key, field]) => fieldFor(key, field))}
      </fieldset>
      ${
        b.tag === 'supporter-wall'
          ? html`<fieldset>
              <legend>Supporters in the page</legend>
              <p class="hint">
                Written into the snippet as logos inside the element: what visitors see without JavaScript. Or leave this empty and use
                <code>src</code> or the campaign file.
              </p>
              ${supportersEditor(b, 'wall', b._wallRows, 'element')}
            </fieldset>`
          : nothing
      }
      <fieldset>
        <legend>Every element</legend>
        ${Object.entries(commonFields).map(([key, field]) => fieldFor(key, field))}
      </fieldset>
      <fieldset>
        <legend>The script</legend>
        <div class="field">
          <label for="script-src">Script address</label>
          <input
            id="script-src"
            type="url"
            autocomplete="off"
            .value=${live(b.scriptSrc)}
            @input=${(e: Event) => (b._scriptSrc = (e.target as HTMLInputElement).value)}
            @change=${() => b.touch('script-src')}
            aria-describedby="script-src-hint${scriptProblem ? ' script-src-error' : ''}"
            aria-invalid=${scriptProblem ? 'true' : 'false'}
          />
          <p class="hint" id="script-src-hint">
            The jsDelivr CDN by default. To host the script yourself, give the address of your copy of <code>coalition-embed.js</code> from
            the same version${b.version ? html` (${b.version})` : nothing}: the integrity hash is for exactly that file.
          </p>
          ${scriptProblem ? html`<p class="error" id="script-src-error">${scriptProblem}</p>` : nothing}
        </div>
      </fieldset>
    </form>
    <div class="output">
      <h3>Preview</h3>
      ${previewFigure(b.previews, 'element')}
      <h3>Snippet</h3>
      ${
        b._pinsLoaded && !b.integrity
          ? html`<p class="note warning">
              No integrity hash: <code>dist/sri.json</code> was not found. Run <code>npm run build</code>, or copy the hash for this version
              from the release notes, before handing the snippet out.
            </p>`
          : nothing
      }
      ${
        b._pinsLoaded && !b.version
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
        b.previews.byControl.size
          ? html`<p class="note warning">
              The preview reports a problem (in red under the field): the snippet keeps that setting as you typed it, and the element will
              report it on every page. Fix it before you copy.
            </p>`
          : nothing
      }
      <label for="snippet">Paste this into your page, where the element should appear</label>
      <textarea id="snippet" readonly rows=${Math.min(Math.max(lines + 1, 4), 24)} spellcheck="false" .value=${b.snippet}></textarea>
      <div class="actions">
        <button type="button" @click=${() => copySnippet(b)}>Copy snippet</button>
        <p class="status" role="status">${b.status.copy}</p>
      </div>
      ${iframeRoute(b)}
    </div>
  </div>`;
}
