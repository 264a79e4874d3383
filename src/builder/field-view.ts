import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { parseField, type Field } from '../core/fields.js';
import type { EmbedBuilder } from './embed-builder.js';
import { display, problemOf, type Raw } from './values.js';

/** One generated form control: an element's attribute or a campaign-file key. */
export interface FieldView {
  id: string;
  label: string;
  field: Field;
  raw: Raw;
  hint: string;
  /** Messages the element reported from the preview for this attribute. */
  reported: string[];
  set: (raw: Raw) => void;
}

/** Backticks in the JSDoc become code. */
export const rich = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

/**
 * The control for a field, of the kind its values take. The field's own problem shows once the
 * person has left the control (or asked for a check), not while they type.
 */
export function fieldView(b: EmbedBuilder, view: FieldView): TemplateResult {
  const { id, label, field, raw, hint, reported, set } = view;
  const problem = b._touched.has(id) ? problemOf(field, raw) : undefined;
  const errors = [...(problem ? [problem] : []), ...reported.filter((m) => m !== problem)];
  const describedBy = `${id}-hint${errors.length ? ` ${id}-error` : ''}`;
  const invalid = errors.length ? 'true' : 'false';
  const commit = () => b.touch(id);
  const text = (event: Event) => set((event.target as HTMLInputElement).value);
  const labelled = html`<label for=${id}><code>${label}</code></label>`;
  let when: string | undefined;
  if (field.kind === 'date' && typeof raw === 'string') {
    const parsed = parseField(field, raw);
    if (parsed.ok) when = new Date(parsed.value as number).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
  }
  const hintText = html`<p class="hint" id="${id}-hint">${rich(hint)}${when ? html` <strong>Your time: ${when}.</strong>` : nothing}</p>`;
  const errorText = errors.length ? html`<p class="error" id="${id}-error">${errors.join(' ')}</p>` : nothing;
  let control: TemplateResult;
  switch (field.kind) {
    case 'flag':
      return html`<div class="field check">
        <input
          type="checkbox"
          id=${id}
          .checked=${live(raw === true || raw === 'true' || raw === '')}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @change=${(e: Event) => (set((e.target as HTMLInputElement).checked), commit())}
        />
        ${labelled} ${hintText} ${errorText}
      </div>`;
    case 'choice': {
      const current = display(raw) || (field.default as string);
      const options = field.options!.includes(current) ? field.options! : [current, ...field.options!];
      control = html`<select
        id=${id}
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
        @change=${(e: Event) => (set((e.target as HTMLSelectElement).value), commit())}
      >
        ${options.map((o) => html`<option value=${o} ?selected=${o === current}>${o}${o === field.default ? ' (default)' : ''}</option>`)}
      </select>`;
      break;
    }
    case 'number':
      // A text box, not type=number: a browser empties a number box it cannot read ("1 minute")
      // without a word, where the element's own message says what is wrong.
      control = html`<input
        type="text"
        inputmode="decimal"
        id=${id}
        .value=${live(display(raw))}
        autocomplete="off"
        placeholder=${field.default === undefined ? nothing : String(field.default)}
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
        @input=${text}
        @change=${commit}
      />`;
      break;
    default:
      control = html`<input
        type=${field.kind === 'url' ? 'url' : 'text'}
        id=${id}
        .value=${live(display(raw))}
        spellcheck=${field.kind === 'text' ? 'true' : 'false'}
        autocomplete="off"
        placeholder=${field.kind === 'date' ? '2026-05-18T09:00:00+01:00' : Array.isArray(field.default) ? field.default.join(' ') : nothing}
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
        @input=${text}
        @change=${commit}
      />`;
  }
  return html`<div class="field">${labelled} ${control} ${hintText} ${errorText}</div>`;
}
