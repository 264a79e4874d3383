import { html, nothing, type TemplateResult } from 'lit';
import type { PreviewController } from './preview-controller.js';

/**
 * A preview as a figure, not under a heading of its own: the elements bring their own headings,
 * and the builder's outline should not depend on theirs. The controller fills the container; a
 * plan still waiting for what its element needs gets its words in the element's place.
 */
export function previewFigure(previews: PreviewController, name: string, caption?: TemplateResult): TemplateResult {
  const plan = previews.plans[name];
  const waiting = plan?.waiting;
  const others = waiting ? [] : (previews.unplaced[name] ?? []);
  return html`<figure>
    ${caption ? html`<figcaption>${caption}</figcaption>` : nothing} ${plan?.notes.map((n) => html`<p class="note">${n}</p>`)}
    ${previews.empty[name] && !waiting ? html`<p class="note">${plan?.needs ?? 'With these settings the element shows nothing yet.'}</p>` : nothing}
    ${
      // Words in the element's place until it has what it needs: no container, so no element is made.
      waiting ? html`<div class="preview waiting"><p>${waiting}</p></div>` : html`<div class="preview" data-preview=${name}></div>`
    }
    ${
      others.length
        ? html`<p class="hint">The element logs:</p>
            <ul class="problems error">
              ${others.map((e) => html`<li><code>${e.attribute}</code>: ${e.message}</li>`)}
            </ul>`
        : nothing
    }
  </figure>`;
}
