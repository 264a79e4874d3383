import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Field } from '../core/fields.js';
import { isZone, readDate } from '../campaign-banner/zone.js';
import { rich } from './words.js';
import type { BuilderState } from './state.js';
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
  /** The attribute or file key, shown small beside the label for webmasters. */
  attribute?: string;
  /** A paragraph of text: a box of several lines. */
  multiline?: boolean;
  /** The campaign's time zone, in which a date written without an offset is read. */
  zone?: string;
  /** What an empty box shows, when not the field's default. */
  placeholder?: string;
  /** A sentence after the hint, about how this control works with the others. */
  note?: string;
}

export { rich };

/** The settings that hold a paragraph, not a line. */
export const MULTILINE = new Set(['message', 'warning', 'afterMessage']);

/** A field's label in words, with its attribute (or key) small beside it. */
export const labelWith = (id: string, label: string, attribute?: string) =>
  html`<span class="label-row"
    ><label for=${id}>${label}</label>${attribute ? html` <code class="attr">${attribute}</code>` : nothing}</span
  >`;

const wordFormats = new Map<string, Intl.DateTimeFormat>();
/** A moment in words on `zone`'s clock (the browser's own when undefined); one formatter per zone. */
function inWords(zone?: string): Intl.DateTimeFormat {
  let made = wordFormats.get(zone ?? '');
  if (!made) {
    made = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone: zone });
    wordFormats.set(zone ?? '', made);
  }
  return made;
}

/** What a date setting means, in words: read in the campaign's zone when it has no offset of its own. */
export function dateInWords(raw: Raw, zone?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const read = readDate(raw.trim(), zone && isZone(zone) ? zone : undefined);
  if (!read) return undefined;
  const where = typeof read.zone === 'string' ? read.zone : undefined;
  // In British English on the 24-hour clock ("Thursday 20 May 2027 at 00:00"), as the timeline.
  const there = where ? inWords(where).format(read.time) : undefined;
  const mine = inWords().format(read.time);
  return there && there !== mine ? `${there} (${where}); your time: ${mine}` : `Your time: ${mine}`;
}

/**
 * The control for a field, of the kind its values take. The field's own problem shows once the
 * person has left the control (or asked for a check), not while they type.
 */
export function fieldView(s: BuilderState, view: FieldView): TemplateResult {
  const { id, label, field, raw, hint, reported, set, attribute, zone } = view;
  const problem = s.touched.has(id) ? problemOf(field, raw) : undefined;
  const errors = [...(problem ? [problem] : []), ...reported.filter((m) => m !== problem)];
  const describedBy = `${id}-hint${errors.length ? ` ${id}-error` : ''}`;
  const invalid = errors.length ? 'true' : 'false';
  const commit = () => s.touch(id);
  const text = (event: Event) => set((event.target as HTMLInputElement).value);
  const labelled = labelWith(id, label, attribute);
  const when = field.kind === 'date' && !problemOf(field, raw) ? dateInWords(raw, zone) : undefined;
  const after = html`${view.note ? ` ${view.note}` : nothing}${when ? html` <strong>${when}.</strong>` : nothing}`;
  const hintText = html`<p class="hint" id="${id}-hint">${rich(hint)}${after}</p>`;
  // One problem a line: two reports run together read as one sentence ("… nope.json no supporters").
  const errorText = errors.length
    ? html`<p class="error" id="${id}-error">${errors.map((error, i) => html`${i ? html`<br />` : nothing}${error}`)}</p>`
    : nothing;
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
      if (view.multiline) {
        control = html`<textarea
          id=${id}
          rows="3"
          .value=${live(display(raw))}
          spellcheck="true"
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @input=${text}
          @change=${commit}
        ></textarea>`;
        break;
      }
      control = html`<input
        type=${field.kind === 'url' ? 'url' : 'text'}
        id=${id}
        .value=${live(display(raw))}
        spellcheck=${field.kind === 'text' ? 'true' : 'false'}
        autocomplete="off"
        placeholder=${
          view.placeholder ??
          (field.kind === 'date'
            ? '2026-05-18T09:00:00+01:00'
            : Array.isArray(field.default)
              ? field.default.join(' ')
              : typeof field.default === 'string'
                ? field.default
                : nothing)
        }
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
        @input=${text}
        @change=${commit}
      />`;
  }
  return html`<div class="field">${labelled} ${control} ${hintText} ${errorText}</div>`;
}
