import { css } from 'lit';

/*
 * Written one rule per line: template text is shipped as written (the size report counts every
 * space). Fixed bars are out of the page's flow, so appearing or going away at a schedule boundary
 * never moves the partner's content (no layout shift); they always have a close button and are
 * capped at half the viewport, so they never cover the page for good.
 * Sizes are in em, not rem: many partner themes set `html{font-size:62.5%}` with a larger body
 * text, and the banner should follow the text it sits in. Where a rule sets its own font-size,
 * its lengths are divided by it (the close button: 1.834em of 1.5em is 44px at 16px).
 */
export const bannerStyles = css`
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
  [part='cta'],
  [part='show'] {
    display: inline-block;
    margin-inline-end: 1em;
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
  .box:not(.live) p {
    margin: 0;
    flex: 1;
  }
  dialog {
    width: 40em;
    padding: 0;
    border: 0;
    background: none;
    animation: in 0.3s;
  }
  dialog .box {
    padding: 2em;
  }
  ::backdrop {
    background: var(--coalition-backdrop, #000e);
  }
  @keyframes in {
    from {
      opacity: 0;
    }
  }
`;
