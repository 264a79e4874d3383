import { css } from 'lit';

export { FoldController } from './fold.js';
export { setBarRoom } from './page-room.js';
export { lockScroll } from './scroll-lock.js';

/*
 * A banner out of the page's flow, a fixed top or bottom bar or the blackout (`mode`), in a file
 * of its own: its styles and the code that folds a bar's message, makes room for the bar and locks
 * the page behind the blackout. Most banners are inline and never fetch it. Its styles come after
 * the banner's own (campaign-banner.styles.ts, whose notes on sizes and colours hold here too).
 */
export const fixedStyles = css`
  /* A bar's message and its "Read more", on one line while folded (as a feed's "…more"). */
  .fold-row {
    display: flex;
    align-items: flex-end;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .bar-message {
    flex: 1;
    min-inline-size: 0;
  }
  .bar-message > :last-child {
    margin-block-end: 0;
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
  .exit-row {
    display: flex;
    justify-content: flex-end;
    margin-block-end: clamp(1.5em, 5vw, 3em);
  }
  /* On a wide screen a bar's exit is at the end of its first line of words, not on a row of its
     own: a float beside the headline, or a flex item beside the words that share its row. */
  .top .exit-row,
  .bottom .exit-row {
    float: inline-end;
    margin-block-end: 0.5em;
  }
  .live .exit-row {
    margin-inline-start: 1em;
  }
  .top:not(.live) .fold-row,
  .bottom:not(.live) .fold-row {
    flex: 1 1 20em;
  }
  /* On a phone a bar covers at most a quarter of the screen; more of it scrolls. Its headline is
     smaller and its message folds to one line (fading where it is cut), with "Read more" beside
     the call to action: in a long language the call to action would otherwise be below the fold. */
  @media (max-width: 40em) {
    .top,
    .bottom {
      max-height: 25vh;
      padding-block: 0.5em;
      padding-inline-start: 1em;
    }
    /* A bar's close button sits in the exit's row, which keeps its place (at the row's end in
       either direction): the rows below can have the bar's whole width. The blackout's close is
       "Continue to the site", below: its exit lines up with the words' end. */
    .box:has(.exit-row) {
      padding-inline-end: 1em;
    }
    .box .exit-row {
      float: none;
      flex-basis: 100%;
      margin-inline-start: 0;
    }
    .box:not(.overlay) .exit-row {
      padding-inline-end: 2.5em;
    }
    .top h2,
    .bottom h2 {
      font-size: 1.1em;
      line-height: 1.25;
    }
    .top .exit-row,
    .bottom .exit-row,
    .fold-row {
      margin-block-end: 0.375em;
    }
    /* A countdown or thank-you bar's rows wrap (a flex box): its row gap spaces them. */
    .top:not(.live),
    .bottom:not(.live) {
      row-gap: 0.25em;
    }
    .top:not(.live) > *,
    .bottom:not(.live) > * {
      margin-block-end: 0;
    }
    /* Buttons a little lower than in the page (36px at 16px, above WCAG's 24px target). */
    .top [part='exit'],
    .bottom [part='exit'] {
      min-block-size: 2.25em;
      padding-block: 0.25em;
    }
    .top [part='cta'],
    .bottom [part='cta'],
    .top [part='show'],
    .bottom [part='show'] {
      padding-block: 0.25em;
    }
    .top [part='support'],
    .bottom [part='support'] {
      margin-block: 0;
    }
    /* A content warning is never folded, but the headline leads it on its first line. */
    .top > h2,
    .bottom > h2,
    .top > [part='warning'],
    .bottom > [part='warning'] {
      display: inline;
      font-size: 1em;
      line-height: 1.5;
      margin-inline-end: 0.25em;
    }
    .top > h2 ~ .controls,
    .bottom > h2 ~ .controls {
      margin-block-start: 0.25em;
    }
    /* Folded, the headline leads the message on the one line, as a notification does: the
       headline in bold, at the text's size. */
    .folded .bar-message {
      max-block-size: 1.5em;
      overflow: hidden;
    }
    /* A message written in the page (light DOM, as WordPress does) is paragraphs: inline too.
       A rule of its own: a selector list a browser cannot read is dropped whole. */
    .folded .bar-message slot::slotted(*) {
      display: inline;
      margin-inline-end: 0.25em;
    }
    .folded .bar-message > * {
      display: inline;
      font-size: 1em;
      line-height: 1.5;
      margin-inline-end: 0.25em;
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
