/** What the banner shows at a moment: the teaser before `start`, the banner itself, or nothing. */
export type Phase = 'teaser' | 'live' | undefined;

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
