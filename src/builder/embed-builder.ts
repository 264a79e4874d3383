import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { kebab, url as urlField } from '../core/fields.js';
import { focusAfterUpdate } from './actions.js';
import { builderStyles } from './builder.styles.js';
import { campaignMode } from './campaign-mode.js';
import {
  campaignText,
  checkCampaign,
  controlId,
  emptyDraft,
  parseCampaign,
  schemaUrlFor,
  SECTIONS,
  type Draft,
  type Problem,
} from './campaign-file.js';
import { commonFields, elementInfo, ELEMENTS, loadDescriptions, type Descriptions, type Tag } from './catalog.js';
import { elementMode } from './element-mode.js';
import { loadPins } from './pins.js';
import { draftServer } from './preview.js';
import { PreviewController } from './preview-controller.js';
import { controlFor, previewPlans } from './preview-plans.js';
import {
  elementMarkup,
  elementWithSpace,
  frameSrc,
  iframeSnippet,
  pageSnippet,
  preloads,
  scriptUrlFor,
  type Attributes,
  type FrameParts,
  type PageElement,
} from './snippet.js';
import { problemCount, StatusController } from './status.js';
import { languageId, languageName, perLanguageField, readLanguage, withoutLanguage, withValue } from './languages.js';
import { cell, wallChildren, withCell, type Row } from './supporters.js';
import { attributeOf, isBlank, problemOf, type Raw } from './values.js';

export type Mode = 'element' | 'campaign';
/** The supporters in the element's light DOM (`wall`) or in the campaign file (`draft`). */
export type RowList = 'wall' | 'draft';

/**
 * The embed builder: a form per element generated from the element's own fields, a live preview
 * of the real element, the paste snippet, and a campaign-file editor.
 *
 * This class holds the state and the ways to change it; each mode's template is its own module
 * (element-mode.ts, campaign-mode.ts), the previews are a controller (preview-controller.ts) and
 * what the buttons do is in actions.ts.
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
  @property() version?: string;
  /** Where the local build's dist/embed.html is, for the iframe preview. */
  @property({ attribute: 'embed-page' }) embedPage = '../dist/embed.html';
  @property() integrity?: string;

  @state() mode: Mode = 'element';
  @state() tag: Tag = 'campaign-banner';
  // Internal, but not `private`: the mode templates beside this file render it as render() would.
  // They change it through the methods below, or as a form control's own value (`_scriptSrc`).
  @state() _values = Object.fromEntries(ELEMENTS.map((e) => [e.tag, {}])) as Record<Tag, Record<string, Raw>>;
  @state() _wallRows: Row[] = [];
  @state() _draft: Draft = emptyDraft();
  /** Controls the person has left (or asked to check): only these show their problems. */
  @state() _touched = new Set<string>();
  @state() _scriptSrc = '';
  /** Where the partner's frame loads embed.html from, when not the default (see iframe-route.ts). */
  @state() _pageSrc = '';
  /** The elements the person put on (true) or took off (false) the partner's page; unset follows the form. */
  @state() _onPage: Partial<Record<Tag, boolean>> = {};
  /** Where the campaign file is published: the script's `data-campaign` in both snippets. */
  @state() _campaignHref = '';
  /** Every file of the build with its hash (dist/sri.json `files`), for the preloads. */
  @state() _files: Record<string, string> = {};
  @state() _descriptions: Descriptions = {};
  /** Logo addresses that failed to load in the supporters editor. */
  @state() _failedLogos = new Set<string>();
  /** Why the last pasted or imported list of supporters was refused, by list. */
  @state() _bulkError: Partial<Record<RowList, string>> = {};
  @state() _pinsLoaded = false;
  @state() _loadError = '';
  /** Why the language typed in "Add a language" was refused. */
  @state() _languageError = '';
  /** The language the campaign previews are shown in (the file's first when unset or removed). */
  @state() _previewLang = '';
  /** The iframe preview's address, following the form once the person pauses (each change reloads it). */
  @state() framePreview = '';
  /** The iframe preview's height from its last size message. */
  @state() _frameHeight?: number;
  #frameTimer?: ReturnType<typeof setTimeout>;

  readonly #serve = draftServer();
  readonly previews = new PreviewController(this, {
    plans: () => previewPlans(this, this.#serve),
    controlFor: (preview, source) => controlFor(this, preview, source),
  });
  readonly status = new StatusController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    loadDescriptions(this.manifest).then((d) => (this._descriptions = d));
    loadPins(this);
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

  protected override updated(): void {
    if (this.mode !== 'element') return;
    const src = this.framePreviewSrc;
    if (src === this.framePreview) return;
    clearTimeout(this.#frameTimer);
    const show = () => {
      this.framePreview = src;
      this._frameHeight = undefined;
    };
    if (!this.framePreview) show();
    else this.#frameTimer = setTimeout(show, 400);
  }

  // ---- what the form holds -------------------------------------------------------------------

  /** The element's attributes for the snippet: its own fields in order, then the shared ones. */
  attributesFor(tag: Tag = this.tag): Attributes {
    const values = this._values[tag];
    const out: Attributes = [];
    for (const [key, field] of [...Object.entries(elementInfo(tag).fields), ...Object.entries(commonFields)]) {
      const value = attributeOf(field, values[key]);
      if (value !== undefined) out.push([kebab(key), value]);
    }
    return out;
  }

  /** The light DOM of an element: only the wall has any (its supporters); no other element gets them. */
  childrenFor(tag: Tag = this.tag): string[] {
    return tag === 'supporter-wall' ? wallChildren(this._wallRows) : [];
  }

  get scriptSrc(): string {
    return this._scriptSrc.trim() || scriptUrlFor(this.version ?? 'VERSION');
  }

  /** The campaign file's published address, when it is one the elements accept. */
  get campaignHref(): string | undefined {
    const href = this._campaignHref.trim();
    return href && !problemOf(urlField(), href) ? href : undefined;
  }

  /** Whether the element is on the partner's page: as the person chose, else if it is being built or has settings. */
  isOnPage(tag: Tag): boolean {
    return this._onPage[tag] ?? (tag === this.tag || this.attributesFor(tag).length > 0 || this.childrenFor(tag).length > 0);
  }

  /** The elements on the partner's page, in the registry's order (a quick exit first). */
  get pageTags(): Tag[] {
    return ELEMENTS.map((e) => e.tag).filter((tag) => this.isOnPage(tag));
  }

  setOnPage(tag: Tag, on: boolean): void {
    this._onPage = { ...this._onPage, [tag]: on };
  }

  #page(elements: PageElement[]): string {
    const src = this.scriptSrc;
    return pageSnippet({
      elements,
      src,
      integrity: this.integrity,
      campaign: this.campaignHref,
      version: this.version ?? 'VERSION',
      preload: preloads(
        this._files,
        elements.map((e) => e.tag),
        src,
      ),
    });
  }

  /** The paste snippet for the partner's page: the script once, then every element on the page. */
  get snippet(): string {
    return this.#page(this.pageTags.map((tag) => ({ tag, attributes: this.attributesFor(tag), children: this.childrenFor(tag) })));
  }

  /** The elements a campaign file sets up: each section with a value, and the wall when it lists supporters. */
  get campaignTags(): Tag[] {
    const used = new Set<Tag>(
      SECTIONS.filter(({ section }) => Object.values(this._draft.sections[section]).some((v) => !isBlank(v))).map((s) => s.tag),
    );
    if (this._draft.supporters.length) used.add('supporter-wall');
    return ELEMENTS.map((e) => e.tag).filter((tag) => used.has(tag));
  }

  /** Campaign mode's snippet for partners: the script reading the file, and each element it sets up. */
  get partnerSnippet(): string {
    return this.#page(this.campaignTags.map((tag) => ({ tag, attributes: [] })));
  }

  /** The element being built with its reserved space, for a page that already has the script. */
  get ownSnippet(): string {
    return elementWithSpace({ tag: this.tag, attributes: this.attributesFor(), children: this.childrenFor() });
  }

  /** The element alone, as pasted into a page that already has the script. */
  get elementSnippet(): string {
    return elementMarkup(this.tag, this.attributesFor(), this.childrenFor());
  }

  /** The iframe route's parts: the page on the CDN, or `page` (the local build, for the preview). */
  frameParts(page?: string): FrameParts {
    const attributes = this.attributesFor();
    const { name } = elementInfo(this.tag);
    // A frame's title says which widget it is; its own words tell two frames on a page apart.
    const words = attributes.find(([n]) => n === 'headline' || n === 'heading' || n === 'label')?.[1];
    const title = typeof words === 'string' ? `${name}: ${words}` : name;
    // A refused address (javascript:, a typo) never reaches the snippet; the field shows why.
    const own = this._pageSrc.trim();
    const src = page ?? (own && !problemOf(urlField(), own) ? own : undefined);
    return { tag: this.tag, attributes, title, version: this.version ?? 'VERSION', src };
  }

  /** The `<iframe>` to paste where scripts are stripped (dist/embed.html on the CDN). */
  get iframeSnippet(): string {
    return iframeSnippet(this.frameParts());
  }

  /** The iframe's address alone, for embed boxes that take a URL rather than HTML. */
  get frameAddress(): string {
    return frameSrc(this.frameParts());
  }

  /** The frame preview's address: the local build's page with the same query. */
  get framePreviewSrc(): string {
    return frameSrc(this.frameParts(this.embedPage));
  }

  /** The file as written: it starts with `$schema`, the schema of this builder's version. */
  get campaignFile(): string {
    return campaignText(this._draft, schemaUrlFor(this.version));
  }

  /** The language of the campaign previews. */
  get previewLanguage(): string {
    const { languages } = this._draft;
    return languages.includes(this._previewLang) ? this._previewLang : languages[0];
  }

  /**
   * Every problem with the file: the fields' own checks, at once, and what the preview elements
   * report after reading it as their campaign file (what only an element checks, like an unknown
   * network or a window that ends before it starts), in the words they log.
   */
  get campaignProblems(): Problem[] {
    const problems = checkCampaign(this._draft);
    for (const [target, messages] of this.previews.byControl) {
      for (const message of messages) {
        if (!problems.some((p) => p.message === message)) problems.push({ target, where: this.previews.where.get(message) ?? '', message });
      }
    }
    return problems;
  }

  /** Loads a campaign file's text into the editor; false (and a message) when it is not one. */
  loadCampaign(text: string): boolean {
    const result = parseCampaign(text);
    if ('error' in result) {
      this._loadError = result.error;
      return false;
    }
    this._loadError = '';
    this._draft = result.draft;
    this._languageError = '';
    this.touchCampaign();
    const count = checkCampaign(result.draft).length;
    // The live previews report what only the elements check (a source, a date order) a moment
    // later, so this count is of the values alone; the list below grows with the previews' reports.
    this.status.say(
      'campaign',
      `Loaded. ${count ? `${problemCount(count)} in the values` : 'No problems in the values'}; the previews below check the rest.`,
    );
    return true;
  }

  /** The preview element, for tests and for anyone checking what the snippet renders. */
  previewElement(name = 'element'): HTMLElement | null {
    return this.previews.element(name);
  }

  // ---- changing it ---------------------------------------------------------------------------

  setValue(tag: Tag, key: string, raw: Raw): void {
    this._values = { ...this._values, [tag]: { ...this._values[tag], [key]: raw } };
  }

  setDraft(section: keyof Draft['sections'] | 'top', key: string, raw: Raw): void {
    const draft = { ...this._draft, sections: { ...this._draft.sections } };
    if (section === 'top') draft.top = { ...draft.top, [key]: raw };
    else draft.sections[section] = { ...draft.sections[section], [key]: raw };
    this._draft = draft;
  }

  /** Sets one language's entry of a setting that may be given per language. */
  setDraftIn(section: keyof Draft['sections'], key: string, lang: string, value: string): void {
    this.setDraft(section, key, withValue(this._draft.sections[section][key], lang, value, this._draft.languages));
  }

  /**
   * Adds a language to the file (typed as a tag, or the name of one of the elements' languages):
   * every text and link gets a box for it. False, and the reason under the control, when refused.
   */
  async addLanguage(typed: string): Promise<boolean> {
    const read = readLanguage(typed, this._draft.languages);
    if ('error' in read) {
      this._languageError = read.error;
      await focusAfterUpdate(this, '#c-lang-add');
      return false;
    }
    this._languageError = '';
    this._draft = { ...this._draft, languages: [...this._draft.languages, read.tag] };
    const input = this.renderRoot.querySelector<HTMLInputElement>('#c-lang-add');
    if (input) input.value = '';
    this.status.say('campaign', `Added ${languageName(read.tag)}: each text and link has a box for it now.`);
    return true;
  }

  /** Removes a language and its entries; the last language stays. */
  async removeLanguage(lang: string): Promise<void> {
    const { languages } = this._draft;
    if (languages.length < 2 || !languages.includes(lang)) return;
    const drop = (raw: Raw) => withoutLanguage(raw, lang, languages);
    let removed = 0;
    const count = (before: Raw, after: Raw) => {
      if (JSON.stringify(before) !== JSON.stringify(after) && !isBlank(before)) removed++;
      return after;
    };
    const sections = { ...this._draft.sections };
    for (const { section, fields } of SECTIONS) {
      const values = { ...sections[section] };
      for (const [key, field] of Object.entries(fields)) {
        if (perLanguageField(key, field) && key in values) values[key] = count(values[key], drop(values[key]));
      }
      sections[section] = values;
    }
    const supporters = this._draft.supporters.map((row) => {
      const name = cell(row, 'name');
      const after = count(name, drop(name));
      return after === name ? row : withCell(row, 'name', after);
    });
    this._draft = { ...this._draft, sections, supporters, languages: languages.filter((l) => l !== lang) };
    const entries = removed ? ` and its entries in ${removed} ${removed === 1 ? 'setting' : 'settings'}` : '';
    this.status.say('campaign', `Removed ${languageName(lang)}${entries}.`);
    await focusAfterUpdate(this, '#c-lang-add');
  }

  /** Replaces a list of supporters, then focuses `focus` (a row's control, or the add button). */
  async setRows(which: RowList, rows: Row[], focus?: string): Promise<void> {
    if (which === 'wall') this._wallRows = rows;
    else this._draft = { ...this._draft, supporters: rows };
    if (focus) await focusAfterUpdate(this, `#${CSS.escape(focus)}`);
  }

  touch(id: string): void {
    if (!this._touched.has(id)) this._touched = new Set(this._touched).add(id);
  }

  /** Shows every problem of the file at once: after loading it, or when asked to check it. */
  touchCampaign(): void {
    const { languages } = this._draft;
    const each = (id: string) => languages.map((lang) => languageId(id, lang, languages));
    const ids = ['id', 'partner'].map((k) => controlId('top', k));
    for (const { section, fields } of SECTIONS) {
      for (const [key, field] of Object.entries(fields))
        ids.push(...(perLanguageField(key, field) ? each(controlId(section, key)) : [controlId(section, key)]));
    }
    ids.push(...this._draft.supporters.flatMap((r) => each(`s-${r.id}-name`)), ...checkCampaign(this._draft).map((p) => p.target));
    this._touched = new Set([...this._touched, ...ids]);
  }

  protected override render() {
    return html`<form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Mode">
        <fieldset>
          <legend>What are you making?</legend>
          <div class="choices">
            <label
              ><input
                type="radio"
                name="mode"
                value="element"
                .checked=${live(this.mode === 'element')}
                @change=${() => (this.mode = 'element')}
              />
              A snippet for a partner's page</label
            >
            <label
              ><input
                type="radio"
                name="mode"
                value="campaign"
                .checked=${live(this.mode === 'campaign')}
                @change=${() => (this.mode = 'campaign')}
              />
              The campaign file</label
            >
          </div>
        </fieldset>
      </form>
      <h2>${this.mode === 'element' ? "Snippet for a partner's page" : 'Campaign file'}</h2>
      ${this.mode === 'element' ? elementMode(this) : campaignMode(this)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}
