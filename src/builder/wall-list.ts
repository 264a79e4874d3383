import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchJsonOnce } from '../core/fetch-json.js';
import type { BuilderState } from './state.js';

/**
 * Reads the list a wall's `src` names into the state, so that the snippet keeps the space of the
 * wall that list draws (a heading for each tier), which the settings alone cannot tell. Once the
 * person pauses typing the address (each prefix of one is an address too), and once per address:
 * the preview wall reads the same list through the same cache, so the list's server is asked once.
 */
export class WallListController implements ReactiveController {
  /** The address the pause is awaited for. */
  #next?: string;
  readonly #asked = new Set<string>();
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly state: BuilderState,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const src = this.state.wallSrc;
    if (src === this.#next) return;
    clearTimeout(this.#timer);
    this.#next = src;
    if (src !== undefined && !this.#asked.has(src)) this.#timer = setTimeout(() => this.#read(src), 400);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#next = undefined;
  }

  async #read(src: string): Promise<void> {
    this.#asked.add(src);
    const result = await fetchJsonOnce(src);
    this.state.setWallList(src, result.ok && Array.isArray(result.data) ? result.data : null);
  }
}
