import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { isThisComputer } from './addresses.js';
import { setRows } from './actions.js';
import type { BuilderContext } from './context.js';
import type { BuilderState, RowList } from './state.js';
import {
  cell,
  isRelativeAddress,
  newRow,
  parseSupporterList,
  parseSupportersJson,
  relativeAddresses,
  supporterProblem,
  withCell,
  SUPPORTER_KEYS,
  type Row,
  type SupporterKey,
} from './supporters.js';
import { supporterFields } from '../supporter-wall/fields.js';
import { languageFields, missingIn, type Missing } from './language-view.js';
import { valueIn, withValue } from './languages.js';
import { display, type Raw } from './values.js';

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
  c: BuilderContext,
  which: RowList,
  rows: readonly Row[],
  preview: string,
  missing: Record<string, Missing[]> = {},
): TemplateResult {
  // The campaign file's names may be given per language; the wall's light DOM has one language.
  const s = c.state;
  const languages = which === 'draft' ? s.draft.languages : ['en'];
  const update = (next: Row[], focus?: string) => setRows(c, which, next, focus);
  const move = (index: number, by: number, button: string) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    // The button may have moved to the end or start, where it is disabled: focus its partner.
    const target = index + by === 0 && by < 0 ? 'down' : index + by === rows.length - 1 && by > 0 ? 'up' : button;
    update(next, `s-${row.id}-${target}`);
  };
  // The wall's rows go into a partner's page: the note says which addresses the snippet writes full.
  const madeFull = which === 'wall' ? madeFullNote(s, rows, `${preview}-made-full`) : undefined;
  return html`${bulkAdd(c, which, rows, preview)}
    <div class="hints" id="${preview}-hints">
      ${SUPPORTER_KEYS.map((key) => html`<p class="hint" id="${preview}-hint-${key}"><strong>${SUPPORTER_LABELS[key][0]}:</strong> ${SUPPORTER_LABELS[key][1]}</p>`)}
    </div>
    ${madeFull ?? nothing}
    <div class="rows" role="group" aria-label="Supporters (${rows.length})">
      ${repeat(
        rows,
        (row) => row.id,
        (row, index) => {
          const problem = s.touched.has(`s-${row.id}-name`) ? supporterProblem(row, index, languages) : undefined;
          const name = display(valueIn(cell(row, 'name'), languages[0], languages) ?? cell(row, 'name')).trim();
          const title = `supporter ${index + 1}${name ? ` (${name})` : ''}`;
          return html`<fieldset class="row">
            <legend>Supporter ${index + 1}</legend>
            ${logoPreview(s, cell(row, 'logo'))}
            <div class="row-fields">
              ${SUPPORTER_KEYS.map((key) => {
                const id = `s-${row.id}-${key}`;
                const [label, hint] = SUPPORTER_LABELS[key];
                const showError = key === 'name' && problem;
                const madeFullHere = madeFull && key !== 'name' && key !== 'tier' && isRelativeAddress(cell(row, key));
                if (key === 'name' && languages.length > 1) {
                  return languageFields(s, {
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
                    aria-describedby="${preview}-hint-${key}${madeFullHere ? ` ${preview}-made-full` : ''}${showError ? ` ${id}-error` : ''}"
                    aria-invalid=${showError ? 'true' : 'false'}
                    @input=${(e: Event) => update(rows.map((r) => (r === row ? withCell(r, key, (e.target as HTMLInputElement).value) : r)))}
                    @change=${() => s.touch(`s-${row.id}-name`)}
                  />
                  ${showError ? html`<p class="error" id="${id}-error">${problem}</p>` : nothing}
                </div>`;
              })}
            </div>
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
    </div>
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

/**
 * Said beside the wall's rows when some of their logos or links are relative (`logos/nspcc.svg`):
 * they load here, beside the builder, but a partner's page would read them from its own site, so
 * the snippet writes them full from this site. A builder running on this computer (localhost, a
 * file) is no site partners' pages can load them from, and the note says that too.
 */
function madeFullNote(s: BuilderState, rows: readonly Row[], id: string): TemplateResult | undefined {
  const base = s.pageAddress;
  const { logos, links, example } = relativeAddresses(rows, base);
  const count = logos + links;
  if (!count) return undefined;
  const what = [
    ...(logos ? [`${logos} logo ${logos === 1 ? 'address' : 'addresses'}`] : []),
    ...(links ? [`${links} ${links === 1 ? 'link' : 'links'}`] : []),
  ].join(' and ');
  const { protocol, hostname } = new URL(base);
  const local = protocol === 'file:' || isThisComputer(hostname);
  const unreachable = local
    ? " But this builder runs on this computer, which partners' pages cannot reach: type full https: addresses instead."
    : '';
  return html`<p class="note${local ? ' warning' : ''}" id=${id}>
    ${what} ${count === 1 ? 'was' : 'were'} relative: the snippet uses full addresses from this site, such as <code>${example}</code>, so
    that partners' pages find them.${unreachable}
  </p>`;
}

/** The logo as the wall shows it, or a mark when it does not load. */
function logoPreview(s: BuilderState, logo: Raw): TemplateResult {
  const src = typeof logo === 'string' ? logo.trim() : '';
  if (!src) return html`<div class="logo-preview empty" aria-hidden="true"></div>`;
  const failed = s.failedLogos.has(src);
  // A loaded logo's shape goes into the snippet's picture of it (its width and height). WebKit
  // gives an SVG in the page its drawn size as its natural size: the shape is read from a copy out
  // of the page, from the image cache, as the wall does.
  const shape = (img: HTMLImageElement) => (img.naturalWidth && img.naturalHeight ? img.naturalWidth / img.naturalHeight : undefined);
  const loaded = (e: Event) => {
    const img = e.target as HTMLImageElement;
    s.markLogo(src, false);
    const copy = new Image();
    copy.referrerPolicy = 'no-referrer';
    copy.addEventListener('load', () => s.markLogo(src, false, shape(copy) ?? shape(img)));
    copy.addEventListener('error', () => s.markLogo(src, false, shape(img)));
    copy.src = img.currentSrc || img.src;
  };
  return html`<div class="logo-preview ${failed ? 'failed' : ''}">
    <img src=${src} alt="" referrerpolicy="no-referrer" @error=${() => s.markLogo(src, true)} @load=${loaded} />
    ${failed ? html`<p class="error">This logo did not load: check its address.</p>` : nothing}
  </div>`;
}

/** Many supporters at once: pasted from a spreadsheet, or a supporters JSON file. */
function bulkAdd(c: BuilderContext, which: RowList, rows: readonly Row[], preview: string): TemplateResult {
  const s = c.state;
  const { error, added } = s.bulkResult(which);
  const add = (values: unknown[], what: string) => {
    s.setRows(which, [...rows, ...values.map((v) => newRow(v))]);
    // Said beside the list, not by the Copy button: the officer's eyes are on the box they pasted into.
    s.setBulkResult(which, { added: `Added ${values.length} ${values.length === 1 ? 'supporter' : 'supporters'} ${what}.` });
  };
  const paste = () => {
    const area = c.root.querySelector<HTMLTextAreaElement>(`#${preview}-bulk`)!;
    const values = parseSupporterList(area.value);
    if (!values.length) {
      s.setBulkResult(which, { error: 'Nothing to add: type or paste one supporter a line.' });
      return;
    }
    add(values, 'from the list');
    area.value = '';
  };
  const importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = parseSupportersJson(await file.text());
    input.value = '';
    if ('error' in read) s.setBulkResult(which, { error: read.error });
    else add(read, `from ${file.name}`);
  };
  // Closed at first, whether the list is empty or not, so that the first click on its heading
  // opens it; then as the officer leaves it (the state keeps it across re-renders and modes), and
  // open after adding to the list (or a refusal), so that they see what happened and keep the focus
  // on the button they pressed. The heading says what is inside before anyone opens it.
  return html`<details
    class="bulk"
    ?open=${s.bulkOpen(which)}
    @toggle=${(e: Event) => s.setBulkOpen(which, (e.target as HTMLDetailsElement).open)}
  >
    <summary>Add many at once: paste a list from a spreadsheet, or import a file</summary>
    <div class="field">
      <label for="${preview}-bulk">Paste a list</label>
      <textarea
        id="${preview}-bulk"
        rows="4"
        spellcheck="false"
        aria-describedby="${preview}-bulk-hint${error ? ` ${preview}-bulk-error` : ''}"
        aria-invalid=${error ? 'true' : 'false'}
      ></textarea>
      <p class="hint" id="${preview}-bulk-hint">
        One supporter a line: a name alone, or name, logo address, link and tier, as copied from a spreadsheet (separated by tabs) or
        separated by commas.
      </p>
      <button type="button" class="secondary" id="${preview}-bulk-add" @click=${paste}>Add these supporters</button>
    </div>
    <div class="field">
      <label for="${preview}-import">Or import a supporters list (JSON)</label>
      <input type="file" id="${preview}-import" accept=".json,application/json" @change=${importFile} />
    </div>
    ${error ? html`<p class="error" id="${preview}-bulk-error">${error}</p>` : nothing}
    <p class="hint" aria-live="polite" id="${preview}-bulk-added">${added ?? ''}</p>
  </details>`;
}
