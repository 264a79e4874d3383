/**
 * The repeats of a campaign window: a small, strict subset of iCalendar's RRULE (RFC 5545),
 * `FREQ=YEARLY|MONTHLY|WEEKLY` with `INTERVAL`, `BYMONTH`, `BYMONTHDAY`, `BYDAY` (ordinals such as
 * `2TU`, `-1FR`), `COUNT` and `UNTIL`. Anything else is refused rather than half-understood: a
 * blackout on the wrong day is worse than one reported as broken. Times here are wall-clock
 * times (epoch milliseconds read as if UTC); the caller places them in a time zone.
 */
export interface Rule {
  freq: 'YEARLY' | 'MONTHLY' | 'WEEKLY';
  interval: number;
  months?: number[];
  monthDays?: number[];
  /** `[ordinal or 0, weekday]`, Monday 0. */
  days?: Array<[number, number]>;
  count?: number;
  /** The last moment an occurrence may start: wall-clock, or a UTC moment when `utc`. */
  until?: number;
  utc?: boolean;
}

const DAY = 864e5;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

/** Whole numbers in a comma-separated list, each within ±max and never 0; undefined if any is not. */
function numbers(value: string, min: number, max: number): number[] | undefined {
  const list = value.split(',').map((n) => (/^[+-]?\d{1,3}$/.test(n) ? +n : NaN));
  return list.every((n) => n && Math.abs(n) <= max && n >= min) ? list : undefined;
}

/** The rule, or undefined when it is outside the subset (or not a rule at all). */
export function parseRule(text: string): Rule | undefined {
  const parts = text
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase()
    .split(';');
  const given: Record<string, string> = {};
  for (const part of parts) {
    const [key, value, extra] = part.split('=');
    if (!value || extra !== undefined || key in given) return;
    given[key] = value;
  }
  const { FREQ, INTERVAL = '1', BYMONTH, BYMONTHDAY, BYDAY, COUNT, UNTIL: until, WKST = 'MO', ...rest } = given;
  if (Object.keys(rest).length || WKST != 'MO' || !['YEARLY', 'MONTHLY', 'WEEKLY'].includes(FREQ) || (COUNT && until)) return;
  const rule: Rule = { freq: FREQ as Rule['freq'], interval: +INTERVAL };
  if (!/^\d{1,4}$/.test(INTERVAL) || !rule.interval) return;
  if (BYMONTH && !(rule.months = numbers(BYMONTH, 1, 12))) return;
  if (BYMONTHDAY && (FREQ == 'WEEKLY' || !(rule.monthDays = numbers(BYMONTHDAY, -31, 31)))) return;
  if (BYDAY) {
    const days = BYDAY.split(',').map((day) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(day));
    // An ordinal counts within the month, or within the year for a YEARLY rule without BYMONTH.
    const most = FREQ == 'WEEKLY' ? 0 : FREQ == 'MONTHLY' || BYMONTH ? 5 : 53;
    // "0MO" is no ordinal; a missing one is 0, every such weekday.
    rule.days = days.map((m) => (m && (!m[1] || +m[1]) ? [+(m[1] ?? 0), WEEKDAYS.indexOf(m[2])] : [NaN, 0]));
    if (rule.days.some(([n]) => !(Math.abs(n) <= most))) return;
  }
  if (COUNT && !(rule.count = numbers(COUNT, 1, 999)?.[0])) return;
  if (until) {
    const m = UNTIL.exec(until);
    if (!m) return;
    const [, y, mo, d, h = '23', mi = '59', s = '59', z] = m;
    rule.until = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
    rule.utc = !!z;
    if (new Date(rule.until).getUTCDate() != +d || +h > 23 || +mi > 59 || +s > 59) return;
  }
  return rule;
}

/** Day number (days since 1970-01-01) of a date; months and days may overflow as in Date.UTC. */
const dayOf = (year: number, month: number, date: number) => Date.UTC(year, month, date) / DAY;
/** Monday 0 … Sunday 6; day 0 was a Thursday. */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;
const monthOf = (day: number) => new Date(day * DAY).getUTCMonth() + 1;

/** The days of `[a, b]` (a month, a year or a week) that the rule picks. */
function pick(rule: Rule, a: number, b: number, first: number): number[] {
  const { monthDays, days, months, freq } = rule;
  let out: number[];
  if (monthDays) out = monthDays.map((d) => (d > 0 ? a + d - 1 : b + d + 1));
  else if (days) out = [];
  // Without BYDAY or BYMONTHDAY: the first occurrence's weekday, or its day of the month.
  else out = [freq == 'WEEKLY' ? a + weekday(first) : a + new Date(first * DAY).getUTCDate() - 1];
  if (days) {
    const matching: number[] = [];
    for (const [n, wd] of days) {
      const all: number[] = [];
      for (let d = a + ((wd - weekday(a) + 7) % 7); d <= b; d += 7) all.push(d);
      matching.push(...(n ? [all[n > 0 ? n - 1 : all.length + n]] : all));
    }
    out = monthDays ? out.filter((d) => matching.includes(d)) : matching;
  }
  // A month without a 31st (or a February without a 29th) has no occurrence, as RFC 5545 says.
  const within = (d: number) => d >= a && d <= b && (freq == 'YEARLY' || !months || months.includes(monthOf(d)));
  return [...new Set(out.filter((d) => d !== undefined && within(d)))].sort((x, y) => x - y);
}

/**
 * The start of every occurrence, in order, from `first` (which is always the first, as RFC 5545
 * counts it) until COUNT or UNTIL ends the rule, or the next would begin after `horizon`.
 * `until` is the rule's UNTIL as a wall-clock time (the caller places a UTC one in its zone).
 */
export function* occurrences(rule: Rule, first: number, horizon: number, until = rule.until): Generator<number> {
  const day0 = Math.floor(first / DAY);
  const time = first - day0 * DAY;
  const start = new Date(day0 * DAY);
  const [y0, m0] = [start.getUTCFullYear(), start.getUTCMonth()];
  let n = 1;
  yield first;
  for (let i = 0; ; i += rule.interval) {
    // This period's months (each its own span for BYDAY ordinals and BYMONTHDAY), or its week.
    let spans: Array<[number, number]>;
    if (rule.freq == 'WEEKLY') {
      const a = day0 - weekday(day0) + i * 7;
      spans = [[a, a + 6]];
    } else if (rule.freq == 'MONTHLY') spans = [[dayOf(y0, m0 + i, 1), dayOf(y0, m0 + i + 1, 0)]];
    else {
      const year = y0 + i;
      const whole = rule.days && !rule.months && !rule.monthDays;
      const months = rule.months
        ? [...rule.months].sort((x, y) => x - y)
        : rule.monthDays
          ? [...Array(12).keys()].map((m) => m + 1)
          : [m0 + 1];
      spans = whole ? [[dayOf(year, 0, 1), dayOf(year, 11, 31)]] : months.map((m) => [dayOf(year, m - 1, 1), dayOf(year, m, 0)]);
    }
    if (spans[0][0] * DAY > horizon) return;
    for (const [a, b] of spans)
      for (const day of pick(rule, a, b, day0)) {
        const at = day * DAY + time;
        if (at <= first) continue;
        if ((until !== undefined && at > until) || (rule.count && n >= rule.count)) return;
        n++;
        yield at;
      }
  }
}
