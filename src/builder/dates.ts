import { readIso } from '../core/schedule.js';
import { isZone, readDate, toWall } from '../campaign-banner/zone.js';
import type { Raw } from './values.js';

// The banner's window as a campaign officer plans it: a first and a last day ("20–24 May") on the
// campaign's clock, where the file holds the moment it starts and the moment it stops (the day
// after the last, at 00:00). These turn one into the other, without any time zone of the browser's.

/** The zone the builder's date pickers work in when the campaign names none. */
export const DEFAULT_ZONE = 'Europe/London';

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A moment written as if it were UTC (a wall-clock time) as `2027-05-20` and `09:30`. */
function split(wall: number): { day: string; time: string } {
  const d = new Date(wall);
  return {
    day: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/** The zone the pickers use: the campaign's, when it is one the browser knows, else London. */
export const pickerZone = (timeZone: Raw) => (typeof timeZone === 'string' && isZone(timeZone.trim()) ? timeZone.trim() : DEFAULT_ZONE);

/**
 * A date setting on the campaign's clock: the day and the time (`09:30`). A date written without
 * an offset is that clock time already; one with an offset, or a number, is the moment shown in
 * `zone`. Undefined for a value that is no date.
 */
export function wallOf(raw: Raw, zone: string): { day: string; time: string } | undefined {
  if (typeof raw === 'string') {
    const read = readIso(raw);
    if (!read) return undefined;
    if (read.offset === undefined) return split(read.wall);
  } else if (typeof raw !== 'number') return undefined;
  const moment = readDate(raw as string | number, zone);
  return moment ? split(toWall(moment.time, zone)) : undefined;
}

/** `2027-05-24` → `2027-05-25`; leap years and month ends as the calendar has them. */
export function nextDay(day: string, by = 1): string {
  const [y, m, d] = day.split('-').map(Number);
  return split(Date.UTC(y, m - 1, d) + by * DAY).day;
}

/**
 * The last day of a window whose end is `raw`: the day before when it ends at 00:00 (the end is
 * exclusive), else the day it ends on, with that time (`endsAt`), which the pickers cannot show.
 */
export function lastDayOf(raw: Raw, zone: string): { day: string; endsAt?: string } | undefined {
  const wall = wallOf(raw, zone);
  if (!wall) return undefined;
  return wall.time === '00:00' ? { day: nextDay(wall.day, -1) } : { day: wall.day, endsAt: wall.time };
}

/** The value a picked first day (and start time) is written as: on the campaign's clock, no offset. */
export const startValue = (day: string, time = '') => `${day}T${/^\d\d:\d\d$/.test(time) ? time : '00:00'}`;

/** The value a picked last day is written as: the next day at 00:00, when the window has ended. */
export const endValue = (lastDay: string) => `${nextDay(lastDay)}T00:00`;

/** Whether a picker can show this value exactly (a day, a time, or a last day ending at midnight). */
export function pickable(raw: Raw, zone: string, end = false): boolean {
  if (raw === undefined || raw === '') return true;
  const wall = wallOf(raw, zone);
  return !!wall && (!end || wall.time === '00:00');
}
