import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { guarded } from '../core/errors.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Rolls the number on screen from the last count to the new one over a second (not with reduced
 * motion), and says when a new count is shown. Only the number changes on each frame: the
 * counter's settings are not merged again for it.
 */
export class CountAnimation implements ReactiveController {
  /** The number on screen; during an animation, between the last count and the new one. */
  frame?: number;
  #shown?: number;
  #from?: number;
  #changed = false;
  #raf = 0;

  constructor(
    private readonly host: Host,
    private readonly onShown: (count: number) => void,
  ) {
    host.addController(this);
  }

  /** The count to show now (undefined: none). Called while the host prepares its render. */
  show(count: number | undefined): void {
    if (count === this.#shown) return;
    this.#from = this.#shown;
    this.#shown = this.frame = count;
    this.#changed = true;
    if (this.#from !== undefined && count !== undefined && !matchMedia('(prefers-reduced-motion: reduce)').matches) this.frame = this.#from;
  }

  hostUpdated(): void {
    if (!this.#changed) return;
    this.#changed = false;
    cancelAnimationFrame(this.#raf);
    const from = this.#from;
    const to = this.#shown;
    if (to === undefined) return;
    if (from !== undefined && this.frame !== to) {
      const start = performance.now();
      const step = guarded(this.host, 'count', (time: number) => {
        const progress = Math.min((time - start) / 1000, 1);
        this.frame = Math.round(from + (to - from) * (1 - (1 - progress) ** 3));
        this.host.requestUpdate();
        if (progress < 1 && this.host.isConnected) this.#raf = requestAnimationFrame(step);
      });
      this.#raf = requestAnimationFrame(step);
    }
    this.onShown(to);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#raf);
  }
}
