import { css } from 'lit';

// The link's own look is core's exitStyles, shared with the banner.
export const quickExitStyles = css`
  /* Sticky by default: at the top of the window whatever the scroll. The host's own strip lets
     clicks through to the page beside the button. */
  :host {
    /* Sticky at the very top: no gap above it, whatever the other widgets keep between them. */
    margin-block: 0;
    position: sticky;
    inset-block-start: 0;
    z-index: 2147483000;
    pointer-events: none;
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
  @media print {
    :host {
      display: none !important;
    }
  }
`;
