import { occurrences, type Rule } from './recur.js';
import { fromWall, toWall, type Zone } from './zone.js';

/** What the banner shows at a moment: the teaser before `start`, the banner itself, the after-copy, or nothing. */
export type Phase = 'teaser' | 'live' | 'after' | undefined;

const DAY = 864e5;
const HOUR = 36e5;
const MINUTE = 6e4;

/** `[start, end)` is the window; the teaser runs for `teaserMs` before `start`. */
export function phaseAt(time: number, start?: number, end?: number, teaserMs = 0): Phase {
  if (end !== undefined && time >= end) return;
  if (start === undefined || time >= start) return 'live';
  if (time >= start - teaserMs) return 'teaser';
}

/**
 * The countdown to `start` in days, under a day in hours, under an hour in minutes, rounded to
 * the nearest ("in 4 days" at 3.6 days), never "in 0 minutes"; and when the shown value next
 * changes (half-way to the next whole unit, or where the unit switches), so the bar is re-rendered
 * exactly then rather than every second. The value at that moment is already the new one.
 */
export function countdown(time: number, start: number): { value: number; unit: 'day' | 'hour' | 'minute'; next: number } {
  const left = start - time;
  const [unit, size] = left > DAY ? (['day', DAY] as const) : left > HOUR ? (['hour', HOUR] as const) : (['minute', MINUTE] as const);
  const value = Math.max(1, Math.ceil(left / size - 0.5));
  // "In 1 day" lasts until hours take over; "in 1 minute" until the start itself.
  return { value, unit, next: start - (value > 1 ? value - 0.5 : size > MINUTE ? 1 : 0) * size };
}

/**
 * The teaser's countdown: `countdown`, except that at a minute or less to go it says so
 * ("Starts in less than a minute") rather than a rounded "in 1 minute" at 4 seconds to go.
 */
export function teaserCountdown(time: number, start: number): { value: number; unit: 'day' | 'hour' | 'minute' | 'soon'; next: number } {
  if (start - time <= MINUTE) return { value: 0, unit: 'soon', next: start };
  const shown = countdown(time, start);
  return { ...shown, next: Math.min(shown.next, start - MINUTE) };
}

/** One occurrence of the campaign's window: `[start, end)`, then the after-copy until `after`. */
export interface Window {
  start?: number;
  end?: number;
  after?: number;
  /** 0 for the first occurrence (the one `start` and `end` give), 1 for the next… */
  index: number;
}

/** The first window, how it repeats (if it does), and the zone its repeats keep their clock time in. */
export interface Calendar {
  start?: number;
  end?: number;
  after?: number;
  rule?: Rule;
  zone?: Zone;
}

/** Each occurrence, in order, until the one that begins after `horizon`. */
export function* windows({ start, end, after, rule, zone = 0 }: Calendar, horizon: number): Generator<Window> {
  if (start === undefined || !rule) return yield { start, end, after, index: 0 };
  const first = toWall(start, zone);
  // Lengths in clock time: a week from midnight to midnight stays one across a clock change.
  const length = (t?: number) => (t === undefined ? undefined : toWall(t, zone) - first);
  const [toEnd, toAfter] = [length(end), length(after)];
  const until = rule.utc ? toWall(rule.until!, zone) : rule.until;
  let index = 0;
  for (const wall of occurrences(rule, first, toWall(horizon, zone), until)) {
    const at = (t?: number) => (t === undefined ? undefined : fromWall(wall + t, zone));
    yield index ? { start: at(0), end: at(toEnd), after: at(toAfter), index } : { start, end, after, index };
    index++;
  }
}

/**
 * What the calendar shows at `time`: the latest occurrence whose teaser has begun speaks (so a
 * repeat's teaser takes over from the previous one's after-copy), in its phase; and the next
 * moment that can change, for the schedule's timer.
 */
export function calendarAt(time: number, calendar: Calendar, teaserMs = 0): { phase: Phase; window?: Window; next?: number } {
  let window: Window | undefined;
  let next = Infinity;
  // Eight years ahead finds the next of any rule that has one (a 29 February comes every four).
  for (const w of windows(calendar, time + teaserMs + 8 * 366 * DAY)) {
    const opens = w.start === undefined ? -Infinity : w.start - teaserMs;
    if (opens > time) {
      next = opens;
      break;
    }
    window = w;
  }
  if (!window) return { phase: undefined, next: next < Infinity ? next : undefined };
  const { start = -Infinity, end = Infinity, after = end } = window;
  const phase = time < start ? 'teaser' : time < end ? 'live' : time < after ? 'after' : undefined;
  next = Math.min(next, ...[start, end, after].filter((t) => t > time));
  return { phase, window, next: next < Infinity ? next : undefined };
}
