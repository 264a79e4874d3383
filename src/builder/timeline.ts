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
 * How far into a phase its preview link opens. A page opened at `?coalition-preview=` exactly on
 * a boundary can draw the phase before it: the elements' clock (now() in src/core/schedule.ts)
 * reads Date.now() before it works out the preview's offset from a second reading, so its first
 * answer is a little before the moment asked for. A second in, the answer is inside the phase.
 */
export const INTO_PHASE = 1000;

/** The moment a phase's preview opens at: a second after it begins, or halfway through a shorter one. */
export const previewMoment = (from: number, to = Infinity) => from + Math.min(INTO_PHASE, (to - from) / 2);

/** The preview page for the banner at a moment: its address, and what it shows differently from partners' pages. */
export interface PhaseLinks {
  /** The page's address at `moment` (epoch ms), written in the campaign's `zone` when it has one. */
  at: (moment: number, zone?: string) => string;
}

// The officers are British and the campaign's clock is London's unless it names another: dates as
// "20 May 2027, 00:00" (24-hour), whatever the browser's own language. One formatter per zone.
const formats = new Map<string, { when: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>();
function formatsIn(zone: string) {
  let made = formats.get(zone);
  if (!made) {
    made = {
      when: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: zone }),
      day: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: zone }),
    };
    formats.set(zone, made);
  }
  return made;
}

/** A moment as the timeline writes it: `20 May 2027, 00:00` on the zone's clock. */
export const timelineTime = (time: number, zone = 'UTC') => formatsIn(zone).when.format(time);

/**
 * The banner's phases as the officer plans them: the countdown, the window, the after-copy; for a
 * repeating banner the next few occurrences, from the banner's own schedule (windows()), read in
 * the campaign's time zone. Nothing until the banner has a valid start. With `links`, each phase
 * has a link to a page showing the banner as a visitor sees it then.
 */
export function bannerTimeline(
  fields: Record<string, Field>,
  values: Record<string, Raw>,
  now = Date.now(),
  links?: PhaseLinks,
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
  const { when: format, day: days } = formatsIn(shownZone ?? 'UTC');
  const when = (t: number) => `${format.format(t)}${shownZone ? '' : ' UTC'}`;
  // An end at midnight is the end of the day before: the officer's "last day" (as the pickers show it).
  const lastDay = (end: number) => (toWall(end, shownZone ?? 0) % DAY === 0 ? ` (the last day is ${days.format(end - 1)})` : '');
  const list: Array<{ start?: number; end?: number; after?: number; index: number }> = [];
  for (const w of windows({ start: start.time, end: end?.time, after, rule, zone: start.zone }, now + 8 * 366 * DAY)) {
    // The occurrences still to come (or under way), and at most four.
    if ((w.after ?? w.end ?? Infinity) < now && rule) continue;
    list.push(w);
    if (list.length >= 4) break;
  }
  const several = list.length > 1 || !!rule;
  // "Preview the banner" in words a screen reader's list of links can tell apart.
  const link = (from: number, to: number | undefined, what: string, index: number) =>
    links
      ? html` <a class="phase-link" href=${links.at(previewMoment(from, to), shownZone)} target="_blank" rel="noopener"
          >Preview the ${what}${several ? ` (occurrence ${index + 1})` : ''}<span class="visually-hidden"> (opens in a new tab)</span></a
        >`
      : nothing;
  // The phases of one occurrence, in order. Each phase's coloured label marks it, so the list
  // draws no numbers or bullets of its own (a review saw a stray "1." and "○" there).
  const phases = (w: (typeof list)[number]) =>
    html`<ul class="phases" role="list">
      ${
        teaser && w.start !== undefined
          ? html`<li>
              <span class="phase teaser">Countdown</span> from ${when(w.start - teaser)}
              ${link(w.start - teaser, w.start, 'countdown', w.index)}
            </li>`
          : nothing
      }
      <li>
        <span class="phase live">Banner</span> from ${w.start === undefined ? 'now' : when(w.start)}
        ${w.end === undefined ? ', with no end' : html` until ${when(w.end)}${lastDay(w.end)}`}
        ${w.start === undefined ? nothing : link(w.start, w.end, 'banner', w.index)}
      </li>
      ${
        w.end !== undefined && w.after !== undefined
          ? written
            ? html`<li>
                <span class="phase after">After-message</span> until ${when(w.after)} ${link(w.end, w.after, 'after-message', w.index)}
              </li>`
            : html`<li>
                <span class="phase after">After-message</span> none written, so the banner is gone after its end (one would show until
                ${when(w.after)})
              </li>`
          : nothing
      }
    </ul>`;
  return html`<div class="timeline">
    <h3>When visitors see it${shownZone ? ` (${shownZone} time)` : ''}</h3>
    ${
      // One occurrence is its phases alone; a repeating banner's occurrences are named
      // ("Occurrence 2"), so their list needs no numbers either. role="list" keeps Safari's
      // VoiceOver calling them lists once their markers are gone.
      several
        ? html`<ol class="occurrences" role="list">
            ${list.map((w) => html`<li><strong>Occurrence ${w.index + 1}</strong> ${phases(w)}</li>`)}
          </ol>`
        : list.map(phases)
    }
    ${
      links
        ? html`<p class="hint">
            Each preview link opens a page with this banner in a new tab, a second after that part begins, as partners’ visitors will see it
            then.
          </p>`
        : nothing
    }
  </div>`;
}
