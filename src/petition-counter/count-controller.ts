import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchSource, type Feed } from './count-store.js';
import { VisibleController } from '../core/visible.js';
import { parseSource, readCount } from './sources.js';
import { errorText } from '../core/errors.js';

/**
 * Keeps a counter's sources watched in the page-wide count store while the counter is visible,
 * and remembers each source's last good number, so a failed refresh never shows as a drop.
 */
export class CountController implements ReactiveController {
  /**
   * The last good number of each source, by the source's text; undefined once a source has
   * answered without one. A source not yet answered is absent: the first total waits for all.
   */
  readonly values = new Map<string, number | undefined>();
  /** When the newest number arrived (epoch ms). */
  at?: number;
  #key?: string;
  #stops: Array<() => void> = [];
  readonly #visibility = new VisibleController(this.host, () => this.#sync());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The sources to sum and the refresh interval in ms (0: load once). */
    private readonly wanted: () => [string[], number, string?],
    private readonly report: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const key = this.wanted().join(' ');
    if (key !== this.#key) {
      this.#key = key;
      this.#sync();
    }
  }

  #sync(): void {
    for (const stop of this.#stops) stop();
    this.#stops = [];
    const [sources, every, base] = this.wanted();
    for (const text of sources) {
      const source = parseSource(text, base);
      if (!source) {
        this.report(`"${text}" is not uk-parliament:ID or a JSON URL; ignored`);
        // Nothing will ever answer for it, so settle it now: the total waits for every source,
        // and a counter with only bad ones would otherwise wait, an empty box, for good.
        if (!this.values.has(text)) {
          this.values.set(text, undefined);
          this.host.requestUpdate();
        }
      } else if (this.#visibility.visible) {
        this.#stops.push(watchSource(source.url, (feed) => this.#read(text, source.path, feed), every));
      }
    }
  }

  #read(text: string, path: string[], feed: Feed): void {
    let value: number | undefined;
    try {
      value = readCount(feed.data, path);
    } catch (e) {
      // A host page's replaced JSON.parse can hand us objects that throw when read.
      this.report(`${text}: the answer could not be read (${errorText(e)}); not counted`);
    }
    if (value !== undefined) {
      this.values.set(text, value);
      this.at = feed.at;
    } else {
      if (feed.data !== undefined) this.report(`${text}: no count of 0 or more (up to 10^12) at ${path.join('.')}; not counted`);
      if (!this.values.has(text)) this.values.set(text, undefined);
    }
    if (feed.error) this.report(feed.error);
    this.host.requestUpdate();
  }
}
