import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { loadCampaign, scriptCampaignUrl, type CampaignFile, type CampaignSection } from './campaign.js';
import { reportError, errorText } from './errors.js';
import { emit, type CoalitionEventMap } from './events.js';
import { kebab, resolveConfig, type ConfigOf, type Fields } from './fields.js';
import { resolveDir, resolveLang } from './i18n.js';
import { misspeltAttribute, nearMiss } from './near-miss.js';
import { forgetAll } from './storage.js';
import { safeUrl, withAttribution } from './url.js';

const THEMES = ['light', 'dark', 'auto'];

let resetApplied = false;
function applyResetParam(): void {
  if (resetApplied) return;
  resetApplied = true;
  try {
    if (new URLSearchParams(location.search).has('coalition-reset')) forgetAll();
  } catch {
    /* no location: nothing to reset */
  }
}

/** Our elements in the page, told when any `lang` or `dir` changes (a language menu, an SPA). */
const connected = new Set<CoalitionElement<Fields>>();
let languageWatch: MutationObserver | undefined;
function watchLanguage(el: CoalitionElement<Fields>): void {
  connected.add(el);
  if (languageWatch) return;
  languageWatch = new MutationObserver(() => connected.forEach((e) => e.followLanguage()));
  languageWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * What every coalition element shares: the campaign file, attribute validation with one error
 * path, language and direction, partner attribution, and a guard so that nothing we do ever
 * throws into the host page. Subclasses declare `fields` and read the merged `config`.
 *
 * @cssprop --coalition-accent - Buttons, links and bars in the light scheme (default #0b57d0)
 * @cssprop --coalition-accent-text - Text on the accent colour
 * @cssprop --coalition-accent-dark - The accent in the dark scheme (default #a8c7fa); --coalition-accent applies to the light scheme only
 * @cssprop --coalition-accent-text-dark - Text on the dark scheme's accent (default #062e6f)
 * @cssprop --coalition-surface - Background of the widget
 * @cssprop --coalition-text - Main text colour
 * @cssprop --coalition-muted - Secondary text colour
 * @cssprop --coalition-border - Borders and tracks
 * @cssprop --coalition-radius - Corner radius (default 0.5rem)
 * @cssprop --coalition-font - Font family (default: inherited from the host page)
 * @cssprop --coalition-focus - Focus ring colour
 * @fires {CustomEvent<{element: string, attribute: string, message: string}>} coalition-error - A bad attribute, campaign-file value or remote response; the element falls back
 */
export abstract class CoalitionElement<F extends Fields> extends LitElement {
  /** Marks our classes so `define()` can tell a second copy of us from a foreign element. */
  static coalitionEmbed = true;

  // Declared here rather than with decorators: the same for Lit, without a helper in the bundle.
  static override properties: PropertyDeclarations = {
    campaign: {},
    theme: { reflect: true },
    partner: {},
    // Observed so that a page switching language or direction (a single-page app, a CMS
    // language menu) re-renders the element's own words at once.
    lang: { reflect: true },
    dir: { reflect: true },
    _campaignFile: { state: true, attribute: false },
    campaignSettled: { state: true, attribute: false },
  };

  /** URL of a campaign file for this element; beats the script's `data-campaign`; `none` for no file. */
  declare campaign?: string;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  declare theme?: string;

  /** The partner's short name, added to the campaign's outgoing links as `utm_source`. */
  declare partner?: string;

  protected _campaignFile?: CampaignFile;
  /** False while a campaign file is on its way: its values are not known yet. */
  protected campaignSettled = true;

  /** The element's settings: its own attributes over its campaign-file section over defaults. */
  protected config!: ConfigOf<F>;
  protected resolvedLang = 'en';
  protected resolvedDir: 'ltr' | 'rtl' = 'ltr';
  /** Settings that were given but refused (reported), as opposed to never given. */
  protected rejected = new Set<string>();

  protected abstract readonly fields: F;
  /** Which section of the campaign file this element reads, if any. */
  protected readonly section?: CampaignSection;
  private loadedCampaign?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    applyResetParam();
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * Some `lang` or `dir` in the page changed: only an element whose own words or direction change
   * renders again (editors and bidi scripts flip `dir` on inputs as people type).
   * @internal
   */
  followLanguage(): void {
    const lang = resolveLang(this);
    if (lang != this.resolvedLang || resolveDir(this, lang) != this.resolvedDir) this.requestUpdate();
  }

  /** The element's own values for each field, read from its properties. */
  protected ownValues(): Partial<Record<keyof F, unknown>> {
    const own: Partial<Record<keyof F, unknown>> = {};
    for (const key of Object.keys(this.fields) as Array<keyof F>) own[key] = (this as Record<keyof F, unknown>)[key];
    return own;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated) {
      const known = (this.constructor as typeof LitElement).observedAttributes;
      for (const { name } of this.attributes) {
        const meant = misspeltAttribute(name, known);
        if (meant) reportError(this, name, `is not an attribute of this element; did you mean ${meant}?`);
      }
    }
    this.loadCampaignFile();
    if (changed.has('theme') && this.theme && !THEMES.includes(this.theme)) {
      reportError(this, 'theme', `"${this.theme}" is not one of light, dark, auto; using auto`);
    }
    this.resolvedLang = resolveLang(this);
    this.resolvedDir = resolveDir(this, this.resolvedLang);
    const section = this.section ? (this._campaignFile?.[this.section] as Record<string, unknown> | undefined) : undefined;
    this.rejected = new Set();
    this.config = resolveConfig(this, this.fields, this.ownValues(), section, this.section ?? '', this.rejected, this.campaignFileUrl);
  }

  private loadCampaignFile(): void {
    // `campaign="none"`: a partner's own element, untouched by the page's campaign file.
    const href = this.campaign?.trim().toLowerCase() == 'none' ? undefined : this.campaign || scriptCampaignUrl();
    if (href === this.loadedCampaign) return;
    this.loadedCampaign = href;
    this._campaignFile = undefined;
    this.campaignSettled = !href;
    if (!href) return;
    loadCampaign(href).then(
      (result) => {
        if (this.loadedCampaign !== href) return;
        for (const problem of result.problems) reportError(this, problem.key, problem.message);
        // Once per file, not per render (a counter renders every animation frame). Unknown keys
        // are left alone (a newer file read by an older pinned script); near misses of ours are
        // named, or a misspelt setting would do nothing on every partner's page.
        const section = this.section ? result.file?.[this.section] : undefined;
        for (const key of Object.keys(section ?? {})) {
          const meant = key in this.fields ? undefined : nearMiss(key, Object.keys(this.fields));
          if (meant) reportError(this, `campaign file "${this.section}.${key}"`, `is not a setting; did you mean ${meant}?`);
        }
        this._campaignFile = result.file;
        this.campaignSettled = true;
      },
      (e) => {
        if (this.loadedCampaign !== href) return;
        reportError(this, 'campaign', errorText(e));
        this.campaignSettled = true;
      },
    );
  }

  /** The campaign file's own address: relative URLs inside it are relative to it. */
  protected get campaignFileUrl(): string | undefined {
    return this.loadedCampaign ? safeUrl(this.loadedCampaign) : undefined;
  }

  /** The campaign's id, for attribution and for namespacing what we remember. */
  protected get campaignFileId(): string | undefined {
    return this._campaignFile?.id;
  }

  /** Adds the partner's attribution to one of the campaign's own links. */
  protected attributed(href: string): string {
    // A banner's own campaign-id names the campaign as well as its file's id does.
    const campaignId = (this.config as { campaignId?: string }).campaignId ?? this.campaignFileId;
    return withAttribution(href, this.partner?.trim() || this._campaignFile?.partner, campaignId);
  }

  /**
   * How a report names one of this element's settings: its attribute when the element has it,
   * else its campaign-file key, so a campaign team can tell a mistake in the file from one on a
   * partner's page.
   */
  protected settingName(key: keyof F & string): string {
    const own = this.ownValues()[key];
    return typeof own == 'string' && own.trim() ? kebab(key) : `campaign file "${this.section}.${key}"`;
  }

  protected report(attribute: string, message: string): void {
    reportError(this, attribute, message);
  }

  protected emit<K extends keyof CoalitionEventMap>(name: K, detail: CoalitionEventMap[K]['detail']): boolean {
    try {
      return emit(this, name, detail);
    } catch (e) {
      reportError(this, name, `a listener threw: ${errorText(e)}`);
      return true;
    }
  }

  /**
   * Lit rethrows render errors into the page's error handlers; a partner's page must never see
   * ours. The previous rendering stays, and the problem is reported like any other.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (e) {
      reportError(this, 'render', errorText(e));
    }
  }
}
