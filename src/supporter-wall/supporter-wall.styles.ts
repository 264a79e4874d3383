import { css } from 'lit';

export const wallStyles = css`
  /* The wall paints its own surface: a forced dark theme on a light page must stay readable. */
  section {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 1em;
  }
  /* Sizes are em, not rem: partner themes shrink rem with html{font-size:62.5%}, and the wall
     must follow the text around it. A heading's margin is in its own (larger or smaller) em. */
  h2,
  h3 {
    font-size: 1.1em;
    margin: 0 0 0.682em;
  }
  h3 {
    font-size: 0.95em;
    margin-block-end: 0.79em;
    color: var(--_muted);
  }
  /* Logos people can read (issue 23): a cell is at least 16em wide, room for a 520 × 60 wordmark
     whose words are a third of its height to draw them 9px high at 16px text; a narrower wall
     takes fewer columns (one below 34.5em), never smaller logos. */
  ul {
    display: grid;
    /* auto-fit: a short list spreads across the wall instead of huddling at its start. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--coalition-logo-width, 16em)), 1fr));
    gap: 0.5em;
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
  }
  /* A cell's size never depends on its logo (nothing shifts as logos arrive): its ::before gives
     it its height, half its width but no more than 0.45 of the smallest width. A wider cell (a
     short tier, a wall with room to spare) is wider, not taller, and its logo no larger than any
     other's; a wall narrower than the smallest width has one column of 2:1 cells. The logo (its
     link, or a span) lies over the ::before in the same grid cell. */
  li {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    text-align: center;
    /* Logos are drawn for light backgrounds, so tiles stay light in the dark theme too. */
    background: var(--coalition-logo-surface, #fff);
    color: #1a1c1e;
    border-radius: var(--_radius);
    padding: 0.25em;
    overflow: hidden;
  }
  li::before {
    content: '';
    grid-area: 1 / 1;
    inline-size: 100%;
    aspect-ratio: 2;
    max-block-size: calc(0.45 * var(--coalition-logo-width, 16em) - 0.5em);
  }
  li a:focus-visible {
    outline-color: #0b57d0;
    outline-offset: -3px;
  }
  /* Its logo gives a cell neither height nor width (WebKit let an image's own height grow the
     row); in a float or a flex row, the wall is one smallest cell wide. */
  .logo {
    contain: size;
    contain-intrinsic-size: calc(var(--coalition-logo-width, 16em) - 0.5em) 0;
    grid-area: 1 / 1;
    display: flex;
    align-items: center;
    justify-content: center;
    color: inherit;
    border-radius: var(--_radius);
  }
  /* Equal area: every logo covers the square of --_side, whatever its shape (--_shape, the square
     root of its width / height, set once it loads), as far as its cell allows. The side is 0.8 of
     the cell's height (inside its padding): a 1:3 crest, meeting the cell's top and bottom, still
     covers more than half of that square, and so does a 10:1 wordmark meeting its sides (a cell is
     at least 2:1), so no logo has less than half another's area. Wider logos take more of the
     cell's width. The height is 0.45 of the smallest width, or half the cell's width in a narrower
     wall: 40% of the width across, 80% of the height down. */
  img {
    --_side: calc(0.36 * var(--coalition-logo-width, 16em) - 0.4em);
    object-fit: contain;
    inline-size: min(100%, calc(min(var(--_side), 40%) * var(--_shape, 1.4142)));
    block-size: min(100%, calc(min(var(--_side), 80%) / var(--_shape, 1.4142)));
  }
  .mono img {
    filter: grayscale(1);
    opacity: 0.85;
    transition:
      filter 0.2s,
      opacity 0.2s;
  }
  .mono li:hover img,
  .mono a:focus-visible img {
    filter: none;
    opacity: 1;
  }
  /* A logo shows once its shape is known (--_shape, in its style): in its first box, the default
     shape's, it would be seen to move and resize as it loads (a layout shift as a visitor scrolls
     to a wall). Transparent, not hidden: its name stays its link's. */
  img:not([style*='--_shape']) {
    opacity: 0;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* A name in place of a failed logo may need more room than a logo's tile, with the visitor's
     own text spacing too: the tile grows rather than cutting the name off. */
  li:has(.name) {
    overflow: visible;
  }
  .logo:has(.name) {
    contain: none;
  }
  /* Two short lines fit a tile, so a failed logo's cell keeps its neighbours' height; a longer
     name (or the visitor's own text spacing) still grows the tile rather than being cut off. */
  .name {
    font-size: 0.85em;
    line-height: 1.2;
  }
  /* Forced colours would paint the tiles dark under dark logos; they keep their light surface. */
  @media (forced-colors: active) {
    li {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
  /* Wide enough apart, in any wrapping, that two focus rings (3px + 2px offset each) never touch. */
  .end {
    display: flex;
    flex-wrap: wrap;
    gap: max(0.75em, 12px);
  }
  button,
  .join {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    font: inherit;
    /* Text in the page's text colour: a partner's accent on the surface may not reach 4.5:1. */
    color: var(--_text);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.4em 0.9em;
    cursor: pointer;
    text-decoration: none;
  }
  .join {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
`;
