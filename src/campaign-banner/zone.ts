import { readIso } from '../core/schedule.js';

/** An IANA time zone (`Europe/London`), or a fixed offset in milliseconds (a date's own `+01:00`). */
export type Zone = string | number;

// One formatter per zone: building one costs far more than using it.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let made = formats.get(zone);
  if (!made) {
    made = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, made);
  }
  return made;
}

/** Whether the browser knows this IANA zone; an unknown one throws in Intl, never here. */
export function isZone(zone: unknown): boolean {
  try {
    return typeof zone == 'string' && !!format(zone);
  } catch {
    return false;
  }
}

/** How far the zone's clocks are ahead of UTC at `time` (GMT 0, BST one hour), in milliseconds. */
export function zoneOffset(zone: Zone, time: number): number {
  if (typeof zone == 'number') return zone;
  const parts: Record<string, string> = {};
  for (const { type, value } of format(zone).formatToParts(time)) parts[type] = value;
  // Some engines still write midnight as hour 24.
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
  return wall - (time - (((time % 1000) + 1000) % 1000));
}

/** The zone's wall-clock time at `time`, written as if it were UTC. */
export const toWall = (time: number, zone: Zone) => time + zoneOffset(zone, time);

/**
 * The moment the zone's clocks show `wall`: the offset at a first guess, then at that moment.
 * Where the clocks go back a time comes twice (the later one is taken); a time the clocks skip
 * (01:30 on the spring-forward Sunday) lands an hour later.
 */
export function fromWall(wall: number, zone: Zone): number {
  return wall - zoneOffset(zone, wall - zoneOffset(zone, wall));
}

/**
 * A date setting: a moment already (a date written with an offset), whose repeats keep `offset`
 * (the one it was written with) unless there is a `zone`; or text without an offset, read in
 * `zone`, and refused when there is none.
 */
export function readDate(value: number | string, zone?: string, offset = 0): { time: number; zone: Zone } | undefined {
  if (typeof value == 'number') return { time: value, zone: zone ?? offset };
  const read = readIso(value);
  if (!read) return undefined;
  if (read.offset !== undefined) return { time: read.wall - read.offset, zone: zone ?? read.offset };
  return zone ? { time: fromWall(read.wall, zone), zone } : undefined;
}
