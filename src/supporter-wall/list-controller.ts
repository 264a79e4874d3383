import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchJsonOnce } from '../core/fetch-json.js';
import { reportError } from '../core/errors.js';
import { VisibleController } from '../core/visible.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The supporter list named by `src`, loaded once the wall comes near the screen: a list far
 * below the fold waits, like its logos.
 */
export class SupporterListController implements ReactiveController {
  /** The list as it arrived; undefined until then, or when it was not a list. */
  list?: unknown[];
  loading = false;
  /** The `src` the list was (or is being) loaded from. */
  loaded?: string;
  #near = false;
  readonly #nearness: VisibleController;

  constructor(
    private readonly host: Host,
    private readonly src: () => string | undefined,
  ) {
    host.addController(this);
    this.#nearness = new VisibleController(
      host,
      () => {
        if (!this.#nearness.visible || this.#near) return;
        this.#near = true;
        this.host.requestUpdate();
      },
      '1250px',
    );
  }

  /** True while the list named by `src` is not here yet. */
  get waiting(): boolean {
    return this.loading || this.src() !== this.loaded;
  }

  hostUpdate(): void {
    const src = this.src();
    if (src !== this.loaded && (this.#near || !src)) this.#load((this.loaded = src));
  }

  async #load(src: string | undefined): Promise<void> {
    this.list = undefined;
    this.loading = !!src;
    if (!src) return;
    const result = await fetchJsonOnce(src);
    if (src !== this.loaded) return;
    this.loading = false;
    if (result.ok && Array.isArray(result.data)) this.list = result.data;
    else reportError(this.host, { attribute: 'src' }, result.ok ? `${src} is not a JSON list of supporters` : result.message);
    this.host.requestUpdate();
  }
}
