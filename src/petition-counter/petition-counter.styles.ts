import { css } from 'lit';

// Written one rule a line (vendor pseudo-elements each alone: one unknown selector drops a rule): the size report counts template whitespace.
// .num holds the number and an invisible copy of the widest number expected in one grid cell,
// so the label never moves as the count arrives or grows. While loading, .count is transparent
// rather than hidden: the live region must stay in the accessibility tree to be heard later.
// Forced colours (Windows high contrast) repaint every background as Canvas, track and fill
// alike, so the bar opts out and draws itself in system colours. Sizes are em: partner themes
// shrink rem with html{font-size:62.5%}, and the counter must follow the text around it.
export const counterStyles = css`
  .box {
    display: grid;
    /* The paste snippet may make the box taller than its rows (see reserve.ts): they sit together
       in its middle, as a banner's words and a share bar's rows do (its loading rows are as tall
       as its counted ones, so none moves when the count comes). */
    align-content: center;
    gap: 0.5em;
    padding: 1em;
    background: var(--_surface);
    border-radius: var(--_radius);
    line-height: 1.5;
  }
  p {
    margin: 0;
  }
  .count {
    font-variant-numeric: tabular-nums;
    transition: opacity 0.3s;
  }
  .num {
    display: inline-grid;
    font-size: 2em;
    font-size: min(2em, (100cqi - 2em) / 6.6);
    font-weight: 700;
    line-height: 1.2;
  }
  @container (max-width: 24em) {
    .label {
      display: block;
    }
    #goal,
    .source {
      min-block-size: 3em;
    }
  }
  @container (max-width: 16em) {
    .source {
      min-block-size: 4.5em;
    }
  }
  @container (max-width: 13.5em) {
    #goal {
      min-block-size: 4.5em;
    }
  }
  /* The number sits at the start of the space kept for the goal's width ("95" beside the bar's
     start, not 16 px in from it). */
  .num > * {
    grid-area: 1/1;
    justify-self: start;
  }
  .ghost,
  .wait progress,
  .wait #goal {
    visibility: hidden;
  }
  .wait .count {
    opacity: 0;
  }
  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 0.75em;
    border: 0;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_border);
  }
  ::-webkit-progress-bar {
    background: var(--_border);
  }
  ::-webkit-progress-value {
    background: var(--_accent);
    transition: inline-size 1s;
  }
  @media (prefers-reduced-motion: reduce) {
    ::-webkit-progress-value {
      transition: none;
    }
  }
  ::-moz-progress-bar {
    background: var(--_accent);
  }
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      --_border: Canvas;
      --_accent: Highlight;
      border: 1px solid CanvasText;
    }
  }
  #goal,
  .source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  a {
    color: inherit;
  }
  .cta {
    justify-self: start;
    /* 44 px at 16 px text, like every other control of ours. */
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
    text-decoration: none;
  }
`;
