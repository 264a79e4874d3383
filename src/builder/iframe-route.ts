import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { url as urlField } from '../core/fields.js';
import { copyFrame } from './actions.js';
import type { BuilderContext } from './context.js';
import type { BuilderState } from './state.js';
import { elementNeeds } from './preview-plans.js';
import { embedPageUrlFor, frameHeight } from './snippet.js';
import { problemOf } from './values.js';

/** Rows a snippet takes in a box that wraps long lines (about 64 monospace characters a row at 600px). */
export const wrappedRows = (text: string) => text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 64)), 0);

/**
 * What the iframe route changes for these settings: what a frame cannot do, said before the
 * person pastes it (README, "Choose your route").
 */
export function frameNotes(s: BuilderState): string[] {
  const attributes = s.attributesFor();
  const value = (name: string) => attributes.find(([n]) => n === name)?.[1];
  const notes: string[] = [];
  const mode = value('mode');
  if (s.tag === 'campaign-banner' && typeof mode === 'string' && mode !== 'inline') {
    notes.push(
      `In a frame the banner is shown inline: a ${mode === 'overlay' ? 'full-page overlay' : `bar fixed to the ${mode}`} would stay inside the frame.`,
    );
  }
  if (s.tag === 'share-bar' && !value('url') && !value('campaign')) {
    notes.push(
      'A frame cannot see the page around it: give the link to share (or a campaign file with one), or the bar shares only what the browser tells it of the page, often the site\u2019s home page.',
    );
  }
  if (s.tag === 'supporter-wall' && s.wallRows.length) {
    notes.push('Supporters typed in the page cannot travel in a frame\u2019s address: give the wall a src list or a campaign file.');
  }
  if (s.tag === 'quick-exit') {
    notes.push(
      'In a frame the quick exit leaves the whole page on a click, but its Shift shortcut only works while the frame has focus: where a visitor may be at risk, paste the script or use the WordPress plugin.',
    );
  }
  return notes;
}

/**
 * What the frame's element still needs before it shows anything, in the form's words (as the
 * preview says it: preview-plans.ts); undefined when it has it. Until then the frame is not loaded:
 * its element would only tell the console that it has nothing to show.
 */
export function frameWaiting(s: BuilderState): string | undefined {
  const { tag, attributes } = s.frameParts();
  const words = elementNeeds(tag, attributes, [], s.readsCampaignFile()).waiting;
  // Supporters typed in the form do not travel in a frame's address (frameNotes says so).
  return words && tag === 'supporter-wall' && s.wallRows.length
    ? 'Give the address of a supporters list to see the wall in a frame.'
    : words;
}

/**
 * The iframe route beside the script snippet: the `<iframe>` to paste where scripts are stripped,
 * its address alone (what Wix and Google Sites ask for), and a live preview of the real page from
 * the local build, sized by the page's own size messages as a partner's listener would.
 */
export function iframeRoute(c: BuilderContext): TemplateResult {
  const s = c.state;
  const { tag, attributes, items } = s.frameParts();
  const { height, narrow } = frameHeight(tag, attributes, items);
  const snippet = s.iframeSnippet;
  const warnings = frameNotes(s);
  const waiting = frameWaiting(s);
  const pageProblem = s.pageSrcInput.trim() && problemOf(urlField(), s.pageSrcInput);
  const own = s.pageSrcInput.trim();
  // The note is about jsDelivr's own address (the default): a coalition's copy needs none of it.
  const onJsdelivr = !own || /^https?:\/\/([^/]+\.)?jsdelivr\.net\//i.test(own);
  return html`<details class="iframe-route" id="iframe-route">
    <summary><span id="iframe-heading">Where scripts are stripped: an iframe</span></summary>
    <p class="hint">
      For site builders and editors that remove <code>&lt;script&gt;</code> (Wix, Squarespace, Google Sites, WordPress.com without plugins):
      the same element on a page of its own, <code>embed.html</code>. The frame does not know the language of the page around it: set
      <code>lang</code> for anything but English.
    </p>
    ${warnings.map((n) => html`<p class="note warning">${n}</p>`)}
    <div class="field">
      <label for="page-src">Iframe page address</label>
      <input
        id="page-src"
        type="url"
        autocomplete="off"
        placeholder=${embedPageUrlFor(s.version ?? 'VERSION')}
        .value=${live(s.pageSrcInput)}
        @input=${(e: Event) => s.setPageSrc((e.target as HTMLInputElement).value)}
        @change=${() => s.touch('page-src')}
        aria-describedby="page-src-hint${pageProblem ? ' page-src-error' : ''}"
        aria-invalid=${pageProblem ? 'true' : 'false'}
      />
      <p class="hint" id="page-src-hint">
        ${
          onJsdelivr
            ? html`jsDelivr by default. jsDelivr sends <code>.html</code> files as plain text, so a frame pointing there shows the page's
                source: publish <code>embed.html</code>, <code>embed-page.js</code> and <code>coalition-embed.js</code> (with its
                <code>elements</code> and <code>chunks</code> folders) from this version's <code>dist/</code> together on a site of the
                coalition's, and give that <code>embed.html</code>'s address here.`
            : html`The coalition's own copy of <code>embed.html</code>, published with the rest of this version's <code>dist/</code>.`
        }
      </p>
      ${pageProblem ? html`<p class="error" id="page-src-error">${pageProblem}</p>` : nothing}
    </div>
    <label for="iframe-snippet">Paste this iframe where the element should appear</label>
    <textarea id="iframe-snippet" readonly rows=${Math.min(wrappedRows(snippet) + 1, 14)} spellcheck="false" .value=${snippet}></textarea>
    <div class="actions">
      <button type="button" id="copy-iframe" @click=${() => copyFrame(c, 'iframe')}>Copy iframe</button>
      <button type="button" class="secondary" id="copy-frame-address" @click=${() => copyFrame(c, 'address')}>Copy address only</button>
      <p class="status" role="status">${c.status.iframe}</p>
    </div>
    <p class="hint" id="iframe-height-hint">
      Suggested height: ${height}px${narrow ? html`, or ${narrow}px where most visitors are on phones` : nothing}. A frame cannot grow by
      itself; the page sends its height (<code>coalition-embed:size</code>) to the page around it, so a partner's own small script can fit
      the frame to it (README, "Choose your route").
    </p>
    <figure class="frame-figure">
      <figcaption>Iframe preview</figcaption>
      ${
        waiting
          ? html`<div class="preview waiting"><p>${waiting}</p></div>`
          : html`<div class="preview frame-preview">
              <iframe
                id="frame-preview"
                src=${c.frame.src || 'about:blank'}
                title=${`Preview: ${s.frameParts().title}`}
                style=${`block-size:${c.frame.height ?? height}px`}
              ></iframe>
            </div>`
      }
      <p class="hint">The page from this build (<code>dist/embed.html</code>), with the same address; sized by its size messages.</p>
    </figure>
  </details>`;
}
