import { choice, text, url } from '../core/fields.js';

/** An everyday site that gives nothing away to someone looking over the visitor's shoulder. */
export const DEFAULT_EXIT_HREF = 'https://www.bbc.co.uk/weather';

/**
 * Every setting of `<quick-exit>`: attributes in kebab-case, campaign-file `quickExit` keys as
 * written here. The comment above each key is its description in the README, the builder and
 * the schema.
 */
export const quickExitFields = {
  /** Where the button and the Shift shortcut take the visitor: an everyday `https:` site that gives nothing away; anything but `https:` or `http:` is refused and the default used */
  href: { ...url(), default: DEFAULT_EXIT_HREF },
  /** The button's words (default "Exit this page", localised) */
  label: text(),
  /** `sticky` (stays at the top of the window while the page scrolls, at the inline end) or `inline` (stays where it is placed) */
  position: choice(['sticky', 'inline'] as const, 'sticky'),
};
