import { css } from 'lit';

/** Plain, high-contrast form styles; the builder is a tool page, not a partner widget. */
export const builderStyles = css`
  :host {
    --b-text: #1a1c1e;
    --b-muted: #4a5058;
    --b-surface: #ffffff;
    --b-panel: #f5f7fa;
    --b-border: #6b717a;
    --b-accent: #0b57d0;
    --b-accent-text: #ffffff;
    --b-error: #b3261e;
    --b-focus: #0b57d0;
    display: block;
    color: var(--b-text);
    font: inherit;
    line-height: 1.5;
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --b-text: #eef1f4;
      --b-muted: #c0c6ce;
      --b-surface: #121417;
      --b-panel: #1e2227;
      --b-border: #8b929b;
      --b-accent: #a8c7fa;
      --b-accent-text: #062e6f;
      --b-error: #ffb4ab;
      --b-focus: #a8c7fa;
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--b-focus);
    outline-offset: 2px;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 1.5rem 0.5rem;
  }
  .columns {
    display: grid;
    gap: 2rem;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    align-items: start;
  }
  @media (max-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The snippet, Copy and the previews stay within reach while the form scrolls: the column is
     no taller than the window and scrolls on its own (focus scrolls a control in it into view).
     Firefox makes a scrolling box a tab stop, so the column is a region with a name to announce. */
  .output {
    position: sticky;
    inset-block-start: 0;
    max-block-size: 100vh;
    max-block-size: 100dvh;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Room for the focus outline, which the scrolling box would otherwise clip; a focused control
       is scrolled a little clear of the window's edge. */
    padding: 0.5rem;
    margin-inline: -0.5rem;
    scroll-padding-block: 1rem;
  }
  @media (max-width: 60rem) {
    /* On a phone the preview comes straight after the choice of element, not after the whole form. */
    .output {
      display: contents;
    }
    .preview-pane {
      order: -1;
    }
  }
  .iframe-route {
    margin-block: 1.5rem;
    border-block-start: 1px solid var(--b-border);
    padding-block-start: 0.5rem;
  }
  .iframe-route > summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 1.1em;
    min-block-size: 2.75rem;
    display: list-item;
    padding-block: 0.5rem;
  }
  fieldset {
    border: 1px solid var(--b-border);
    border-radius: 0.5rem;
    margin: 0 0 1.25rem;
    padding: 0.75rem 1rem 1rem;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  .field {
    margin-block: 0.75rem;
  }
  .field > label,
  .label-row > label {
    display: block;
    font-weight: 600;
  }
  .label-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5rem;
  }
  .attr {
    font-size: 0.8em;
    color: var(--b-muted);
  }
  /* A tag or attribute name never breaks inside itself (at 375px a legend would split <campaign-banner>). */
  legend code,
  label code,
  .attr {
    white-space: nowrap;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: center;
  }
  .check > .hint,
  .check > .error {
    grid-column: 2;
  }
  .check > .label-row {
    grid-column: 2;
    grid-row: 1;
  }
  .check > input {
    grid-row: 1;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .choices label {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    min-block-size: 2.75rem;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    margin-block-start: 0.25rem;
    padding: 0.5rem;
    font: inherit;
    color: var(--b-text);
    background: var(--b-surface);
    border: 1px solid var(--b-border);
    border-radius: 0.25rem;
  }
  /* Their own size in a flex row too: where a label wraps, Firefox shrank them to ellipses. */
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--b-accent);
  }
  input[type='file'] {
    padding: 0.25rem;
  }
  [aria-invalid='true'] {
    border-color: var(--b-error);
    border-width: 2px;
  }
  textarea[readonly] {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875rem;
    background: var(--b-panel);
    /* Long lines (an integrity hash, a frame's address) wrap rather than run out of the box. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    resize: vertical;
  }
  .hint {
    margin: 0.25rem 0 0;
    color: var(--b-muted);
    font-size: 0.9375rem;
  }
  /* A long address in a hint wraps rather than widening a narrow screen. */
  .hint code {
    overflow-wrap: anywhere;
  }
  .error {
    margin: 0.25rem 0 0;
    color: var(--b-error);
    font-weight: 600;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: 0.25rem;
    border: 2px solid var(--b-accent);
    color: var(--b-accent-text);
    background: var(--b-accent);
    cursor: pointer;
  }
  button.secondary {
    color: var(--b-accent);
    background: transparent;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block: 0.75rem;
  }
  .status {
    margin: 0;
    min-block-size: 1.5em;
    font-weight: 600;
  }
  .note {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--b-accent);
    background: var(--b-panel);
  }
  .note code {
    overflow-wrap: anywhere;
  }
  .warning {
    border-inline-start-color: var(--b-error);
  }
  figure {
    margin: 0 0 1.25rem;
  }
  figcaption {
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .preview {
    padding: 1rem;
    border: 1px dashed var(--b-border);
    border-radius: 0.5rem;
    min-block-size: 3rem;
    background: var(--b-surface);
  }
  /* What the element still needs, where it will show: calm words, not a warning. */
  .preview.waiting > p {
    margin: 0;
    color: var(--b-muted);
  }
  .frame-figure {
    margin-block-start: 1rem;
  }
  .frame-preview {
    padding: 0;
    overflow: hidden;
  }
  .frame-preview iframe {
    display: block;
    inline-size: 100%;
    min-block-size: 3rem;
    border: 0;
  }
  .summary {
    padding: 0.75rem 1rem;
    border: 3px solid var(--b-error);
    border-radius: 0.5rem;
  }
  .summary h4 {
    margin-block-start: 0;
  }
  .summary a {
    color: var(--b-error);
  }
  .summary ul,
  .problems {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .row {
    background: var(--b-panel);
  }
  .row .actions {
    margin-block-end: 0;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A setting given per language: a column per language on wide screens, stacked on narrow ones. */
  .by-language > .label {
    margin: 0;
    font-weight: 600;
  }
  .languages-grid {
    display: grid;
    gap: 0.25rem 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
  }
  .in-language > label {
    display: block;
    font-size: 0.9375rem;
  }
  .is-missing input {
    border-style: dashed;
    border-width: 2px;
  }
  .missing {
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
    font-style: italic;
  }
  .missing::before {
    content: '○ ';
    font-style: normal;
  }
  ul.languages {
    margin: 0.5rem 0;
    padding: 0;
    list-style: none;
  }
  ul.languages li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    justify-content: space-between;
    padding-block: 0.25rem;
    border-block-end: 1px solid var(--b-border);
  }
  ul.languages .hint {
    display: inline;
  }
  .inline {
    display: flex;
    gap: 0.5rem;
    align-items: end;
  }
  .inline input {
    flex: 1;
    min-inline-size: 0;
  }
  .languages-summary {
    margin-block: 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--b-border);
    border-radius: 0.5rem;
    background: var(--b-panel);
  }
  .languages-summary h4 {
    margin-block-start: 0;
  }
  .languages-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .preview-language {
    margin-block-end: 0.75rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s;
    }
  }
  /* 15 to 50 supporters: compact rows in a box of their own, so the page keeps a reasonable height. */
  .rows {
    /* The containing block of the visually hidden labels in it: else they sit outside the box, where
       its scrolling does not clip them, and stretch the page by the rows' full height. */
    position: relative;
    max-block-size: 70vh;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .rows > .row {
    display: grid;
    grid-template-columns: 4.5rem minmax(0, 1fr);
    column-gap: 0.75rem;
    padding-block: 0.25rem 0.5rem;
  }
  .rows > .row > .actions {
    grid-column: 1 / -1;
    margin-block: 0.25rem 0;
  }
  .row-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    column-gap: 0.75rem;
  }
  .row-fields > .field {
    margin-block: 0.25rem;
  }
  .logo-preview {
    align-self: start;
    margin-block-start: 0.5rem;
  }
  .logo-preview img {
    display: block;
    inline-size: 4.5rem;
    block-size: 3rem;
    object-fit: contain;
    background: #fff;
    border: 1px solid var(--b-border);
    border-radius: 0.25rem;
  }
  .logo-preview.empty {
    inline-size: 4.5rem;
    block-size: 3rem;
    border: 1px dashed var(--b-border);
    border-radius: 0.25rem;
  }
  .logo-preview.failed img {
    border: 2px solid var(--b-error);
  }
  .logo-preview .error {
    font-size: 0.8em;
    margin: 0.25rem 0 0;
  }
  .hints .hint {
    margin-block: 0.125rem;
  }
  .bulk > summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
  }
  .timeline {
    border-block-start: 1px solid var(--b-border);
    margin-block-start: 1rem;
  }
  /* Under the page's h2 (so an h3 to screen readers), at the size of the settings' labels. */
  .timeline h3 {
    font-size: 1rem;
  }
  /* The phases' coloured labels mark them: no numbers or bullets besides. */
  .timeline ol,
  .timeline ul {
    list-style: none;
    margin-block: 0.5rem;
    padding-inline-start: 0;
  }
  .timeline li + li {
    margin-block-start: 0.25rem;
  }
  /* A repeating banner's phases stand under their occurrence's name. */
  .occurrences .phases {
    margin-block: 0.25rem 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .phase {
    display: inline-block;
    min-inline-size: 7.5rem;
    padding-inline: 0.4rem;
    border-inline-start: 0.3rem solid var(--b-accent);
    font-weight: 600;
  }
  .phase.teaser {
    border-color: var(--b-muted);
  }
  .phase.after {
    border-color: var(--b-border);
  }
  /* "Preview the after-message" on one line, after the phase's dates or under them. */
  .phase-link {
    display: inline-block;
  }
  /* The banner's dates: days on the campaign's clock side by side, the exact values folded below. */
  .window-picker {
    margin-block: 0.75rem;
  }
  .window-picker > .label {
    font-weight: 600;
    margin-block-end: 0;
  }
  .dates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr));
    column-gap: 0.75rem;
  }
  .dates > .field {
    margin-block: 0.25rem;
  }
  .optional {
    font-weight: 400;
    color: var(--b-muted);
  }
  .exact > summary {
    cursor: pointer;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
  }
`;
