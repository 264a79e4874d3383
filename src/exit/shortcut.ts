import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { restorePage } from './exit.js';

export type ShortcutStatus = '' | 'twoMore' | 'oneMore' | 'expired';

/** @internal How long three presses may take; tests shorten it. */
export const shortcutTiming = { window: 5000 };

/**
 * Pressing Shift three times within 5 seconds, anywhere on the page, exits. One set of page
 * listeners however many exits the page shows, and one count: one member speaks for the page
 * (announces the presses and exits), so the shortcut exits once and screen readers hear each
 * message once. The speaker is the first member inside an open modal dialog (the page behind a
 * modal is inert, its live regions unheard), else the first to join.
 *
 * A press is a Shift pressed and released on its own. Shift held for a capital letter or a
 * Shift-click does not count, and any other key between presses starts the count again (as
 * GOV.UK's does): someone typing "I Am Here" must never be sent away, or told three times
 * that they are about to be. The 5 seconds run from the first press.
 */
export class ShiftShortcut implements ReactiveController {
  /** Presses so far, shown while this member speaks for the page; 0 otherwise. */
  presses = 0;
  status: ShortcutStatus = '';
  /** @internal Inside an open modal dialog. */
  modal = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    readonly exit: () => void,
    /** Whether the host offers the exit now (a banner does only while it shows the control), and whether inside an open modal. */
    private readonly offered: () => { on: boolean; modal?: boolean } = () => ({ on: true }),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    leave(this);
  }

  #sync(): void {
    const { on, modal = false } = this.offered();
    if (!on || !this.host.isConnected) return leave(this);
    const moved = modal !== this.modal;
    this.modal = modal;
    if (!members.has(this)) join(this);
    else if (moved) handOver();
  }

  /** @internal */
  show(presses: number, status: ShortcutStatus): void {
    if (presses === this.presses && status === this.status) return;
    this.presses = presses;
    this.status = status;
    this.host.requestUpdate();
  }
}

const members = new Set<ShiftShortcut>();
let presses = 0;
let said: ShortcutStatus = '';
// Another key, or a pointer, went down while Shift was held: that Shift was a modifier.
let chord = false;
let windowTimer: ReturnType<typeof setTimeout> | undefined;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

const speaker = (): ShiftShortcut | undefined => [...members].find((m) => m.modal) ?? members.values().next().value;

function show(status: ShortcutStatus): void {
  said = status;
  speaker()?.show(presses, status);
}

// A new speaker (a modal opened or closed, a member came or went) takes over what is being said.
function handOver(): void {
  const voice = speaker();
  for (const member of members) member.show(member === voice ? presses : 0, member === voice ? said : '');
}

function press(): void {
  presses++;
  clearTimeout(clearTimer);
  if (presses === 1) windowTimer = setTimeout(expire, shortcutTiming.window);
  if (presses < 3) return show(presses === 1 ? 'twoMore' : 'oneMore');
  reset();
  speaker()?.exit();
}

function expire(): void {
  clearTimeout(windowTimer);
  presses = 0;
  show('expired');
  // The message is for now: a screen reader reaching the status later should not find it.
  clearTimer = setTimeout(() => show(''), shortcutTiming.window);
}

function reset(): void {
  clearTimeout(windowTimer);
  clearTimeout(clearTimer);
  presses = 0;
  show('');
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key === 'Shift') {
    if (!event.repeat) chord = false;
    return;
  }
  chord = true;
  if (presses) expire();
}

function onKeyUp(event: KeyboardEvent): void {
  if (event.key === 'Shift' && !chord) press();
}

function onPointerDown(event: PointerEvent): void {
  if (event.shiftKey) chord = true;
}

// A page restored from the back/forward cache would otherwise come back hidden, mid-count.
function onPageShow(): void {
  reset();
  restorePage();
}

// On the window, in the capture phase: before any page script can stop the event, and while a
// modal dialog (the banner's overlay) holds the focus.
/** Page-wide listeners that never throw into the page's own key and pointer handling. */
const safely =
  (listener: (event: never) => void): EventListener =>
  (event) => {
    try {
      listener(event as never);
    } catch (e) {
      console.warn(`[coalition-embed] the quick exit's Shift shortcut: ${e instanceof Error ? e.message : e}`);
    }
  };

const LISTENERS = [
  ['keydown', safely(onKeyDown)],
  ['keyup', safely(onKeyUp)],
  ['pointerdown', safely(onPointerDown)],
  ['pageshow', safely(onPageShow)],
] as Array<[string, EventListener]>;

function join(member: ShiftShortcut): void {
  if (!members.size) for (const [type, listener] of LISTENERS) window.addEventListener(type, listener, true);
  members.add(member);
  handOver();
}

function leave(member: ShiftShortcut): void {
  if (!members.has(member)) return;
  const speaking = member === speaker();
  members.delete(member);
  member.show(0, '');
  if (speaking) show('');
  if (!members.size) {
    for (const [type, listener] of LISTENERS) window.removeEventListener(type, listener, true);
    reset();
  }
}
