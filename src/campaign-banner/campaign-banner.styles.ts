import { css } from 'lit';

export const bannerStyles = css`
  .banner {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
  }
`;
