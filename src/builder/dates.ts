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

// ---- days and times as an officer types them --------------------------------------------------

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));
const WEEKDAYS = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?/g;

/** A month typed as a word: `May`, `sept`, `Feb.`; undefined for anything else. */
function monthOf(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const found = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return found < 0 ? undefined : found + 1;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A day written as the box shows it: `20 May 2027`. */
export function dayText(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** What the officer is asked to type, said in every message about a day. */
export const DAY_EXAMPLE = 'as 20/05/2027 or 20 May 2027';

/**
 * A day typed in a text box, as a British officer writes one: `20/05/2027`, `20.5.27`, `20 May
 * 2027`, `Thursday 20th May 2027`, `May 20 2027`, or `2027-05-20` (the form the file uses). The
 * day comes first when both are numbers. The day as `2027-05-20`, or a message saying what is
 * wrong with it in plain words: a text box never drops digits into the wrong part of a date
 * without a word, as the browsers' date boxes do when clicked in the middle.
 */
export function readDay(typed: string): { day: string } | { error: string } {
  const text = typed
    .trim()
    .toLowerCase()
    .replace(WEEKDAYS, ' ')
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/\bof\b|,/g, ' ')
    .trim();
  // The parts as typed: a two-digit year is this century's, a year typed with four digits is that year.
  let parts: [year: string, month: number | undefined, day: string, monthTyped: string] | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(text))) parts = [match[1], +match[2], match[3], match[2]];
  // Eight digits, as typed into a browser's own date box: 20052027.
  else if ((match = /^(\d{2})(\d{2})(\d{4})$/.exec(text))) parts = [match[3], +match[2], match[1], match[2]];
  else if ((match = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{2}|\d{4})$/.exec(text)))
    parts = [match[3], +match[2], match[1], match[2]];
  else if ((match = /^(\d{1,2})\s*[-/.\s]\s*([a-z]+\.?)\s*[-/.\s]\s*(\d{2}|\d{4})$/.exec(text)))
    parts = [match[3], monthOf(match[2]), match[1], match[2]];
  else if ((match = /^([a-z]+\.?)\s*(\d{1,2})\s+(\d{2}|\d{4})$/.exec(text))) parts = [match[3], monthOf(match[1]), match[2], match[1]];
  else if (/^(\d{1,2})\s*[-/.\s]\s*(\d{1,2}|[a-z]+\.?)$|^[a-z]+\.?\s*\d{1,2}$/.test(text))
    return { error: `Give the year too. Write the day ${DAY_EXAMPLE}.` };
  else return { error: `The builder cannot read this as a day. Write it ${DAY_EXAMPLE}.` };
  const [year, m, day, monthTyped] = parts;
  if (m === undefined) return { error: `“${monthTyped}” is not a month in English. Write the day ${DAY_EXAMPLE}.` };
  const [y, d] = [year.length === 2 ? 2000 + +year : +year, +day];
  if (m < 1 || m > 12)
    return { error: `There is no month ${m}.${/^\d{4}/.test(text) ? '' : ' Write the day first, then the month: 20/05/2027 is 20 May.'}` };
  if (y < 1970) return { error: `Give a year from 1970 on. Write the day ${DAY_EXAMPLE}.` };
  const last = daysIn(y, m);
  if (d < 1 || d > last) {
    const month = m === 2 ? `February ${y}` : MONTH_NAMES[m - 1];
    return { error: `There is no ${d} ${MONTH_NAMES[m - 1]} ${y}: ${month} has ${last} days.` };
  }
  return { day: `${y}-${pad(m)}-${pad(d)}` };
}

/**
 * A time of day typed in a text box, on the 24-hour clock or with am/pm: `09:30`, `9.30`, `0930`,
 * `9pm`, `midnight`, `noon`. `09:30`, or a message saying what is wrong; '' for an empty box.
 */
export function readTime(typed: string): { time: string } | { error: string } {
  const text = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return { time: '' };
  if (text === 'midnight') return { time: '00:00' };
  if (text === 'noon' || text === 'midday') return { time: '12:00' };
  const match = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2})|(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  const asked = 'Write the time on the 24-hour clock, such as 09:30 or 18:00.';
  if (!match) return { error: `This is not a time the builder can read. ${asked}` };
  let hour = +match[1];
  const minute = +(match[2] ?? match[3] ?? 0);
  const half = match[4]?.[0];
  if (half) {
    if (hour < 1 || hour > 12) return { error: `There is no ${typed.trim()}. ${asked}` };
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return { error: `There is no ${typed.trim()}: a day runs from 00:00 to 23:59. ${asked}` };
  return { time: `${pad(hour)}:${pad(minute)}` };
}

/**
 * A moment in ISO 8601 with the offset `zone`'s clocks have then (`2027-05-20T00:00:01+01:00`), or
 * in UTC (`…Z`) without a zone: what a preview link's `?coalition-preview=` carries, readable as
 * the campaign's own clock time.
 */
export function isoAt(time: number, zone?: string): string {
  const wall = zone ? toWall(time, zone) : time;
  const d = new Date(wall);
  const clock = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const offset = Math.round((wall - time) / 60_000);
  if (!zone || offset === 0) return `${clock}${zone ? '+00:00' : 'Z'}`;
  const sign = offset < 0 ? '-' : '+';
  return `${clock}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
