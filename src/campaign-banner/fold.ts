import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * A fixed bar's message on a phone: its CSS folds it to one line (a bar covers at most a quarter
 * of the screen, and its call to action must stay in sight), and this says whether there is more
 * of it to read, so the bar offers "Read more" only then. It watches the message's size: a
 * narrower window, a web font or another language changes what fits.
 */
export class FoldController implements ReactiveController {
  /** The message has more than its folded line shows. */
  more = false;
  /** The visitor chose "Read more". */
  open = false;
  #watched?: Element;
  #sizes?: ResizeObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  toggle(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const message = this.host.renderRoot.querySelector('.bar-message');
    if (message !== this.#watched) {
      this.#sizes?.disconnect();
      this.#watched = message ?? undefined;
      if (message && typeof ResizeObserver == 'function') {
        this.#sizes ??= new ResizeObserver(() => this.#measure());
        this.#sizes.observe(message);
      }
    }
    this.#measure();
  }

  hostDisconnected(): void {
    this.#sizes?.disconnect();
    this.#watched = undefined;
  }

  #measure(): void {
    const message = this.#watched;
    // Open, the button stays to fold it again; folded, it shows only when something is hidden.
    const more = !!message && message.scrollHeight > message.clientHeight + 1;
    if (more == this.more) return;
    this.more = more;
    this.host.requestUpdate();
  }
}
