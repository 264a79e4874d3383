import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { loadCampaign } from './actions.js';
import { builderStyles } from './builder.styles.js';
import { campaignMode } from './campaign-mode.js';
import type { Problem } from './campaign-file.js';
import { loadDescriptions } from './catalog.js';
import type { BuilderContext } from './context.js';
import { elementMode } from './element-mode.js';
import { frameWaiting } from './iframe-route.js';
import { loadPins } from './pins.js';
import { draftServer } from './preview.js';
import { PreviewController } from './preview-controller.js';
import { campaignProblems, controlFor, previewPlans } from './preview-plans.js';
import { frameSrc } from './snippet.js';
import { BuilderState } from './state.js';
import { StatusController } from './status.js';
import { WallListController } from './wall-list.js';

export type { Mode, RowList } from './state.js';

/**
 * The embed builder: a form per element generated from the element's own fields, a live preview
 * of the real element, the paste snippet, and a campaign-file editor.
 *
 * What the builder holds is one BuilderState (state.ts), which it re-renders on; each mode's
 * template is its own module (element-mode.ts, campaign-mode.ts) and reads that state through a
 * BuilderContext, the previews are a controller (preview-controller.ts), and so is reading a wall's
 * `src` list for its snippet's space (wall-list.ts); what the buttons do is in actions.ts.
 *
 * @internal Not part of the partner bundle (dist/builder.js, for demo/builder.html).
 */
export class EmbedBuilder extends LitElement {
  static override styles = builderStyles;

  /** Where custom-elements.json is: the attribute hints come from the elements' JSDoc. */
  @property() manifest?: string;
  /** Where dist/sri.json is: the pinned version and integrity hash of the built script. */
  @property() sri?: string;
  /** package.json, for the version when sri.json is missing (before a build). */
  @property({ attribute: 'package' }) pkg?: string;
  /** The version the snippets pin; read from dist/sri.json (or package.json) when not given. */
  @property() version?: string;
  /** Where the local build's dist/embed.html is, for the iframe preview. */
  @property({ attribute: 'embed-page' }) embedPage = '../dist/embed.html';
  @property() integrity?: string;

  /** The draft file, the values and the touched controls: everything the form shows. */
  readonly state = new BuilderState();

  /** The iframe preview's address, following the form once the person pauses (each change reloads it). */
  @state() private _framePreview = '';
  /** The iframe preview's height from its last size message. */
  @state() _frameHeight?: number;
  #frameTimer?: ReturnType<typeof setTimeout>;

  readonly #serve = draftServer();
  readonly previews = new PreviewController(this, {
    plans: () => previewPlans(this.state, this.#serve),
    controlFor: (preview, source) => controlFor(this.state, preview, source),
  });
  readonly status = new StatusController(this);
  /** The wall's `src` list, read for the space its snippet keeps. */
  readonly wallList = new WallListController(this, this.state);

  readonly #context: BuilderContext = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the context's getters read the element as it is now
    const host = this;
    return {
      state: host.state,
      previews: host.previews,
      status: host.status,
      get root() {
        return host.renderRoot;
      },
      rendered: () => host.updateComplete,
      get frame() {
        return { src: host._framePreview, height: host._frameHeight };
      },
      get previewPage() {
        return new URL(host.embedPage, document.baseURI).href;
      },
    };
  })();

  readonly #onChange = () => this.requestUpdate();

  constructor() {
    super();
    this.state.addEventListener('change', this.#onChange);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.state.setGivenPins({ version: this.version, integrity: this.integrity });
    loadDescriptions(this.manifest).then((d) => this.state.setDescriptions(d));
    loadPins(this.state, this.sri, this.pkg);
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.#onMessage);
    clearTimeout(this.#frameTimer);
  }

  /** The iframe preview's size messages, heard as a partner's listener hears them. */
  readonly #onMessage = (e: MessageEvent) => {
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('#frame-preview');
    if (!frame || e.source !== frame.contentWindow || e.data?.type !== 'coalition-embed:size') return;
    if (typeof e.data.height === 'number' && e.data.height >= 0) this._frameHeight = Math.ceil(e.data.height);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The attributes given on the page win over the pins found in the build's files.
    if (changed.has('version') || changed.has('integrity')) this.state.setGivenPins({ version: this.version, integrity: this.integrity });
  }

  protected override updated(): void {
    if (this.state.mode !== 'element') return;
    // Not loaded while its element lacks what it needs to show anything (iframe-route.ts).
    const src = frameWaiting(this.state) ? '' : frameSrc(this.state.frameParts(this.embedPage));
    if (src === this._framePreview) return;
    clearTimeout(this.#frameTimer);
    const show = () => {
      this._framePreview = src;
      this._frameHeight = undefined;
    };
    if (!this._framePreview) show();
    else this.#frameTimer = setTimeout(show, 400);
  }

  // ---- what it shows, for tests and for anyone checking what the snippets say -----------------

  get snippet(): string {
    return this.state.snippet;
  }

  get elementSnippet(): string {
    return this.state.elementSnippet;
  }

  get campaignFile(): string {
    return this.state.campaignFile;
  }

  /** Every problem with the file: the fields' own checks and what the preview elements report. */
  get campaignProblems(): Problem[] {
    return campaignProblems(this.state, this.previews);
  }

  /** Loads a campaign file's text into the editor; false (and a message) when it is not one. */
  loadCampaign(text: string): boolean {
    return loadCampaign(this.#context, text);
  }

  /** The preview element, for tests and for anyone checking what the snippet renders. */
  previewElement(name = 'element'): HTMLElement | null {
    return this.previews.element(name);
  }

  protected override render() {
    const { mode } = this.state;
    const context = this.#context;
    return html`<form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Mode">
        <fieldset>
          <legend>What are you making?</legend>
          <div class="choices">
            <label
              ><input
                type="radio"
                name="mode"
                value="element"
                .checked=${live(mode === 'element')}
                @change=${() => this.state.setMode('element')}
              />
              A snippet for a partner's page</label
            >
            <label
              ><input
                type="radio"
                name="mode"
                value="campaign"
                .checked=${live(mode === 'campaign')}
                @change=${() => this.state.setMode('campaign')}
              />
              The campaign file</label
            >
          </div>
        </fieldset>
      </form>
      <h2>${mode === 'element' ? "Snippet for a partner's page" : 'Campaign file'}</h2>
      ${mode === 'element' ? elementMode(context) : campaignMode(context)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}
