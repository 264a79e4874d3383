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
  /* A bar's message and its "Read more", on one line while folded (as a feed's "…more"). */
  .fold-row {
    display: flex;
    align-items: flex-end;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .fold-row [part='message'] {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
  }
  /* Open, the message has the bar's whole width, and "Show less" comes after it. */
  .box:not(.folded) .fold-row {
    display: block;
  }
  [part='more'] {
    flex: none;
    min-block-size: 1.5em;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-decoration: underline;
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
  .top,
  .bottom {
    position: fixed;
    inset-inline: 0;
    z-index: 2147483647;
    max-height: 50vh;
    overflow: auto;
    border-radius: 0;
    outline: 1px solid var(--_border);
    animation: in 0.3s;
  }
  .top {
    top: 0;
  }
  .bottom {
    bottom: 0;
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
  /* On a phone a bar covers at most a quarter of the screen; more of it scrolls. Its headline is
     smaller and its message folds to one line (fading where it is cut), with "Read more" beside
     the call to action: in a long language the call to action would otherwise be below the fold. */
  @media (max-width: 40em) {
    .top,
    .bottom {
      max-height: 25vh;
    }
    .top h2,
    .bottom h2 {
      font-size: 1.1em;
      line-height: 1.25;
    }
    .folded .bar-message {
      max-block-size: 1.5em;
      overflow: hidden;
    }
    .cut .bar-message {
      -webkit-mask-image: linear-gradient(to right, #000 75%, transparent);
      mask-image: linear-gradient(to right, #000 75%, transparent);
    }
    .cut[dir='rtl'] .bar-message {
      -webkit-mask-image: linear-gradient(to left, #000 75%, transparent);
      mask-image: linear-gradient(to left, #000 75%, transparent);
    }
  }
  /* The blackout: the whole window, opaque and dark in either scheme, so the page's own words
     never show through; one calm column (GOV.UK's measure, about 38em), start-aligned, centred
     in the window while short, scrolling from its top when long. */
  dialog {
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: auto;
    background: var(--coalition-backdrop, #0b0c0c);
    color: var(--_text);
    animation: in 0.3s;
    color-scheme: dark;
    --_text: #ffffff;
    --_muted: #c0c6ce;
    --_border: #6f777f;
    --_accent: var(--coalition-accent-dark, #a8c7fa);
    --_accent-text: var(--coalition-accent-text-dark, #062e6f);
    /* A partner's focus colour is chosen for their light page; on black it may vanish. */
    --_focus: #ffdd00;
  }
  dialog[open] {
    display: flex;
  }
  ::backdrop {
    background: var(--coalition-backdrop, #0b0c0c);
  }
  dialog .box {
    inline-size: 100%;
    max-inline-size: 44em;
    margin: auto;
    padding: clamp(1.5em, 6vw, 4em) clamp(1.25em, 6vw, 3em);
    background: none;
    border-radius: 0;
    font-size: 1.125em;
    line-height: 1.55;
  }
  dialog .box > * {
    max-inline-size: 38em;
  }
  /* The box takes focus only so a screen reader starts at the top; it is no control to ring. */
  dialog .box:focus {
    outline: none;
  }
  .exit-row {
    display: flex;
    justify-content: flex-end;
    margin-block-end: clamp(1.5em, 5vw, 3em);
  }
  .top .exit-row,
  .bottom .exit-row {
    margin-block-end: 0.5em;
  }
  dialog h2 {
    margin: 0 0 0.6em;
    font-size: clamp(1.875em, 1.3em + 3.2vw, 3.25em);
    line-height: 1.1;
    font-weight: 700;
    text-wrap: balance;
  }
  dialog [part='message'],
  dialog [part='warning'] {
    margin-block-end: 1.5em;
  }
  dialog .controls {
    gap: 1em 1.75em;
    margin-block-start: 2em;
  }
  dialog [part='cta'],
  dialog [part='show'] {
    padding: 0.6em 1.4em;
    font-weight: 700;
  }
  .continue {
    display: block;
    margin-block-start: 3em;
    padding: 0.55em 1.2em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font-weight: 600;
  }
  .continue:hover {
    border-color: currentColor;
  }
  @keyframes in {
    from {
      opacity: 0;
    }
  }
`;
