import { css } from 'lit';
import { dialogStyles } from './dialog-styles';
import { visuallyHidden } from './shared-styles';

export const overviewStyles = [
  dialogStyles,
  visuallyHidden,
  css`
    dialog[open] {
      width: 96vw;
      height: 94vh;
      max-width: none;
      max-height: none;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      gap: 1rem;
      padding: 1rem;
      align-content: start;
    }
    .spacer {
      grid-column: 1 / -1;
    }
    .cell {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      width: 100%;
      padding: 0.4rem;
      border: 3px solid transparent;
      border-radius: 8px;
      background: #1f242d;
      text-align: left;
    }
    .cell:hover {
      background: #2a303b;
    }
    .cell[aria-current] {
      border-color: #f0b429;
    }
    .cell:focus-visible {
      outline: 3px solid #8ec5ff;
      outline-offset: 2px;
    }
    .thumb {
      display: block;
      contain: strict;
      width: 100%;
      aspect-ratio: var(--ratio, 16 / 9);
      background: var(--lectern-background, #fff);
    }
    .thumb lectern-thumbnail {
      width: 100%;
      height: 100%;
    }
    .caption {
      font-size: 0.85rem;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .number {
      color: #b5bdca;
      font-variant-numeric: tabular-nums;
    }
  `,
];
