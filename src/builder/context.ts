import type { PreviewController } from './preview-controller.js';
import type { BuilderState } from './state.js';
import type { StatusController } from './status.js';

/**
 * What a view of the builder is given: the state to read and change (through its methods), the
 * previews' reports, the status lines, and the rendered form to find and focus its controls in.
 * Not the builder element itself: no view writes another's fields.
 */
export interface BuilderContext {
  readonly state: BuilderState;
  readonly previews: PreviewController;
  readonly status: StatusController;
  /** The builder's shadow root. */
  readonly root: ParentNode & Node;
  /** Resolves once the builder has rendered the latest change. */
  rendered(): Promise<unknown>;
  /** The iframe preview, which follows the form once the person pauses: its address and last reported height. */
  readonly frame: { readonly src: string; readonly height?: number };
  /** The full address of this build's iframe page (dist/embed.html), where the timeline's preview links open the banner. */
  readonly previewPage: string;
}
