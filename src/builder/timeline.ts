import { html, nothing, type TemplateResult } from 'lit';
import { parseField, type Field } from '../core/fields.js';
import type { Rule } from '../campaign-banner/recur.js';
import { windows } from '../campaign-banner/schedule.js';
import { readDate, toWall } from '../campaign-banner/zone.js';
import type { Raw } from './values.js';

const DAY = 86_400_000;
// The banner shows its after-copy for 14 days after `end` when `after-end` is not given.
const AFTER_DAYS = 14;

/**
 * The banner's phases as the officer plans them: the countdown, the window, the after-copy; for a
 * repeating banner the next few occurrences, from the banner's own schedule (windows()), read in
 * the campaign's time zone. Nothing until the banner has a valid start.
 */
export function bannerTimeline(
  fields: Record<string, Field>,
  values: Record<string, Raw>,
  now = Date.now(),
): TemplateResult | typeof nothing {
  const valid = (key: string) => {
    const raw = values[key];
    if (raw === undefined || raw === '' || raw === false) return undefined;
    const parsed = parseField(fields[key], raw);
    return parsed.ok ? parsed.value : undefined;
  };
  const zone = valid('timeZone') as string | undefined;
  const moment = (key: string) => {
    const value = valid(key) as number | string | undefined;
    return value === undefined ? undefined : readDate(value, zone);
  };
  const start = moment('start');
  const end = moment('end');
  if (!start) return nothing;
  const after = moment('afterEnd')?.time ?? (end ? end.time + AFTER_DAYS * DAY : undefined);
  const teaser = ((valid('teaserDays') as number | undefined) ?? 0) * DAY;
  const rule = valid('recur') as Rule | undefined;
  // The banner shows its after-copy only when there is some (a headline, a message or a link).
  const written = ['afterHeadline', 'afterMessage', 'afterCtaHref'].some((key) => {
    const raw = values[key];
    // Given per language in a campaign file: written when some language has it.
    if (raw && typeof raw === 'object') return Object.values(raw).some((v) => typeof v === 'string' && v.trim() !== '');
    return valid(key) !== undefined;
  });
  const shownZone = typeof start.zone === 'string' ? start.zone : undefined;
  const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: shownZone ?? 'UTC' });
  const when = (t: number) => `${format.format(t)}${shownZone ? '' : ' UTC'}`;
  // An end at midnight is the end of the day before: the officer's "last day" (as the pickers show it).
  const days = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: shownZone ?? 'UTC' });
  const lastDay = (end: number) => (toWall(end, shownZone ?? 0) % DAY === 0 ? ` (the last day is ${days.format(end - 1)})` : '');
  const list: Array<{ start?: number; end?: number; after?: number; index: number }> = [];
  for (const w of windows({ start: start.time, end: end?.time, after, rule, zone: start.zone }, now + 8 * 366 * DAY)) {
    // The occurrences still to come (or under way), and at most four.
    if ((w.after ?? w.end ?? Infinity) < now && rule) continue;
    list.push(w);
    if (list.length >= 4) break;
  }
  return html`<div class="timeline">
    <h4>When visitors see it${shownZone ? ` (${shownZone} time)` : ''}</h4>
    <ol>
      ${list.map(
        (w) =>
          html`<li>
            ${list.length > 1 || rule ? html`<strong>Occurrence ${w.index + 1}</strong>` : nothing}
            <ul>
              ${teaser && w.start !== undefined ? html`<li><span class="phase teaser">Countdown</span> from ${when(w.start - teaser)}</li>` : nothing}
              <li>
                <span class="phase live">Banner</span> from ${w.start === undefined ? 'now' : when(w.start)}
                ${w.end === undefined ? ', with no end' : html` until ${when(w.end)}${lastDay(w.end)}`}
              </li>
              ${
                w.end !== undefined && w.after !== undefined
                  ? written
                    ? html`<li><span class="phase after">After-message</span> until ${when(w.after)}</li>`
                    : html`<li>
                        <span class="phase after">After-message</span> none written, so the banner is gone after its end (one would show
                        until ${when(w.after)})
                      </li>`
                  : nothing
              }
            </ul>
          </li>`,
      )}
    </ol>
  </div>`;
}
