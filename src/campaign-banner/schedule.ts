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
 * The countdown to `start` in the largest whole unit ("in 3 days", "in 5 hours"), and when the
 * shown value next changes, so the bar is re-rendered exactly then rather than every second.
 * Rounded down, except that the last minute still says "in 1 minute" rather than "in 0 minutes".
 */
export function countdown(time: number, start: number): { value: number; unit: 'day' | 'hour' | 'minute'; next: number } {
  const left = start - time;
  const [unit, size] = left >= DAY ? (['day', DAY] as const) : left >= HOUR ? (['hour', HOUR] as const) : (['minute', MINUTE] as const);
  return { value: Math.max(1, Math.floor(left / size)), unit, next: time + (left % size || size) };
}
