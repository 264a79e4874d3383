import { textRule, trimmed, type Field } from './fields.js';
import { parseIsoDate, readIso } from './schedule.js';

// A module of its own, not in fields.ts: only a banner has dates, so the date parsing travels in
// the banner's file, not in the code every widget downloads.

/**
 * ISO 8601 date-time with an explicit offset; the setting is epoch milliseconds. A date with a
 * `zone` (the key of the setting naming the time zone) may leave the offset out: it stays text,
 * for the element to read in that time zone, and is refused (by the element) without one.
 */
export function date(invalid?: string): Field<number>;
export function date(invalid: string | undefined, zone: string): Field<number | string>;
export function date(invalid?: string, zone?: string): Field<number | string> {
  return {
    invalid,
    kind: 'date',
    accepts: textRule((v) => (zone ? readIso(v) : parseIsoDate(v)) !== undefined),
    coerce: trimmed,
    finish: (v: string) => parseIsoDate(v) ?? v,
    expected: `an ISO 8601 date-time with an offset, like 2026-05-18T09:00:00+01:00${zone ? ', or without one and a time-zone' : ''}`,
    zone,
  };
}
