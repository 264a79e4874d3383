import { css } from 'lit';

export const counterStyles = css`
  .counter {
    font-variant-numeric: tabular-nums;
  }
  .number {
    font-size: 2em;
    font-weight: 700;
  }
`;
