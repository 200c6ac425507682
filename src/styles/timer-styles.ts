import { css } from 'lit';

export const timerStyles = css`
  :host {
    display: flex;
    align-items: center;
    gap: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  .clock,
  .elapsed {
    font-size: 1.6rem;
    font-weight: 600;
  }
  .paused .elapsed {
    color: #ffcf70;
  }
  .label {
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: #b5bdca;
  }
  .behind {
    color: #ffb4a8;
  }
  .ahead {
    color: #9be3b0;
  }
  button {
    font: inherit;
    font-size: 0.95rem;
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
