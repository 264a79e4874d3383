import { LitElement, type PropertyDeclarations } from 'lit';
import { CampaignController } from './campaign-controller.js';
import type { CampaignSection } from './campaign.js';
import { ConfigController } from './config.js';
import { reportError, errorText, type Source } from './errors.js';
import { emit, type CoalitionEventMap } from './events.js';
import type { Fields } from './fields.js';
import { LanguageController } from './language.js';
import { nextTask } from './tasks.js';

/**
 * What every coalition element must have: its settings (read through controllers: language,
 * campaign file, configuration), one way to report and one to emit, and a guard so that nothing
 * we do ever throws into the host page. Subclasses declare `static fields` and `static section`.
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
 * @fires {CustomEvent<{element: string, attribute: string, message: string, source: object}>} coalition-error - A bad attribute, campaign-file value or remote response; the element falls back
 */
export abstract class CoalitionElement<F extends Fields = Fields> extends LitElement {
  /** Marks our classes so `define()` can tell a second copy of us from a foreign element. */
  static coalitionEmbed = true;
  /** The element's settings (its `fields.ts`). */
  static fields: Fields = {};
  /** Which section of the campaign file the element reads, if any. */
  static section?: CampaignSection;

  // Declared here rather than with decorators: the same for Lit, without a helper in the bundle.
  static override properties: PropertyDeclarations = {
    campaign: {},
    theme: { reflect: true },
    partner: {},
    // Observed so that a page switching language or direction re-renders the element's words.
    lang: { reflect: true },
    dir: { reflect: true },
  };

  declare campaign?: string;
  declare theme?: string;
  declare partner?: string;

  protected readonly language = new LanguageController(this);
  protected readonly campaignFile: CampaignController;
  protected readonly settings: ConfigController<F>;

  constructor() {
    super();
    const { fields, section } = this.constructor as typeof CoalitionElement;
    this.campaignFile = new CampaignController(this, section, Object.keys(fields));
    this.settings = new ConfigController(this, fields as F, this.campaignFile);
  }

  /** The merged settings: own attributes, then the campaign file, then defaults. */
  protected get config() {
    return this.settings.config;
  }

  protected report(source: Source | string, message: string): void {
    reportError(this, source, message);
  }

  protected emit<K extends keyof CoalitionEventMap>(name: K, detail: CoalitionEventMap[K]['detail']): boolean {
    try {
      return emit(this, name, detail);
    } catch (e) {
      reportError(this, name, `a listener threw: ${errorText(e)}`);
      return true;
    }
  }

  #firstRender?: Promise<void>;

  /**
   * The first render comes in a task of its own, so a page of widgets never renders them all in
   * one long task.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await (this.#firstRender ??= nextTask());
    super.scheduleUpdate();
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
