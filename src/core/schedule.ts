import type { ReactiveController, ReactiveControllerHost } from 'lit';

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))?$/;

/**
 * A strict ISO 8601 date-time as written: its wall-clock time (as epoch milliseconds, read as if
 * it were UTC) and its offset in milliseconds when it has one. Undefined for anything else.
 */
export function readIso(value: string): { wall: number; offset?: number } | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', frac = '0', zone, sign, oh, om] = m;
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) + Math.floor(+`0.${frac}` * 1000);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== +y || check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59)
    return undefined;
  if (!zone) return { wall };
  if (+oh > 23 || +om > 59) return undefined;
  return { wall, offset: zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (+oh * 60 + +om) * 6e4 };
}

/**
 * Strict ISO 8601 with an offset. `Date.parse` would guess at "20/05/2026" or read a missing
 * offset as local time, and a blackout that starts an hour off in half the partners' pages is
 * worse than one reported as broken.
 */
export function parseIsoDate(value: string): number | undefined {
  const read = readIso(value);
  return read?.offset === undefined ? undefined : read.wall - read.offset;
}

let previewOffset: number | undefined;

/**
 * `?coalition-preview=ISO` lets a webmaster see the page as it will be at that moment; time still
 * runs forward from there, so boundaries can be watched as they pass.
 */
/** `?coalition-preview=`: a "+01:00" typed into the address bar arrives as a space, as "+" does in any query. */
export const previewParam = (search: string) => new URLSearchParams(search).get('coalition-preview')?.replace(' ', '+');

function readPreview(): number {
  if (previewOffset !== undefined) return previewOffset;
  previewOffset = 0;
  try {
    const raw = previewParam(location.search);
    if (raw) {
      const time = parseIsoDate(raw);
      if (time === undefined)
        console.warn(`[coalition-embed] ?coalition-preview="${raw}" is not an ISO 8601 date-time with an offset; ignored`);
      else previewOffset = time - Date.now();
    }
  } catch {
    /* no location (tests in odd frames): no preview */
  }
  return previewOffset;
}

export function now(): number {
  // The offset first: its first reading takes the clock itself, and a clock read before it would
  // put a page opened at a boundary's preview a moment before the boundary.
  return readPreview() + Date.now();
}

/** For tests and the builder's preview: set the clock's offset explicitly. */
export function setPreviewTime(time: number | undefined): void {
  previewOffset = time === undefined ? 0 : time - Date.now();
}

// setTimeout overflows past 2^31-1 ms (about 24.8 days): wait in hops for distant boundaries.
const MAX_DELAY = 2_147_483_647;

/**
 * Re-renders its host exactly when the next boundary (start, end, teaser...) passes, so a page
 * left open switches on and off without a reload.
 */
export class ScheduleController implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  #target?: number;
  /** A host removed from the page must not keep ticking. */
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly boundaries: () => Array<number | undefined>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostUpdated(): void {
    if (!this.#connected) return;
    const current = now();
    const next = this.boundaries()
      .filter((t): t is number => t !== undefined && t > current)
      .sort((a, b) => a - b)[0];
    if (next === this.#target && this.#timer !== undefined) return;
    this.#clear();
    this.#target = next;
    if (next === undefined) return;
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.#target = undefined;
        this.host.requestUpdate();
      },
      Math.min(next - current + 50, MAX_DELAY),
    );
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#clear();
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#target = undefined;
  }
}
