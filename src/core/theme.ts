import { css, unsafeCSS } from 'lit';

/**
 * The shared box and colour tokens. Colours come from `--coalition-*` custom properties so a
 * partner can match their brand; the fallbacks meet WCAG AA contrast in light and dark.
 * `theme="auto"` (or none) follows the visitor's `prefers-color-scheme`.
 */
// A brand colour chosen for a light page rarely reads on a dark one (a blue link at 2:1), so the
// dark scheme has its own pair, never the light pair with the default text on it.
// A declaration list, not a rule: the template minifier reads whole style sheets, so it is kept
// as plain text (already minimal) and placed into both rules that need it.
const darkTokens = unsafeCSS(
  [
    '--_accent:var(--coalition-accent-dark,#a8c7fa)',
    '--_accent-text:var(--coalition-accent-text-dark,#062e6f)',
    '--_surface:var(--coalition-surface,#1e2227)',
    '--_text:var(--coalition-text,#eef1f4)',
    '--_muted:var(--coalition-muted,#c0c6ce)',
    '--_border:var(--coalition-border,#5b626b)',
    '--_focus:var(--coalition-focus,#a8c7fa)',
    'color-scheme:dark',
  ].join(';'),
);

export const themeStyles = css`
  :host {
    --_accent: var(--coalition-accent, #0b57d0);
    --_accent-text: var(--coalition-accent-text, #ffffff);
    --_surface: var(--coalition-surface, #f5f7fa);
    --_text: var(--coalition-text, #1a1c1e);
    --_muted: var(--coalition-muted, #4a5058);
    --_border: var(--coalition-border, #c4c9d0);
    --_radius: var(--coalition-radius, 0.5rem);
    --_focus: var(--coalition-focus, #0b57d0);
    display: block;
    box-sizing: border-box;
    font-family: var(--coalition-font, inherit);
    color: var(--_text);
    color-scheme: light;
    /* The page's font and size carry in; its centring, capitals and spacing would reach some
       parts of a widget (text) and not others (buttons), so they stop at the widget. */
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    white-space: normal;
    /* Widgets placed one after another keep apart rather than merging into one slab; a page
       overrides it with its own rule (share-bar { margin-block: 0 }), which wins over this. */
    margin-block: var(--coalition-gap, 1em);
    /* A 10,000-character name or a feed's absurd number wraps inside the widget's box rather
       than widening the partner's page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* No gap around nothing (see base.ts, showsNothing): not before the element first shows
     something (a full-page banner waiting for its campaign file would move the page down and
     back), nor once it shows nothing in the page's flow. A page's own margin still wins. */
  :host(:not(:state(shown))) {
    margin-block: 0;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
