import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { guarded } from './errors.js';

/**
 * Knows whether a visitor could be looking at the host: on screen AND the page visible. Live
 * widgets use it to do nothing in a background tab or far down a long article, where polling
 * would only spend the visitor's data and the source's goodwill.
 */
export class VisibleController implements ReactiveController {
  visible = false;
  #onScreen = false;
  #observer?: IntersectionObserver;
  readonly #check = guarded(this.host, 'visibility', () => {
    const visible = this.#onScreen && !document.hidden;
    if (visible !== this.visible) {
      this.visible = visible;
      this.onChange();
    }
  });

  /**
   * `margin` widens "on screen": a supporter wall starts loading at about the distance at which
   * browsers start loading lazy images.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
    private readonly margin = '0px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    (this.#observer = new IntersectionObserver(
      (entries) => {
        this.#onScreen = entries.pop()!.isIntersecting;
        this.#check();
      },
      { rootMargin: this.margin },
    )).observe(this.host);
    document.addEventListener('visibilitychange', this.#check);
  }

  hostDisconnected(): void {
    this.#observer!.disconnect();
    document.removeEventListener('visibilitychange', this.#check);
    this.#onScreen = false;
    this.#check();
  }
}
