import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { e, message, textWithTags, type ShareData } from './networks.js';
import { shareMessages } from './messages.js';
import { icon } from './icons.js';

/**
 * The less used networks (LinkedIn, Bluesky, Threads, Mastodon, Reddit, Telegram): their share
 * links, their marks and Mastodon's server form. A file of its own, fetched by a bar that shows
 * one of them, or on the way to "More ways to share": a bar of the usual networks never pays for
 * it.
 */

export const shareUrls: Record<string, (d: ShareData) => string> = {
  linkedin: (d) => `https://www.linkedin.com/sharing/share-offsite/?url=${e(d.url)}`,
  bluesky: (d) => `https://bsky.app/intent/compose?text=${e(message(d))}`,
  threads: (d) => `https://www.threads.net/intent/post?text=${e(textWithTags(d))}&url=${e(d.url)}`,
  reddit: (d) => `https://www.reddit.com/submit?url=${e(d.url)}&title=${e(d.text)}`,
  telegram: (d) => `https://t.me/share/url?url=${e(d.url)}&text=${e(textWithTags(d))}`,
};

/** Their brand names, added to networks.ts `brandNames` when this file arrives. */
export const names: Record<string, string> = {
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  threads: 'Threads',
  mastodon: 'Mastodon',
  reddit: 'Reddit',
  telegram: 'Telegram',
};

/** Marks on the same 24-unit grid as icons.ts. */
export const paths: Record<string, string> = {
  linkedin:
    'M4 9h3.5v11H4zM5.7 3.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM10 9h3.4v1.6c.5-1 1.8-1.9 3.6-1.9 3.4 0 4 2.2 4 5V20h-3.5v-5c0-1.3-.1-2.8-1.8-2.8-1.8 0-2.2 1.4-2.2 2.8V20H10z',
  bluesky: 'M12 11C10 7 6 4 4 4s-1 6 1 7c-2 1-2 4 1 5s5-2 6-4c1 2 3 5 6 4s3-4 1-5c2-1 3-7 1-7s-6 3-8 7z',
  threads: 'sM16 11.5a4 4 0 1 1-1-2.7M16 8v4.5c0 2.5 4 2.5 4-1A8 8 0 1 0 17 18',
  mastodon: 'M4 8c0-3 2-4.5 4.5-4.5h7C18 3.5 20 5 20 8v5c0 3-2 4.5-4.5 4.5H11c0 1.2 1.2 2 4 2V21c-5 0-8-1.6-8-5.5H6.5C5 15.5 4 14.5 4 13z',
  // Drawn as strokes: its eyes and antenna are lines, which a filled path does not show.
  reddit:
    'sM4 14.5a8 5.5 0 1 0 16 0a8 5.5 0 1 0-16 0M12 9l1.5-5 3.5 1M17 5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M9 13.5h.01M15 13.5h.01M9 16.5c2 1.2 4 1.2 6 0',
  telegram: 'M2.5 11.5 21 4l-3.2 16-6-4.3-3.3 3V14l8.3-7.3-10.1 6.1z',
  edit: 'sM4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
};

export const mastodonUrl = (server: string, d: ShareData) => `https://${server}/share?text=${e(message(d))}`;

/** A bare host name ("mastodon.social", "social.example.org:8443"); anything else is refused. */
export function mastodonServer(input: string): string | undefined {
  const host = input
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^@?[^@/\s]+@/, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/.test(host) ? host : undefined;
}

// Storage (the remembered server) is in another file, fetched only by a bar that offers Mastodon.
const storage = () => import('../core/storage.js');
const SERVER_KEY = 'mastodon-server';

/** What Mastodon's button, link and form need of the share bar they are in, beyond the element itself. */
export interface MastodonBar {
  /** What is shared, now. */
  data(): ShareData;
  /** Says that the visitor shared to Mastodon (`coalition-share`). */
  shared(url: string): void;
  /** The bar's guard for event handlers: a failure is reported, never thrown into the page. */
  on<E extends Event>(handler: (event: E) => unknown): (event: E) => void;
}

/**
 * The server form's and the "change server" button's styles: added to a bar's own when it first
 * offers Mastodon, so a bar of the usual networks does not carry them.
 */
const mastodonStyles = css`
  /* Mastodon with the visitor's server remembered: its link and "change server" side by side. */
  .compact li:has(.change) {
    flex-basis: 4em;
    max-inline-size: 5.5em;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  label {
    display: grid;
    gap: 0.25em;
  }
  input {
    font: inherit;
    padding: 0.4em 0.6em;
    min-block-size: 2.75em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_text);
    font-weight: 600;
  }
  /* The Mastodon link and its "change server" button side by side, a little apart. */
  .change {
    margin-inline-start: 0.25em;
    padding-inline: 0.4em;
  }
`;

/**
 * Mastodon has no central share page: each visitor's own server has one. The first share asks for
 * the server (a small form), which is remembered for the session; a remembered server is a link,
 * with a button beside it to change it.
 */
export class Mastodon {
  /** The visitor's server: undefined until known. */
  server?: string;
  /** The server form is open. */
  asking = false;
  /** The server typed in was refused. */
  invalid = false;
  #read?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly bar: MastodonBar,
  ) {
    const root = host.renderRoot;
    try {
      if (root instanceof ShadowRoot && mastodonStyles.styleSheet)
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, mastodonStyles.styleSheet];
    } catch {
      /* a page that broke the platform: the form works unstyled */
    }
  }

  /** Reads the remembered server, once, before the bar first offers Mastodon. */
  ready(): Promise<void> {
    return (this.#read ??= storage().then(
      ({ readStored, STORAGE_PREFIX }) =>
        void (this.server ??= mastodonServer(readStored<string>('session', STORAGE_PREFIX + SERVER_KEY) ?? '')),
      () => {},
    ));
  }

  /** The share link on the visitor's server, once it is known. */
  href = (data: ShareData) => mastodonUrl(this.server!, data);

  /** Before the server is known: a button that opens the server form. */
  button = (content: unknown, title: unknown, label: string): TemplateResult =>
    html`<button
      part="control"
      title=${title}
      data-network="mastodon"
      aria-expanded=${this.asking}
      aria-controls="server"
      aria-label=${label}
      @click=${this.bar.on(() => this.#ask(!this.asking))}
    >
      ${content}
    </button>`;

  /** Beside a remembered server's link: a wrong server is one click from changed. */
  change = (label: string): TemplateResult =>
    html`<button
      part="control"
      class="change"
      title=${label}
      aria-label=${label}
      aria-expanded=${this.asking}
      aria-controls="server"
      @click=${this.bar.on(() => this.#ask(!this.asking))}
    >
      ${icon('edit')}
    </button>`;

  /** The server form, while it is open. */
  form(lang: string): TemplateResult | typeof nothing {
    return this.asking
      ? serverForm(
          lang,
          this.invalid,
          this.bar.on((event: SubmitEvent) => this.#submit(event)),
          this.bar.on((event: KeyboardEvent) => event.key === 'Escape' && this.#ask(false)),
        )
      : nothing;
  }

  /** Opens the form on the server known so far, or closes it and returns to the Mastodon control. */
  async #ask(open: boolean): Promise<void> {
    this.asking = open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const input = this.host.renderRoot.querySelector('input');
    if (open && input) {
      input.value = this.server ?? '';
      input.focus();
      input.select();
    } else this.#focusControl();
  }

  #focusControl(): void {
    this.host.renderRoot.querySelector<HTMLElement>('[data-network="mastodon"]')?.focus();
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.host.renderRoot.querySelector('input')!;
    const server = mastodonServer(input.value);
    this.invalid = !server;
    this.host.requestUpdate();
    if (!server) return input.focus();
    storage().then(
      ({ writeStored, STORAGE_PREFIX }) => writeStored('session', STORAGE_PREFIX + SERVER_KEY, server),
      () => {},
    );
    this.server = server;
    this.asking = false;
    const data = this.bar.data();
    window.open(this.href(data), '_blank', 'noopener,noreferrer');
    this.bar.shared(data.url);
    this.host.updateComplete.then(() => this.#focusControl());
  }
}

/** Mastodon's server form, shown when a visitor first shares there (or changes server). */
export const serverForm = (
  lang: string,
  invalid: boolean,
  submit: (event: SubmitEvent) => void,
  keydown: (event: KeyboardEvent) => void,
): TemplateResult =>
  html`<form id="server" @submit=${submit} @keydown=${keydown}>
    <label
      >${shareMessages.t(lang, 'server')}
      <!-- A host name or handle reads left to right on a right-to-left page too. -->
      <input
        name="server"
        dir="ltr"
        inputmode="url"
        autocomplete="off"
        spellcheck="false"
        placeholder="mastodon.social"
        aria-invalid=${invalid}
        aria-describedby=${invalid ? 'server-error' : nothing}
      />
    </label>
    ${
      // Next to the field, not below the button: on a phone the button may be the last thing in view.
      invalid ? html`<p id="server-error" class="error" role="alert">${shareMessages.t(lang, 'badServer')}</p>` : nothing
    }
    <!-- "Share", not a second "Share on Mastodon": the form is already named by its field. -->
    <button type="submit">${shareMessages.t(lang, 'share')}</button>
  </form>`;
