import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { guarded, type Source } from '../core/errors.js';
import { leavePage } from './exit.js';
import { quickExitMessages, type QuickExitMessage } from './exit-messages.js';
import { ShiftShortcut } from './shortcut.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a host tells its exit control, read when it renders and after each update. */
export interface ExitOptions {
  /** The everyday site; undefined while the host offers no exit. */
  href: () => string | undefined;
  /** The language and direction of the words. */
  language: { lang: string; dir: string };
  /** Where the address came from, to name it if leaving fails. */
  source: () => Source;
  /** Inside an open modal dialog, whose live region is then the one screen readers hear. */
  modal?: () => boolean;
}

/**
 * The exit, one implementation for every element that offers it (`<quick-exit>`, a banner with
 * a warning or in overlay mode): the "Exit this page" link, its hint, the three lights that
 * count the Shift presses, the status that announces them, and the Shift shortcut itself.
 */
export class ExitControl {
  readonly #shortcut: ShiftShortcut;
  // Every click, modified or not: a visitor at risk means "leave", not "open a tab" (which
  // would leave this page showing). A middle click still opens the everyday site in a tab.
  readonly #onClick: (event: MouseEvent) => void;

  constructor(
    private readonly host: Host,
    private readonly options: ExitOptions,
  ) {
    const exit = guarded(host, 'exit', () => this.exit());
    this.#shortcut = new ShiftShortcut(host, exit, () => ({ on: options.href() !== undefined, modal: options.modal?.() }));
    this.#onClick = guarded(host, 'click', (event: MouseEvent) => {
      event.preventDefault();
      this.exit();
    });
  }

  t(key: QuickExitMessage): string {
    return quickExitMessages.t(this.options.language.lang, key);
  }

  exit(): void {
    const href = this.options.href();
    if (href === undefined) return;
    const { lang, dir } = this.options.language;
    leavePage(this.host, href, this.t('exiting'), lang, dir, this.options.source());
  }

  /** The link, its hint and its status, with the host's part names and the hint's id. */
  render(label: string | undefined, parts: { link: string; status: string; hint: string }) {
    const href = this.options.href();
    if (href === undefined) return nothing;
    const { presses, status } = this.#shortcut;
    return html`<a part=${parts.link} class="exit" href=${href} rel="noreferrer" aria-describedby=${parts.hint} @click=${this.#onClick}>
        <span>${label ?? this.t('label')}</span>
        <span class="lights ${presses ? 'counting' : ''}" aria-hidden="true"
          >${[1, 2, 3].map((n) => html`<span class=${n <= presses ? 'on' : nothing}></span>`)}</span
        >
      </a>
      <span id=${parts.hint} class="visually-hidden">${this.t('hint')}</span>
      <span part=${parts.status} role="status" class="visually-hidden">${status ? this.t(status) : ''}</span>`;
  }
}

/** The exit link's look: GOV.UK's warning red, white words, a 44 px target. */
export const exitStyles = css`
  .exit {
    --_exit: var(--coalition-exit, #d4351c);
    --_exit-text: var(--coalition-exit-text, #ffffff);
    --_exit-hover: var(--coalition-exit-hover, #aa2a16);
    pointer-events: auto;
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5em 1.25em;
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    color: var(--_exit-text);
    background: var(--_exit);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 rgb(0 0 0 / 0.35);
    text-decoration: none;
    cursor: pointer;
    transition: background-color 0.15s;
  }
  .exit:hover {
    background: var(--_exit-hover);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .exit:active {
    box-shadow: none;
    transform: translateY(2px);
  }
  /* Three lights count the Shift presses, for a sighted keyboard user; screen readers hear the status. */
  .lights {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0.2em;
    display: flex;
    justify-content: center;
    gap: 0.3em;
    visibility: hidden;
  }
  .lights.counting {
    visibility: visible;
  }
  .lights span {
    inline-size: 0.4em;
    block-size: 0.4em;
    border-radius: 50%;
    border: 1px solid currentColor;
  }
  .lights .on {
    background: currentColor;
  }
  @media (prefers-reduced-motion: reduce) {
    .exit {
      transition: none;
    }
    .exit:active {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds go in forced colours: the border is what still draws the button. */
    .exit {
      border-color: LinkText;
    }
    .lights span {
      forced-color-adjust: none;
      border-color: LinkText;
    }
    .lights .on {
      background: LinkText;
    }
  }
  @media print {
    .exit {
      display: none !important;
    }
  }
`;
