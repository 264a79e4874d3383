import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scriptCampaignUrl, type CampaignFile, type CampaignSection } from './campaign.js';
import { errorText, reportError } from './errors.js';
import { safeUrl } from './url.js';

type Host = ReactiveControllerHost & HTMLElement & { campaign?: string };

/**
 * The campaign file an element reads: its own `campaign`, else the script's `data-campaign`;
 * `campaign="none"` for none. Loaded once per page however many elements name it; the element's
 * section is checked once, when the file arrives, not on every render.
 */
export class CampaignController implements ReactiveController {
  /** The checked file, once it has arrived. */
  file?: CampaignFile;
  /** False while a campaign file is on its way: its values are not known yet. */
  settled = true;
  #href?: string | null = null;
  /**
   * True a second after the file was asked for, while it has not come: a widget that waits for
   * its values (rather than showing defaults that then change) draws without them from then on.
   */
  late = false;
  #patience?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: Host,
    /** The section this element reads, and its settings' keys, to name misspelt ones. */
    readonly section: CampaignSection | undefined,
    private readonly keys: string[],
  ) {
    host.addController(this);
  }

  /**
   * The file's own address: relative URLs inside it are relative to it. Resolved once per
   * address: every read of the element's settings asks for it, several times a render.
   */
  get url(): string | undefined {
    return this.#url;
  }
  #url?: string;

  /** This element's section of the file. */
  get values(): Record<string, unknown> | undefined {
    return this.section ? (this.file?.[this.section] as Record<string, unknown> | undefined) : undefined;
  }

  hostConnected(): void {
    this.hostUpdate();
  }

  hostUpdate(): void {
    const own = this.host.campaign?.trim();
    // `campaign="none"`: a partner's own element, untouched by the page's campaign file.
    const href = own?.toLowerCase() === 'none' ? undefined : own || scriptCampaignUrl();
    if (href === this.#href) return;
    this.#href = href;
    this.#url = href ? safeUrl(href) : undefined;
    this.file = undefined;
    this.settled = !href;
    this.late = false;
    clearTimeout(this.#patience);
    if (!href) return;
    this.#patience = setTimeout(() => {
      this.late = true;
      this.host.requestUpdate();
    }, 1000);
    this.#load(href);
  }

  async #load(href: string): Promise<void> {
    try {
      // A rare part: a page that names no campaign file never downloads the code that reads one.
      const { loadSection } = await import('./campaign-file.js');
      const result = await loadSection(href, this.section, this.keys);
      if (this.#href !== href) return;
      for (const problem of result.problems) reportError(this.host, problem.source, problem.message);
      this.file = result.file;
    } catch (e) {
      if (this.#href !== href) return;
      reportError(this.host, { attribute: 'campaign' }, errorText(e));
    }
    this.settled = true;
    clearTimeout(this.#patience);
    this.host.requestUpdate();
  }
}
