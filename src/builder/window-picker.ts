import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DEFAULT_ZONE, endValue, lastDayOf, pickable, pickerZone, startValue, wallOf } from './dates.js';
import { isBlank, type Raw } from './values.js';

/** The banner's date settings, which the pickers write. */
export type DateKey = 'start' | 'end' | 'afterEnd';
const DATE_KEYS = new Set<string>(['start', 'end', 'afterEnd', 'timeZone']);

/** What a field the pickers stand beside may add to its generated control. */
export interface FieldExtra {
  placeholder?: string;
  /** A sentence after the field's hint. */
  note?: string;
}

/** How a mode shows the banner's dates: its values, how it writes them, and its own generated fields. */
export interface DatesView {
  values: Readonly<Record<string, Raw>>;
  /** The id of a setting's generated control (`f-start`, `c-banner-start`); the pickers' ids follow it. */
  id: (key: string) => string;
  /** Writes settings at once: a picked day, with the zone it was picked in when the campaign had none. */
  set: (values: Record<string, Raw>) => void;
  /** The generated control of a setting: the exact date as text, and the time zone. */
  field: (key: string, extra?: FieldExtra) => TemplateResult;
  /** Whether the setting's control shows a problem (its own, or the preview's report). */
  hasProblem: (key: DateKey) => boolean;
}

/**
 * The banner's dates as the officer plans them, in place of the generated fields for `start`,
 * `end`, `after-end` and `time-zone`: the window as a first and a last day (and a start time when
 * it is not midnight) on the campaign's clock (Europe/London unless it names another), the
 * after-message's last day, and the exact values folded away below. Undefined for other settings.
 */
export function bannerDates(key: string, view: DatesView): TemplateResult | typeof nothing | undefined {
  if (!DATE_KEYS.has(key)) return undefined;
  if (key === 'start') return windowPicker(view);
  if (key === 'afterEnd') return afterPicker(view);
  // `end` and `time-zone` are in the window's group.
  return nothing;
}

/**
 * The day a date control holds, or undefined while it is still being typed: Chromium reports a
 * date at every digit of its year (0002, 0020, 0202, 2027), and writing one of those would redraw
 * the control and lose the rest of the typing. No campaign runs before 1970; a cleared control is
 * ''.
 */
function typedDay(e: Event): string | undefined {
  const day = (e.target as HTMLInputElement).value;
  return !day || Number(day.slice(0, day.indexOf('-'))) >= 1970 ? day : undefined;
}

function windowPicker(view: DatesView): TemplateResult {
  const { values, id, set } = view;
  const zone = pickerZone(values.timeZone);
  const named = zone !== DEFAULT_ZONE || !isBlank(values.timeZone);
  const start = wallOf(values.start, zone);
  const last = lastDayOf(values.end, zone);
  // Picking a day in London's calendar writes that zone too, so the file says how to read it.
  const withZone = (more: Record<string, Raw>) => set(isBlank(values.timeZone) ? { ...more, timeZone: DEFAULT_ZONE } : more);
  const pickStart = (day: string, time = start?.time) => withZone({ start: day ? startValue(day, time) : '' });
  const exactOpen =
    !pickable(values.start, zone) || !pickable(values.end, zone, true) || view.hasProblem('start') || view.hasProblem('end');
  const ids = { group: `${id('start')}-window`, first: `${id('start')}-day`, time: `${id('start')}-time`, last: `${id('end')}-day` };
  // A problem with a date is written once, under its exact control; the picker points to it.
  const errorOf = (key: DateKey) => (view.hasProblem(key) ? ` ${id(key)}-error` : '');
  return html`<div class="window-picker" role="group" aria-labelledby="${ids.group}-label">
    <p class="label" id="${ids.group}-label">When the banner runs</p>
    ${view.field('timeZone', {
      placeholder: DEFAULT_ZONE,
      note: `The days below are on this clock: ${DEFAULT_ZONE} when empty, written into the snippet or file with the first day you pick.`,
    })}
    <p class="hint" id="${ids.group}-hint">
      ${named ? html`In ${zone} time.` : html`In ${zone} time (the default).`} The banner shows from the start of the first day (or the time
      you give) until the end of the last day.
    </p>
    <div class="dates">
      <div class="field">
        <label for=${ids.first}>First day</label>
        <input
          type="date"
          id=${ids.first}
          .value=${live(start?.day ?? '')}
          aria-describedby="${ids.group}-hint${errorOf('start')}"
          aria-invalid=${view.hasProblem('start') ? 'true' : 'false'}
          @change=${(e: Event) => {
            const day = typedDay(e);
            if (day !== undefined) pickStart(day);
          }}
        />
      </div>
      <div class="field">
        <label for=${ids.time}>Starts at <span class="optional">(optional)</span></label>
        <input
          type="time"
          id=${ids.time}
          .value=${live(start && start.time !== '00:00' ? start.time : '')}
          aria-describedby="${ids.time}-hint"
          @change=${(e: Event) => start && pickStart(start.day, (e.target as HTMLInputElement).value)}
        />
        <p class="hint" id="${ids.time}-hint">00:00 when empty.</p>
      </div>
      <div class="field">
        <label for=${ids.last}>Last day</label>
        <input
          type="date"
          id=${ids.last}
          min=${start?.day ?? nothing}
          .value=${live(last?.day ?? '')}
          aria-describedby="${ids.group}-hint${last?.endsAt ? ` ${ids.last}-note` : ''}${errorOf('end')}"
          aria-invalid=${view.hasProblem('end') ? 'true' : 'false'}
          @change=${(e: Event) => {
            const day = typedDay(e);
            if (day !== undefined) withZone({ end: day ? endValue(day) : '' });
          }}
        />
      </div>
    </div>
    ${
      last?.endsAt
        ? html`<p class="note" id="${ids.last}-note">
            It ends at ${last.endsAt} on that day (the exact end below). Picking a last day makes it end at midnight after it.
          </p>`
        : nothing
    }
    <details class="exact" ?open=${exactOpen}>
      <summary>Exact start and end, as written in the file</summary>
      ${view.field('start')} ${view.field('end', { note: 'The end is the moment the banner stops: the day after the last day, at 00:00.' })}
    </details>
  </div>`;
}

function afterPicker(view: DatesView): TemplateResult {
  const { values, id, set } = view;
  const zone = pickerZone(values.timeZone);
  const last = lastDayOf(values.afterEnd, zone);
  const dayId = `${id('afterEnd')}-day`;
  const exactOpen = !pickable(values.afterEnd, zone, true) || view.hasProblem('afterEnd');
  return html`<div class="window-picker" role="group" aria-labelledby="${dayId}-label">
    <div class="field">
      <label for=${dayId} id="${dayId}-label">Last day of the after-message</label>
      <input
        type="date"
        id=${dayId}
        .value=${live(last?.day ?? '')}
        aria-describedby="${dayId}-hint${view.hasProblem('afterEnd') ? ` ${id('afterEnd')}-error` : ''}"
        aria-invalid=${view.hasProblem('afterEnd') ? 'true' : 'false'}
        @change=${(e: Event) => {
          const day = typedDay(e);
          if (day === undefined) return;
          set({ afterEnd: day ? endValue(day) : '', ...(isBlank(values.timeZone) && day ? { timeZone: DEFAULT_ZONE } : {}) });
        }}
      />
      <p class="hint" id="${dayId}-hint">In ${zone} time. When empty, the after-message shows for 14 days after the end.</p>
    </div>
    <details class="exact" ?open=${exactOpen}>
      <summary>Exact end of the after-message, as written in the file</summary>
      ${view.field('afterEnd')}
    </details>
  </div>`;
}
