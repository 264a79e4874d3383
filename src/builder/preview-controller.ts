import type { Source } from '../core/errors.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { aboutDraftOrigin, planMarkup, renderPreview, type PreviewError, type PreviewPlan } from './preview.js';

/** What the host knows about its previews: which to show, and where a report belongs in its form. */
export interface PreviewSource {
  /** The previews to show now, by the name on their container (`data-preview`). */
  plans(): Record<string, PreviewPlan>;
  /** The form control a preview's report is about; undefined keeps the report under the preview. */
  controlFor(preview: string, source: Source): string | undefined;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Keeps the previews: renders each plan with the real element into its `[data-preview]` container,
 * rebuilds it when its markup changes, notices when it shows nothing, and files what each element
 * reports under the form control it is about, or else under the preview.
 */
export class PreviewController implements ReactiveController {
  /** The plans of the current render, by preview. */
  plans: Record<string, PreviewPlan> = {};
  /** Reports of the preview elements by the form control they are about, and the rest by preview. */
  byControl = new Map<string, string[]>();
  /** Each placed message's attribute or file key, as the element named it. */
  where = new Map<string, string>();
  unplaced: Record<string, PreviewError[]> = {};
  /** Previews whose element takes no room with these settings. */
  empty: Record<string, boolean> = {};
  #reported: Record<string, PreviewError[]> = {};
  #shown: Record<string, { container: HTMLElement; markup: string }> = {};
  #stops: Record<string, () => void> = {};
  #timer?: ReturnType<typeof setTimeout>;
  readonly #resize = new ResizeObserver(() => this.#measure());

  constructor(
    private readonly host: Host,
    private readonly source: PreviewSource,
  ) {
    host.addController(this);
  }

  /** Before each render: the plans for it, and the reports of the previews still showing them. */
  hostUpdate(): void {
    const plans = (this.plans = this.source.plans());
    this.byControl = new Map();
    this.where = new Map();
    this.unplaced = {};
    for (const [name, errors] of Object.entries(this.#reported)) {
      // A preview waiting to be rebuilt speaks for settings that have changed since.
      if (!plans[name] || this.#shown[name]?.markup !== planMarkup(plans[name])) continue;
      for (const error of errors) {
        // A relative logo read against the draft's made-up address: not a problem yet (the form says
        // these are checked once the file's address is given).
        if (aboutDraftOrigin(error)) continue;
        const target = this.source.controlFor(name, error.source);
        const messages = target && (this.byControl.get(target) ?? []);
        if (!messages) (this.unplaced[name] ??= []).push(error);
        else if (!messages.includes(error.message)) {
          // Each element reading the file reports its top-level problems: one line is enough.
          this.byControl.set(target, [...messages, error.message]);
          this.where.set(error.message, error.attribute);
        }
      }
    }
  }

  hostUpdated(): void {
    const stale = this.#stale();
    if (!stale.length) return;
    clearTimeout(this.#timer);
    // A new container is filled at once; typing rebuilds the element once the person pauses, not
    // on every key (a counter would fetch its source each time).
    if (stale.some(([name, container]) => this.#shown[name]?.container !== container)) this.#renderAll();
    else this.#timer = setTimeout(() => this.#renderAll(), 250);
  }

  hostConnected(): void {
    // Back in the page after a move: the previews were let go on the way out; build them again.
    if (Object.keys(this.plans).length) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    clearTimeout(this.#timer);
    Object.values(this.#stops).forEach((stop) => stop());
    this.#stops = {};
    this.#shown = {};
  }

  reportedFor(id: string): string[] {
    return this.byControl.get(id) ?? [];
  }

  /** The element a preview shows. */
  element(name: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`[data-preview="${name}"] > *`);
  }

  /** Previews whose container is new (first render, another mode) or whose markup changed. */
  #stale(): Array<[string, HTMLElement, string]> {
    const stale: Array<[string, HTMLElement, string]> = [];
    for (const [name, plan] of Object.entries(this.plans)) {
      const container = this.host.renderRoot.querySelector<HTMLElement>(`[data-preview="${name}"]`);
      const markup = planMarkup(plan);
      const shown = this.#shown[name];
      if (container && (shown?.container !== container || shown.markup !== markup)) stale.push([name, container, markup]);
    }
    return stale;
  }

  #renderAll(): void {
    for (const [name, container, markup] of this.#stale()) {
      this.#shown[name] = { container, markup };
      this.#stops[name]?.();
      this.#stops[name] = renderPreview(container, markup, (errors) => {
        this.#reported = { ...this.#reported, [name]: errors };
        this.host.requestUpdate();
      });
    }
    this.#resize.disconnect();
    for (const container of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-preview]')) {
      if (container.firstElementChild) this.#resize.observe(container.firstElementChild);
    }
  }

  #measure(): void {
    const empty: Record<string, boolean> = {};
    for (const container of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-preview]')) {
      const element = container.firstElementChild;
      empty[container.dataset.preview!] = !element || element.getBoundingClientRect().height < 1;
    }
    if (JSON.stringify(empty) === JSON.stringify(this.empty)) return;
    this.empty = empty;
    this.host.requestUpdate();
  }
}
