import { css } from 'lit';
import { darkButtons } from './shared-styles';

export const timerStyles = [
  darkButtons,
  css`
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
    font-size: 0.95rem;
  }
`,
];
