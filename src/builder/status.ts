import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** "1 problem", "3 problems": how every status line counts them. */
export const problemCount = (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'}`;

type Line = 'copy' | 'iframe' | 'campaign';

/**
 * The builder's status lines (role=status): under each snippet and under the campaign file.
 * "Copied" fades after a few seconds, as it only confirms a click; what was done to the file
 * (loaded, checked, downloaded) stays until the next action, as the person may act on it.
 */
export class StatusController implements ReactiveController {
  copy = '';
  iframe = '';
  campaign = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(line: Line, message: string): void {
    clearTimeout(this.#timer);
    this.set(line, message);
    if (line === 'copy' || line === 'iframe') this.#timer = setTimeout(() => this.set(line, ''), 4000);
  }

  /** The copy lines would have faded by the time the builder is back: it fades now. */
  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.set('copy', '');
    this.set('iframe', '');
  }

  /** Sets a line without a timer; emptying it first makes the next identical message heard again. */
  set(line: Line, message: string): void {
    if (this[line] === message) return;
    this[line] = message;
    this.host.requestUpdate();
  }
}
