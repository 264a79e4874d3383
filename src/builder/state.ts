import { kebab, url as urlField } from '../core/fields.js';
import { checkCampaign, controlId, emptyDraft, parseCampaign, schemaUrlFor, SECTIONS, campaignText, type Draft } from './campaign-file.js';
import { commonFields, elementInfo, ELEMENTS, type Descriptions, type Tag } from './catalog.js';
import { isPerLanguage, languageId, perLanguageField, readLanguage, withoutLanguage, withValue } from './languages.js';
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
import { cell, wallChildren, wallTiers, withCell, type Row } from './supporters.js';
import { attributeOf, isBlank, problemOf, type Raw } from './values.js';
import { localisedDefault } from './words.js';
import { DEFAULT_EXIT_HREF, exitFilledIn } from './banner-exit.js';
import { withFallback } from './fallback.js';
import { MORE_NETWORKS } from '../share-bar/networks.js';
import { safeUrl } from '../core/url.js';

export type Mode = 'element' | 'campaign';
/** The supporters in the element's light DOM (`wall`) or in the campaign file (`draft`). */
export type RowList = 'wall' | 'draft';
export type DraftSection = keyof Draft['sections'] | 'top';

/** The script's pins: the version and hash the snippets carry, and the build's files for preloads. */
export interface Pins {
  version?: string;
  integrity?: string;
  /** Every file of the build with its hash (dist/sri.json `files`). */
  files?: Record<string, string>;
  /** The files each element needs, its own first (dist/sri.json `elements`). */
  needs?: Record<string, string[]>;
  /** The campaign file's reader and what it needs (dist/sri.json `campaign`). */
  campaignFiles?: string[];
  /** The share bar's less used networks and what they need (dist/sri.json `moreNetworks`). */
  moreNetworkFiles?: string[];
  /** The one file holding every element, which the loader takes on a page with all five (dist/sri.json `together`). */
  togetherFiles?: string[];
}

/** A share bar whose networks (attributes or campaign file) include a less used one: its file is preloaded too. */
const showsMoreNetworks = (element: PageElement) =>
  element.tag === 'share-bar' &&
  [...element.attributes, ...(element.settings ?? [])].some(
    ([name, value]) =>
      name === 'networks' && typeof value === 'string' && value.split(/[\s,]+/).some((network) => MORE_NETWORKS.includes(network)),
  );

/**
 * What is typed in one of the banner's day or time boxes and not yet read into its setting: the
 * text, the setting's value it was typed over (the box shows the text only while the setting
 * stays so), and whether it was read and refused (the box has been left), which shows its message.
 */
export interface Typed {
  text: string;
  over: Raw;
  checked: boolean;
}

/** What adding a list of supporters came to: one of the two. */
export type BulkResult = { error?: string; added?: string };

/**
 * Everything the builder holds, in one place: the element being built and its values, the
 * campaign file being drafted, the controls the person has left, the addresses they typed, the
 * script's pins. Each change goes through a method, which replaces what it changes (never edits
 * it in place) and dispatches `change`; the builder re-renders on it. The views read the getters
 * and call the methods: none of them writes a field, so what the form shows is always this.
 *
 * What is derived from it (the snippets, the file's text) is here too, so the views, the previews
 * and the tests read one answer.
 */
export class BuilderState extends EventTarget {
  #mode: Mode = 'element';
  #tag: Tag = 'campaign-banner';
  #values = Object.fromEntries(ELEMENTS.map((e) => [e.tag, {}])) as Record<Tag, Record<string, Raw>>;
  #wallRows: Row[] = [];
  /** The lists read from walls' `src` by address; null where it could not be read. */
  #wallLists: ReadonlyMap<string, readonly unknown[] | null> = new Map();
  #draft: Draft = emptyDraft();
  #touched: ReadonlySet<string> = new Set<string>();
  #scriptSrc = '';
  #pageSrc = '';
  #onPage: Partial<Record<Tag, boolean>> = {};
  #campaignHref = '';
  /** Given on the page (the element's attributes): these win over what the build's files say. */
  #given: Pins = {};
  #found: Pins = {};
  #pinsLoaded = false;
  #descriptions: Descriptions = {};
  #failedLogos: ReadonlySet<string> = new Set<string>();
  /** Each loaded logo's shape (width / height), by its address as typed: the snippet's pictures keep it. */
  #logoRatios: ReadonlyMap<string, number> = new Map();
  #bulkResults: Partial<Record<RowList, BulkResult>> = {};
  #bulkOpen: Partial<Record<RowList, boolean>> = {};
  #loadError = '';
  #languageError = '';
  #previewLang = '';
  #typed: ReadonlyMap<string, Typed> = new Map();

  #changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  // ---- what it holds -------------------------------------------------------------------------

  get mode(): Mode {
    return this.#mode;
  }
  /** The element being built in element mode. */
  get tag(): Tag {
    return this.#tag;
  }
  /** Each element's form values, as typed (or ticked). */
  get values(): Readonly<Record<Tag, Readonly<Record<string, Raw>>>> {
    return this.#values;
  }
  /** The supporters written into the wall's snippet (its light DOM). */
  get wallRows(): readonly Row[] {
    return this.#wallRows;
  }
  /** The full address of the wall's supporters list (`src`), when it has one. */
  get wallSrc(): string | undefined {
    const src = this.attributesFor('supporter-wall').find(([name]) => name === 'src')?.[1];
    return typeof src === 'string' ? safeUrl(src) : undefined;
  }
  /** Whether the builder tried the wall's `src` and could not read a list there. */
  get wallListUnread(): boolean {
    const src = this.wallSrc;
    return src !== undefined && this.#wallLists.get(src) === null;
  }
  /** The campaign file being edited. */
  get draft(): Readonly<Draft> {
    return this.#draft;
  }
  /** Controls the person has left (or asked to check): only these show their problems. */
  get touched(): ReadonlySet<string> {
    return this.#touched;
  }
  /** The script address as typed; empty for the CDN's. */
  get scriptSrcInput(): string {
    return this.#scriptSrc;
  }
  /** Where the partner's frame loads embed.html from, as typed (see iframe-route.ts). */
  get pageSrcInput(): string {
    return this.#pageSrc;
  }
  /** Where the campaign file is published, as typed: the script's `data-campaign` in both snippets. */
  get campaignHrefInput(): string {
    return this.#campaignHref;
  }
  get version(): string | undefined {
    return this.#given.version ?? this.#found.version;
  }
  get integrity(): string | undefined {
    return this.#given.integrity ?? this.#found.integrity;
  }
  /** Every file of the build with its hash, for the preloads. */
  get files(): Readonly<Record<string, string>> {
    return this.#found.files ?? {};
  }
  /** The files each element needs (its own and the shared code), for the preloads. */
  get needs(): Readonly<Record<string, string[]>> {
    return this.#found.needs ?? {};
  }
  /** Whether dist/sri.json (or package.json) has been asked: until then a missing hash is no news. */
  get pinsLoaded(): boolean {
    return this.#pinsLoaded;
  }
  /** The elements' attribute descriptions, from custom-elements.json. */
  get descriptions(): Descriptions {
    return this.#descriptions;
  }
  /** Logo addresses that failed to load in the supporters editor. */
  get failedLogos(): ReadonlySet<string> {
    return this.#failedLogos;
  }
  /**
   * The last pasted or imported list of supporters, by list: why it was refused, or what it added
   * (said beside the list, where the officer is).
   */
  bulkResult(which: RowList): Readonly<BulkResult> {
    return this.#bulkResults[which] ?? {};
  }
  /** Whether "Add many at once" is open under a list: as the officer left it, closed at first. */
  bulkOpen(which: RowList): boolean {
    return this.#bulkOpen[which] ?? false;
  }
  /** What is typed in a day or time box (by its id), while the setting it writes is still `over`. */
  typed(id: string, over: Raw): Typed | undefined {
    const typed = this.#typed.get(id);
    return typed && JSON.stringify(typed.over) === JSON.stringify(over) ? typed : undefined;
  }
  /** Why the last file or pasted JSON was refused. */
  get loadError(): string {
    return this.#loadError;
  }
  /** Why the language typed in "Add a language" was refused. */
  get languageError(): string {
    return this.#languageError;
  }

  // ---- what follows from it ------------------------------------------------------------------

  /** The element's attributes for the snippet: its own fields in order, then the shared ones. */
  attributesFor(tag: Tag = this.#tag): Attributes {
    const values = this.#values[tag];
    const out: Attributes = [];
    // A banner that would show an exit, left without an address, gets the quick exit's (banner-exit.ts).
    const exit = tag === 'campaign-banner' && exitFilledIn(values, this.readsCampaignFile(tag));
    for (const [key, field] of [...Object.entries(elementInfo(tag).fields), ...Object.entries(commonFields)]) {
      const value = exit && key === 'exitHref' ? DEFAULT_EXIT_HREF : attributeOf(field, values[key]);
      if (value !== undefined && !localisedDefault(tag, key, values[key])) out.push([kebab(key), value]);
    }
    return out;
  }

  /** Whether the element reads a campaign file: its own `campaign` (not `none`), else the script's. */
  readsCampaignFile(tag: Tag = this.#tag): boolean {
    const own = attributeOf(commonFields.campaign, this.#values[tag].campaign);
    return own === undefined ? !!this.campaignHref : own !== 'none';
  }

  /**
   * The light DOM of an element: the wall's supporters; for the others, what a visitor sees where
   * the script does not run (fallback.ts). The wall's supporters go in the wall only.
   */
  childrenFor(tag: Tag = this.#tag): string[] {
    return tag === 'supporter-wall'
      ? wallChildren(this.#wallRows, this.pageAddress, (logo) => this.#logoRatios.get(logo))
      : this.pasted(tag).children;
  }

  /**
   * The element as pasted: its attributes and light DOM, with its fallback for visitors whose
   * browser does not run the script (a banner's message is its light DOM then, not `message`).
   */
  pasted(tag: Tag = this.#tag): { attributes: Attributes; children: string[] } {
    const attributes = this.attributesFor(tag);
    if (tag === 'supporter-wall') return { attributes, children: this.childrenFor(tag) };
    // In the page's flow where the snippet keeps its space: a banner written inline, or without a mode.
    const mode = attributes.find(([name]) => name === 'mode')?.[1];
    return withFallback(tag, attributes, mode === undefined || mode === 'inline');
  }

  /**
   * The builder page's own address: what a relative logo or link in the wall's rows is read
   * against in its preview, and so what the snippet writes it full against.
   */
  get pageAddress(): string {
    return document.baseURI;
  }

  get scriptSrc(): string {
    return this.#scriptSrc.trim() || scriptUrlFor(this.version ?? 'VERSION');
  }

  /** The campaign file's published address, when it is one the elements accept. */
  get campaignHref(): string | undefined {
    const href = this.#campaignHref.trim();
    return href && !problemOf(urlField(), href) ? href : undefined;
  }

  /** Whether the element is on the partner's page: as the person chose, else if it is being built or has settings. */
  isOnPage(tag: Tag): boolean {
    return this.#onPage[tag] ?? (tag === this.#tag || this.attributesFor(tag).length > 0 || this.childrenFor(tag).length > 0);
  }

  /** The elements on the partner's page, in the registry's order (a quick exit first). */
  get pageTags(): Tag[] {
    return ELEMENTS.map((e) => e.tag).filter((tag) => this.isOnPage(tag));
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
        this.files,
        elements.map((e) => e.tag),
        src,
        this.needs,
        [
          ...(this.campaignHref ? (this.#found.campaignFiles ?? []) : []),
          ...(elements.some(showsMoreNetworks) ? (this.#found.moreNetworkFiles ?? []) : []),
        ],
        this.#found.togetherFiles,
      ),
    });
  }

  /** The paste snippet for the partner's page: the script once, then every element on the page. */
  get snippet(): string {
    return this.#page(this.pageTags.map((tag) => this.#elementOnPage(tag)));
  }

  /** The elements a campaign file sets up: each section with a value, and the wall when it lists supporters. */
  get campaignTags(): Tag[] {
    const used = new Set<Tag>(
      SECTIONS.filter(({ section }) => Object.values(this.#draft.sections[section]).some((v) => !isBlank(v))).map((s) => s.tag),
    );
    if (this.#draft.supporters.length) used.add('supporter-wall');
    return ELEMENTS.map((e) => e.tag).filter((tag) => used.has(tag));
  }

  /**
   * An element of the partner's page as the form sets it up. The form knows all its settings: a
   * banner without `mode` is inline (the default), and keeps its space; one in a campaign-file
   * snippet may be a bar or an overlay as the file says, and does not.
   */
  #elementOnPage(tag: Tag): PageElement {
    // The space is sized by every setting, the message too where the light DOM carries it.
    const settings = this.attributesFor(tag);
    const { attributes, children } = this.pasted(tag);
    const inline = tag === 'campaign-banner' && !attributes.some(([name]) => name === 'mode');
    return {
      tag,
      attributes,
      children,
      settings: inline ? [...settings, ['mode', 'inline']] : settings,
      items: tag === 'supporter-wall' ? this.#srcTiers(this.#wallRows) : undefined,
    };
  }

  /**
   * The tiers of what the wall shows once the builder has read its `src` list: that list, then the
   * supporters in its light DOM (`rows`) the list does not name, as the wall reads them.
   */
  #srcTiers(rows: readonly Row[]): Array<string | undefined> | undefined {
    const src = this.wallSrc;
    const list = src === undefined ? undefined : this.#wallLists.get(src);
    return list ? wallTiers([[list, src], [rows.map((row) => row.value)]]) : undefined;
  }

  /** Campaign mode's snippet for partners: the script reading the file, and each element it sets up. */
  get partnerSnippet(): string {
    const tiers = this.#draft.supporters.map((row) => {
      const tier = cell(row, 'tier');
      return typeof tier === 'string' && tier.trim() ? tier.trim() : undefined;
    });
    return this.#page(
      this.campaignTags.map((tag) => ({
        tag,
        attributes: [],
        settings: this.#fileSettings(tag),
        items: tag === 'supporter-wall' ? tiers : undefined,
      })),
    );
  }

  /** An element's settings in the campaign file, as attributes: what its reserved space is sized for. */
  #fileSettings(tag: Tag): Attributes {
    const section = SECTIONS.find((s) => s.tag === tag);
    if (!section) return [];
    const values = this.#draft.sections[section.section];
    const out: Attributes = [];
    for (const [key, field] of Object.entries(section.fields)) {
      const raw = values[key] as Raw;
      // Words in several languages: the space is for the longest (Welsh is often longer).
      const value = isPerLanguage(raw)
        ? Object.values(raw)
            .map((entry) => attributeOf(field, entry))
            .reduce((a, b) => (typeof b === 'string' && (typeof a !== 'string' || b.length > a.length) ? b : a), undefined)
        : attributeOf(field, raw);
      if (value !== undefined) out.push([kebab(key), value]);
    }
    return out;
  }

  /** The element being built with its reserved space, for a page that already has the script. */
  get ownSnippet(): string {
    return elementWithSpace(this.#elementOnPage(this.#tag));
  }

  /** The element alone, as pasted into a page that already has the script. */
  get elementSnippet(): string {
    const { attributes, children } = this.pasted();
    return elementMarkup(this.#tag, attributes, children);
  }

  /** The iframe route's parts: the page on the CDN, or `page` (the local build, for the preview). */
  frameParts(page?: string): FrameParts {
    const attributes = this.attributesFor();
    const { name } = elementInfo(this.#tag);
    // A frame's title says which widget it is; its own words tell two frames on a page apart.
    const words = attributes.find(([n]) => n === 'headline' || n === 'heading' || n === 'label')?.[1];
    const title = typeof words === 'string' ? `${name}: ${words}` : name;
    // A refused address (javascript:, a typo) never reaches the snippet; the field shows why.
    const own = this.#pageSrc.trim();
    const src = page ?? (own && !problemOf(urlField(), own) ? own : undefined);
    // Light DOM does not travel in a frame's address: the frame shows the `src` list alone.
    const items = this.#tag === 'supporter-wall' ? this.#srcTiers([]) : undefined;
    return { tag: this.#tag, attributes, items, title, version: this.version ?? 'VERSION', src };
  }

  /** The `<iframe>` to paste where scripts are stripped (dist/embed.html on the CDN). */
  get iframeSnippet(): string {
    return iframeSnippet(this.frameParts());
  }

  /** The iframe's address alone, for embed boxes that take a URL rather than HTML. */
  get frameAddress(): string {
    return frameSrc(this.frameParts());
  }

  /** The file as written: it starts with `$schema`, the schema of this builder's version. */
  get campaignFile(): string {
    return campaignText(this.#draft, schemaUrlFor(this.version));
  }

  /** The language of the campaign previews (the file's first when unset or removed). */
  get previewLanguage(): string {
    const { languages } = this.#draft;
    return languages.includes(this.#previewLang) ? this.#previewLang : languages[0];
  }

  // ---- changing it ---------------------------------------------------------------------------

  setMode(mode: Mode): void {
    if (mode === this.#mode) return;
    this.#mode = mode;
    this.#changed();
  }

  setTag(tag: Tag): void {
    if (tag === this.#tag) return;
    this.#tag = tag;
    this.#changed();
  }

  setValue(tag: Tag, key: string, raw: Raw): void {
    this.#values = { ...this.#values, [tag]: { ...this.#values[tag], [key]: raw } };
    this.#changed();
  }

  /** Sets several values of one element at once (a date picker writes a window and its zone). */
  setValues(tag: Tag, values: Record<string, Raw>): void {
    this.#values = { ...this.#values, [tag]: { ...this.#values[tag], ...values } };
    this.#changed();
  }

  setDraft(section: DraftSection, key: string, raw: Raw): void {
    this.setDraftValues(section, { [key]: raw });
  }

  /** Sets several keys of one part of the file at once. */
  setDraftValues(section: DraftSection, values: Record<string, Raw>): void {
    const draft = { ...this.#draft, sections: { ...this.#draft.sections } };
    if (section === 'top') draft.top = { ...draft.top, ...values };
    else draft.sections[section] = { ...draft.sections[section], ...values };
    this.#draft = draft;
    this.#changed();
  }

  /** Sets one language's entry of a setting that may be given per language. */
  setDraftIn(section: keyof Draft['sections'], key: string, lang: string, value: string): void {
    this.setDraft(section, key, withValue(this.#draft.sections[section][key], lang, value, this.#draft.languages));
  }

  /** Replaces a list of supporters. */
  setRows(which: RowList, rows: Row[]): void {
    if (which === 'wall') this.#wallRows = rows;
    else this.#draft = { ...this.#draft, supporters: rows };
    this.#changed();
  }

  /** What the builder read from a wall's `src` (its full address): the list, or null when it could not. */
  setWallList(src: string, list: readonly unknown[] | null): void {
    this.#wallLists = new Map(this.#wallLists).set(src, list);
    this.#changed();
  }

  setOnPage(tag: Tag, on: boolean): void {
    this.#onPage = { ...this.#onPage, [tag]: on };
    this.#changed();
  }

  setScriptSrc(typed: string): void {
    this.#scriptSrc = typed;
    this.#changed();
  }

  setPageSrc(typed: string): void {
    this.#pageSrc = typed;
    this.#changed();
  }

  setCampaignHref(typed: string): void {
    this.#campaignHref = typed;
    this.#changed();
  }

  /** Keeps what is typed in a day or time box; undefined forgets it (it was read into its setting). */
  setTyped(id: string, typed: Typed | undefined): void {
    const next = new Map(this.#typed);
    if (typed) next.set(id, typed);
    else if (!next.delete(id)) return;
    this.#typed = next;
    this.#changed();
  }

  setPreviewLanguage(lang: string): void {
    this.#previewLang = lang;
    this.#changed();
  }

  /** The pins given on the page (the builder's attributes): they win over the build's files. */
  setGivenPins(pins: Pins): void {
    if (pins.version === this.#given.version && pins.integrity === this.#given.integrity) return;
    this.#given = { version: pins.version, integrity: pins.integrity };
    this.#changed();
  }

  /** The pins read from dist/sri.json or package.json. */
  setFoundPins(pins: Pins): void {
    this.#found = pins;
    this.#pinsLoaded = true;
    this.#changed();
  }

  setDescriptions(descriptions: Descriptions): void {
    this.#descriptions = descriptions;
    this.#changed();
  }

  /** Marks a logo address as failing to load (or loading again), with its shape (width / height) once loaded. */
  markLogo(src: string, failed: boolean, ratio?: number): void {
    if (ratio && Number.isFinite(ratio) && this.#logoRatios.get(src) !== ratio) {
      this.#logoRatios = new Map(this.#logoRatios).set(src, ratio);
      if (this.#failedLogos.has(src) === failed) return this.#changed();
    }
    if (this.#failedLogos.has(src) === failed) return;
    const next = new Set(this.#failedLogos);
    if (failed) next.add(src);
    else next.delete(src);
    this.#failedLogos = next;
    this.#changed();
  }

  /**
   * The outcome of adding a list of supporters: a refusal or what was added, never both. It is
   * said inside "Add many at once", which stays open to show it.
   */
  setBulkResult(which: RowList, result: BulkResult): void {
    this.#bulkResults = { ...this.#bulkResults, [which]: result };
    this.#bulkOpen = { ...this.#bulkOpen, [which]: true };
    this.#changed();
  }

  /** Opens or closes "Add many at once" under a list, as the officer did. */
  setBulkOpen(which: RowList, open: boolean): void {
    if (this.bulkOpen(which) === open) return;
    this.#bulkOpen = { ...this.#bulkOpen, [which]: open };
    this.#changed();
  }

  touch(...ids: string[]): void {
    const fresh = ids.filter((id) => !this.#touched.has(id));
    if (!fresh.length) return;
    this.#touched = new Set([...this.#touched, ...fresh]);
    this.#changed();
  }

  /** Shows every problem of the file at once: after loading it, or when asked to check it. */
  touchCampaign(): void {
    const { languages } = this.#draft;
    const each = (id: string) => languages.map((lang) => languageId(id, lang, languages));
    const ids = ['id', 'partner'].map((k) => controlId('top', k));
    for (const { section, fields } of SECTIONS) {
      for (const [key, field] of Object.entries(fields))
        ids.push(...(perLanguageField(key, field) ? each(controlId(section, key)) : [controlId(section, key)]));
    }
    ids.push(...this.#draft.supporters.flatMap((r) => each(`s-${r.id}-name`)), ...checkCampaign(this.#draft).map((p) => p.target));
    this.touch(...ids);
  }

  /**
   * Loads a campaign file's text into the editor, every problem shown at once; the reason (also
   * kept as `loadError`) when it is not one.
   */
  loadFile(text: string): { error: string } | { problems: number } {
    const result = parseCampaign(text);
    if ('error' in result) {
      this.#loadError = result.error;
      this.#changed();
      return result;
    }
    this.#loadError = '';
    this.#languageError = '';
    this.#draft = result.draft;
    this.touchCampaign();
    this.#changed();
    return { problems: checkCampaign(result.draft).length };
  }

  /**
   * Adds a language to the file (typed as a tag, or the name of one of the elements' languages):
   * every text and link gets a box for it. The reason (also kept as `languageError`) when refused.
   */
  addLanguage(typed: string): { tag: string } | { error: string } {
    const read = readLanguage(typed, this.#draft.languages);
    if ('error' in read) {
      this.#languageError = read.error;
    } else {
      this.#languageError = '';
      this.#draft = { ...this.#draft, languages: [...this.#draft.languages, read.tag] };
    }
    this.#changed();
    return read;
  }

  /**
   * Removes a language and its entries; the last language stays. How many settings lost an entry,
   * or undefined when nothing was removed.
   */
  removeLanguage(lang: string): number | undefined {
    const { languages } = this.#draft;
    if (languages.length < 2 || !languages.includes(lang)) return undefined;
    const drop = (raw: Raw) => withoutLanguage(raw, lang, languages);
    let removed = 0;
    const count = (before: Raw, after: Raw) => {
      if (JSON.stringify(before) !== JSON.stringify(after) && !isBlank(before)) removed++;
      return after;
    };
    const sections = { ...this.#draft.sections };
    for (const { section, fields } of SECTIONS) {
      const values = { ...sections[section] };
      for (const [key, field] of Object.entries(fields)) {
        if (perLanguageField(key, field) && key in values) values[key] = count(values[key], drop(values[key]));
      }
      sections[section] = values;
    }
    const supporters = this.#draft.supporters.map((row) => {
      const name = cell(row, 'name');
      const after = count(name, drop(name));
      return after === name ? row : withCell(row, 'name', after);
    });
    this.#draft = { ...this.#draft, sections, supporters, languages: languages.filter((l) => l !== lang) };
    this.#changed();
    return removed;
  }
}
