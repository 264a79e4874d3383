import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STORAGE_PREFIX, forgetAll, readStored, storedKeys, writeStored } from '../core/storage.js';

export const BANNER_PREFIX = `${STORAGE_PREFIX}banner:`;

/** The page address whose `?coalition-reset` has been done: once per address, not per banner. */
let resetFor: string | undefined;

/**
 * `?coalition-reset` in the page's address forgets what this visitor's browser remembers of the
 * banners (dismissals, how often an overlay has shown), before any banner decides what to show.
 */
function resetIfAsked(): void {
  try {
    const { href, search } = location;
    if (href == resetFor || !new URLSearchParams(search).has('coalition-reset')) return;
    resetFor = href;
    forgetAll();
  } catch {
    /* no location (an odd frame): nothing to reset */
  }
}

/**
 * What the visitor has dismissed: read from storage when the banner joins the page, not on each
 * render, and kept for this page view too, for when storage is blocked.
 */
export class DismissalController implements ReactiveController {
  #dismissed = new Set<string>();
  /** How often each overlay has shown, as far as this page view knows (storage may refuse). */
  #counts = new Map<string, number>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    resetIfAsked();
    for (const key of storedKeys(BANNER_PREFIX)) this.#dismissed.add(key);
  }

  has(key: string): boolean {
    return this.#dismissed.has(key);
  }

  /** For this session, or for `days` days. */
  dismiss(key: string, days?: number): void {
    this.#dismissed.add(key);
    writeStored(days ? 'local' : 'session', key, 1, days && Date.now() + days * 864e5);
  }

  /** Remembered for the session's later pages only: this page view goes on as it is. */
  note(key: string): void {
    writeStored('session', key, 1);
  }

  /** How many times something has been counted: this session, or within `dismiss-days`. */
  count(key: string): number {
    const stored = Math.max(readStored<number>('session', key) || 0, readStored<number>('local', key) || 0);
    return Math.max(stored, this.#counts.get(key) ?? 0);
  }

  /** Counts once more, for this session or for `days` days. */
  bump(key: string, days?: number): void {
    const n = this.count(key) + 1;
    this.#counts.set(key, n);
    writeStored(days ? 'local' : 'session', key, n, days && Date.now() + days * 864e5);
  }
}
