import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  DAY_EXAMPLE,
  DEFAULT_ZONE,
  dayText,
  endValue,
  lastDayOf,
  pickable,
  pickerZone,
  readDay,
  readTime,
  startValue,
  wallOf,
} from './dates.js';
import type { Typed } from './state.js';
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
  /** What is typed in a day or time box and not yet read, while the setting is still `over` (BuilderState.typed). */
  typed: (id: string, over: Raw) => Typed | undefined;
  /** Keeps (or, with undefined, forgets) what is typed in a box. */
  type: (id: string, typed: Typed | undefined) => void;
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

/** One day or time box: its words, what it shows, how its text is read and where the result goes. */
interface TypedBox {
  id: string;
  /** The label's own id, for a group it names. */
  labelId?: string;
  label: TemplateResult | string;
  /** The setting the box writes, as it is now: what is typed is shown only while it stays so. */
  over: Raw;
  /** What the box shows when nothing is being typed: the setting's day (`20 May 2027`) or time. */
  shown: string;
  read: (text: string) => { value: string } | { error: string };
  write: (value: string) => void;
  /** What the setting stays at while the box holds something unreadable, in words. */
  kept?: string;
  /** Ids of the hints that describe the box. */
  describedBy: string;
  /** Another problem to show under the box (the last day before the first). */
  problem?: string;
  /** Whether the setting's exact control shows a problem, which the box points to. */
  exactError?: string;
  hint?: TemplateResult;
}

/**
 * A day or a time as text the officer types, read when they leave the box (or press Enter): the
 * browsers' own date boxes send digits typed after a click in the middle of the box into the year,
 * without a word, and write an impossible date as no date at all. Here the box keeps what was
 * typed until it can be read, and says next to it what is wrong; the setting keeps its last good
 * value meanwhile, and the message says so.
 */
function typedBox(view: DatesView, box: TypedBox): TemplateResult {
  const typed = view.typed(box.id, box.over);
  const read = typed?.checked ? box.read(typed.text) : undefined;
  const error =
    read && 'error' in read ? `${read.error}${box.kept ? ` Until then it stays ${box.kept}.` : ''}` : typed ? undefined : box.problem;
  const errorId = `${box.id}-error`;
  const describedBy = [box.describedBy, ...(error ? [errorId] : []), ...(box.exactError ? [box.exactError] : [])].join(' ');
  return html`<div class="field">
    <label for=${box.id} id=${box.labelId ?? nothing}>${box.label}</label>
    <input
      type="text"
      id=${box.id}
      autocomplete="off"
      spellcheck="false"
      .value=${live(typed ? typed.text : box.shown)}
      aria-describedby=${describedBy}
      aria-invalid=${error || box.exactError ? 'true' : 'false'}
      @input=${(e: Event) => view.type(box.id, { text: (e.target as HTMLInputElement).value, over: box.over, checked: false })}
      @change=${(e: Event) => {
        const text = (e.target as HTMLInputElement).value;
        const result = box.read(text);
        if ('error' in result) {
          view.type(box.id, { text, over: box.over, checked: true });
          return;
        }
        view.type(box.id, undefined);
        box.write(result.value);
      }}
    />
    ${box.hint ?? nothing} ${error ? html`<p class="error" id=${errorId}>${error}</p>` : nothing}
  </div>`;
}

/** A day box's reading: '' for an empty box (the setting is cleared), else the day or what is wrong. */
const dayRead = (text: string): { value: string } | { error: string } => {
  if (!text.trim()) return { value: '' };
  const read = readDay(text);
  return 'error' in read ? read : { value: read.day };
};

const timeRead = (text: string): { value: string } | { error: string } => {
  const read = readTime(text);
  return 'error' in read ? read : { value: read.time };
};

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
  const exactError = (key: DateKey) => (view.hasProblem(key) ? `${id(key)}-error` : undefined);
  const before = start && last && last.day < start.day ? `The last day is before the first day (${dayText(start.day)}).` : undefined;
  return html`<div class="window-picker" role="group" aria-labelledby="${ids.group}-label">
    <p class="label" id="${ids.group}-label">When the banner runs</p>
    ${view.field('timeZone', {
      placeholder: DEFAULT_ZONE,
      note: `The days below are on this clock: ${DEFAULT_ZONE} when empty, written into the snippet or file with the first day you pick.`,
    })}
    <p class="hint" id="${ids.group}-hint">
      ${named ? html`In ${zone} time.` : html`In ${zone} time (the default).`} The banner shows from the start of the first day (or the time
      you give) until the end of the last day. Type each day ${DAY_EXAMPLE}.
    </p>
    <div class="dates">
      ${typedBox(view, {
        id: ids.first,
        label: 'First day',
        over: values.start,
        shown: start ? dayText(start.day) : '',
        kept: start ? dayText(start.day) : undefined,
        read: dayRead,
        write: (day) => pickStart(day),
        describedBy: `${ids.group}-hint`,
        exactError: exactError('start'),
      })}
      ${typedBox(view, {
        id: ids.time,
        label: html`Starts at <span class="optional">(optional)</span>`,
        over: values.start,
        shown: start && start.time !== '00:00' ? start.time : '',
        kept: start ? start.time : undefined,
        read: (text) => (text.trim() && !start ? { error: 'Give the first day before its start time.' } : timeRead(text)),
        write: (time) => start && pickStart(start.day, time),
        describedBy: `${ids.time}-hint`,
        hint: html`<p class="hint" id="${ids.time}-hint">00:00 when empty. On the 24-hour clock, such as 09:30.</p>`,
      })}
      ${typedBox(view, {
        id: ids.last,
        label: 'Last day',
        over: values.end,
        shown: last ? dayText(last.day) : '',
        kept: last ? dayText(last.day) : undefined,
        read: dayRead,
        write: (day) => withZone({ end: day ? endValue(day) : '' }),
        describedBy: `${ids.group}-hint${last?.endsAt ? ` ${ids.last}-note` : ''}`,
        problem: before,
        exactError: exactError('end'),
      })}
    </div>
    ${
      last?.endsAt
        ? html`<p class="note" id="${ids.last}-note">
            It ends at ${last.endsAt} on that day (the exact end below). Picking a last day makes it end at midnight after it.
          </p>`
        : nothing
    }
    <!-- The exact boxes' own labels name the settings (Starts, Ends); their group, named by the
         visible heading, says they are the exact values, as a screen reader says on entering it. -->
    <details class="exact" ?open=${exactOpen}>
      <summary id="${ids.group}-exact">Exact start and end, as written in the file</summary>
      <div role="group" aria-labelledby="${ids.group}-exact">
        ${view.field('start')}
        ${view.field('end', { note: 'The end is the moment the banner stops: the day after the last day, at 00:00.' })}
      </div>
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
    ${typedBox(view, {
      id: dayId,
      label: 'Last day of the after-message',
      labelId: `${dayId}-label`,
      over: values.afterEnd,
      shown: last ? dayText(last.day) : '',
      kept: last ? dayText(last.day) : undefined,
      read: dayRead,
      write: (day) => set({ afterEnd: day ? endValue(day) : '', ...(isBlank(values.timeZone) && day ? { timeZone: DEFAULT_ZONE } : {}) }),
      describedBy: `${dayId}-hint`,
      exactError: view.hasProblem('afterEnd') ? `${id('afterEnd')}-error` : undefined,
      hint: html`<p class="hint" id="${dayId}-hint">
        In ${zone} time, typed ${DAY_EXAMPLE}. When empty, the after-message shows for 14 days after the end.
      </p>`,
    })}
    <details class="exact" ?open=${exactOpen}>
      <summary id="${dayId}-exact">Exact end of the after-message, as written in the file</summary>
      <div role="group" aria-labelledby="${dayId}-exact">${view.field('afterEnd')}</div>
    </details>
  </div>`;
}
