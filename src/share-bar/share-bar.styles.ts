import { css } from 'lit';

export const shareStyles = css`
  /* The bar paints its own surface: a forced dark theme on a light page must stay readable. The
     paste snippet makes it at least as tall as the space it keeps, which may be more than its
     rows take (a page font that wraps a row fewer): they sit in its middle, shown once every
     button is there (its first render comes in three frames), so none moves as the others come. */
  .bar {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    align-content: center;
  }
  .wait > * {
    visibility: hidden;
  }
  .heading {
    font-weight: 600;
    margin: 0 0 0.5em;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The networks "More ways to share" opens, where the device has no share sheet. */
  #more {
    margin-block-start: 0.5em;
  }
  a,
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    justify-content: center;
    padding: 0.4em 0.8em;
    font: inherit;
    line-height: 1.2;
    color: var(--_text);
    background: var(--_surface);
    /* The border is all that marks a control here: it needs 3:1 against the surface. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    text-decoration: none;
    cursor: pointer;
  }
  a:hover,
  button:hover {
    border-color: var(--_accent);
  }
  /* Heard, not seen; with no margin, the status's 1px box stays inside the bar. */
  .compact .label,
  .status {
    position: absolute;
    clip: rect(0 0 0 0);
    width: 1px;
    height: 1px;
    margin: 0;
    overflow: hidden;
  }
  /* Compact icons keep to one row while each can be 2em wide (32px at 16px text, above WCAG's 24px
     target), and grow to the full 2.75em (44px) where the row has room: a phone's row holds six. */
  .compact li {
    display: flex;
    flex: 1 1 2em;
    max-inline-size: 2.75em;
  }
  .compact a,
  .compact button {
    flex: 1 1 auto;
    min-inline-size: 0;
    padding: 0.4em 0.25em;
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
    flex: none;
  }
  .stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
