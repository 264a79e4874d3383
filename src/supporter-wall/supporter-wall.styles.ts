import { css } from 'lit';

export const wallStyles = css`
  h2 {
    font-size: 1.1em;
    margin: 0 0 0.75rem;
  }
`;
