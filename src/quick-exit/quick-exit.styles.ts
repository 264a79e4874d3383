import { css } from 'lit';

export const quickExitStyles = css`
  /* Sticky by default: at the top of the window whatever the scroll. The host's own strip lets
     clicks through to the page beside the button. */
  :host {
    position: sticky;
    inset-block-start: 0;
    z-index: 2147483000;
    pointer-events: none;
    --_exit: var(--coalition-exit, #d4351c);
    --_exit-text: var(--coalition-exit-text, #ffffff);
    --_exit-hover: var(--coalition-exit-hover, #aa2a16);
  }
  :host([position='inline']),
  :host(:state(inline)) {
    position: static;
    z-index: auto;
    pointer-events: auto;
  }
  .bar {
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem;
  }
  :host([position='inline']) .bar,
  :host(:state(inline)) .bar {
    justify-content: flex-start;
    padding: 0;
  }
  a {
    pointer-events: auto;
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5em 1.25em;
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    color: var(--_exit-text);
    background: var(--_exit);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 rgb(0 0 0 / 0.35);
    text-decoration: none;
    cursor: pointer;
    transition: background-color 0.15s;
  }
  a:hover {
    background: var(--_exit-hover);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:active {
    box-shadow: none;
    transform: translateY(2px);
  }
  /* Three lights count the Shift presses, for a sighted keyboard user; screen readers hear the status. */
  .lights {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0.2em;
    display: flex;
    justify-content: center;
    gap: 0.3em;
    visibility: hidden;
  }
  .lights.counting {
    visibility: visible;
  }
  .lights span {
    inline-size: 0.4em;
    block-size: 0.4em;
    border-radius: 50%;
    border: 1px solid currentColor;
  }
  .lights .on {
    background: currentColor;
  }
  @media (prefers-reduced-motion: reduce) {
    a {
      transition: none;
    }
    a:active {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds go in forced colours: the border is what still draws the button. */
    a {
      border-color: LinkText;
    }
    .lights span {
      forced-color-adjust: none;
      border-color: LinkText;
    }
    .lights .on {
      background: LinkText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
