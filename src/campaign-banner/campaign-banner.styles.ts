import { css } from 'lit';

/*
 * Written one rule per line: template text is shipped as written (the size report counts every
 * space). Fixed bars are out of the page's flow, so appearing or going away at a schedule boundary
 * never moves the partner's content (no layout shift); they always have a close button and are
 * capped at half the viewport, so they never cover the page for good.
 * Sizes are in em, not rem: many partner themes set `html{font-size:62.5%}` with a larger body
 * text, and the banner should follow the text it sits in. Where a rule sets its own font-size,
 * its lengths are divided by it (the close button: 1.834em of 1.5em is 44px at 16px).
 *
 * The support link is a link to the eye: underlined, in a shade of the accent with 3:1 against
 * the text around it as well as 4.5:1 against the background (WCAG 1.4.1 and 1.4.3). The theme's
 * accents are button colours and miss the first (#0b57d0 on #1a1c1e text is 2.68:1, #a8c7fa
 * beside #eef1f4 text 1.52:1), so the link's own defaults, by the WCAG formula:
 *   light #1a66d9: 3.21:1 against the text #1a1c1e, 4.96:1 on the surface #f5f7fa (5.32:1 on white);
 *   dark  #4c8ae2: 3.07:1 against the text #eef1f4, 4.60:1 on the surface #1e2227;
 *                  in the blackout 3.48:1 against its #ffffff text, 5.63:1 on #0b0c0c.
 * tests/campaign-banner.test.ts measures the same pairs as painted. A partner's own accent is
 * used as given (`light-dark()` picks the scheme's).
 */
export const bannerStyles = css`
  /* Written as a bar or an overlay, the banner is never in the page's flow: it keeps no gap, also
     before its campaign file has said whether it shows (the gap would move the page, then go).
     theme.ts's :state(shown) rule does this for every widget; this one holds where the browser has
     no custom states (Safari before 17.4), where that rule is dropped. */
  :host([mode='overlay']),
  :host([mode='top']),
  :host([mode='bottom']) {
    margin-block: 0;
  }
  .box {
    position: relative;
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
    padding: 1em 1.25em;
    line-height: 1.5;
  }
  /* The paste snippet makes an inline box at least as tall as the space it keeps, which may be
     more than its words take (a page font that wraps a line fewer): they sit in its middle. */
  .inline {
    align-content: center;
  }
  .box:has(.close) {
    padding-inline-end: 3.5em;
  }
  /* Inline, only the lines beside the close button make way for it (a float as tall as the
     button): on a phone the warning and the links below it keep the box's whole width. */
  .inline.live:has(.close) {
    padding-inline-end: 1.25em;
  }
  .inline.live:has(.close)::before {
    content: '';
    float: right;
    inline-size: 2em;
    block-size: 2em;
  }
  .inline.live[dir='rtl']:has(.close)::before {
    float: left;
  }
  h2 {
    margin: 0 0 0.4em;
    font-size: 1.25em;
  }
  p,
  [part='message'] {
    margin: 0 0 0.75em;
  }
  a,
  button {
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .controls:empty {
    display: none;
  }
  [part='cta'],
  [part='show'] {
    display: inline-block;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
  }
  [part='show'] {
    background: none;
    color: inherit;
  }
  [part='support'] {
    display: inline-block;
    margin-block: 0.5em;
    line-height: 1.5em;
    color: var(--_accent);
    color: light-dark(var(--coalition-accent, #1a66d9), var(--coalition-accent-dark, #4c8ae2));
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  [part='support']:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  .close {
    position: absolute;
    top: 0.167em;
    inset-inline-end: 0.167em;
    width: 1.834em;
    height: 1.834em;
    border: 0;
    background: none;
    font-size: 1.5em;
  }
  .box:not(.live) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.5em;
  }
  /* The words keep a row of their own where the controls would squeeze them (a phone, Welsh's
     longer words): below about 16em they wrap, and the controls go under them. */
  .box:not(.live) p {
    margin: 0;
    flex: 1 1 16em;
  }
`;
