import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { EmbedBuilder, RowList } from './embed-builder.js';
import { cell, newRow, supporterProblem, withCell, SUPPORTER_KEYS, type Row, type SupporterKey } from './supporters.js';
import { supporterFields } from '../supporter-wall/fields.js';
import { languageFields, missingIn, type Missing } from './language-view.js';
import { valueIn, withValue } from './languages.js';
import { display } from './values.js';

const SUPPORTER_LABELS: Record<SupporterKey, [string, string]> = {
  name: ['Name', 'Required. Also the text alternative of the logo, and shown if the logo fails to load.'],
  logo: ['Logo address', 'An https: address of the logo image (SVG or PNG).'],
  href: ['Link', 'Where the logo links (optional).'],
  tier: ['Tier', 'A group heading such as "Lead partners" (optional).'],
};

/**
 * Rows of supporters to add, edit, reorder and remove: the wall's light DOM in element mode, the
 * file's `supporters` in campaign mode. A row's problem is the wall's own message for it, shown
 * once the row has been left. `${preview}-add` names the add button, where the focus goes when
 * the last row is removed.
 */
export function supportersEditor(
  b: EmbedBuilder,
  which: RowList,
  rows: Row[],
  preview: string,
  missing: Record<string, Missing[]> = {},
): TemplateResult {
  // The campaign file's names may be given per language; the wall's light DOM has one language.
  const languages = which === 'draft' ? b._draft.languages : ['en'];
  const update = (next: Row[], focus?: string) => b.setRows(which, next, focus);
  const move = (index: number, by: number, button: string) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    // The button may have moved to the end or start, where it is disabled: focus its partner.
    const target = index + by === 0 && by < 0 ? 'down' : index + by === rows.length - 1 && by > 0 ? 'up' : button;
    update(next, `s-${row.id}-${target}`);
  };
  return html`${repeat(
      rows,
      (row) => row.id,
      (row, index) => {
        const problem = b._touched.has(`s-${row.id}-name`) ? supporterProblem(row, index, languages) : undefined;
        const name = display(valueIn(cell(row, 'name'), languages[0], languages) ?? cell(row, 'name')).trim();
        const title = `supporter ${index + 1}${name ? ` (${name})` : ''}`;
        return html`<fieldset class="row">
          <legend>Supporter ${index + 1}</legend>
          ${SUPPORTER_KEYS.map((key) => {
            const id = `s-${row.id}-${key}`;
            const [label, hint] = SUPPORTER_LABELS[key];
            const showError = key === 'name' && problem;
            if (key === 'name' && languages.length > 1) {
              return languageFields(b, {
                id,
                label,
                words: true,
                field: supporterFields.name,
                raw: cell(row, 'name'),
                hint,
                reported: [],
                missing: missingIn(missing, id, languages),
                problem: problem || undefined,
                touches: id,
                set: (lang, value) =>
                  update(rows.map((r) => (r === row ? withCell(r, 'name', withValue(cell(r, 'name'), lang, value, languages)) : r))),
              });
            }
            const raw = key === 'name' ? (valueIn(cell(row, key), languages[0], languages) ?? cell(row, key)) : cell(row, key);
            return html`<div class="field">
              <label for=${id}>${label}</label>
              <input
                id=${id}
                type=${key === 'logo' || key === 'href' ? 'url' : 'text'}
                .value=${live(display(raw))}
                autocomplete="off"
                aria-describedby="${id}-hint${showError ? ` ${id}-error` : ''}"
                aria-invalid=${showError ? 'true' : 'false'}
                @input=${(e: Event) => update(rows.map((r) => (r === row ? withCell(r, key, (e.target as HTMLInputElement).value) : r)))}
                @change=${() => b.touch(`s-${row.id}-name`)}
              />
              <p class="hint" id="${id}-hint">${hint}</p>
              ${showError ? html`<p class="error" id="${id}-error">${problem}</p>` : nothing}
            </div>`;
          })}
          <div class="actions">
            <button
              type="button"
              class="secondary"
              id="s-${row.id}-up"
              ?disabled=${index === 0}
              aria-label="Move up: ${title}"
              @click=${() => move(index, -1, 'up')}
            >
              Move up
            </button>
            <button
              type="button"
              class="secondary"
              id="s-${row.id}-down"
              ?disabled=${index === rows.length - 1}
              aria-label="Move down: ${title}"
              @click=${() => move(index, 1, 'down')}
            >
              Move down
            </button>
            <button
              type="button"
              class="secondary"
              aria-label="Remove ${title}"
              @click=${() =>
                update(
                  rows.filter((r) => r !== row),
                  rows[index + 1] ? `s-${rows[index + 1].id}-name` : `${preview}-add`,
                )}
            >
              Remove
            </button>
          </div>
        </fieldset>`;
      },
    )}
    <div class="actions">
      <button
        type="button"
        class="secondary"
        id="${preview}-add"
        @click=${() => {
          const row = newRow();
          update([...rows, row], `s-${row.id}-name`);
        }}
      >
        Add a supporter
      </button>
    </div>`;
}
