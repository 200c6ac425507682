import { css } from 'lit';

/** Text for assistive technology only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Buttons on the dark presenter surfaces. */
export const darkButtons = css`
  button {
    font: inherit;
    padding: 0.3rem 0.7rem;
    border-radius: 6px;
    border: 1px solid #5c6677;
    background: #262c36;
    color: #f1f3f6;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button:focus-visible {
    outline: 3px solid #8ec5ff;
    outline-offset: 2px;
  }
`;
