import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STORAGE_PREFIX, storedKeys, writeStored } from '../core/storage.js';

export const BANNER_PREFIX = `${STORAGE_PREFIX}banner:`;

/**
 * What the visitor has dismissed: read from storage when the banner joins the page, not on each
 * render, and kept for this page view too, for when storage is blocked.
 */
export class DismissalController implements ReactiveController {
  #dismissed = new Set<string>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
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
}
