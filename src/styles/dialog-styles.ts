import { css } from 'lit';

/** Shared look of the overlays (overview, contents, help): a dark modal panel. */
export const dialogStyles = css`
  dialog {
    box-sizing: border-box;
    border: none;
    border-radius: 12px;
    padding: 0;
    background: #161a21;
    color: #f1f3f6;
    font: 18px/1.45 var(--lectern-font, system-ui, sans-serif);
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.5);
  }
  /* A column: the header stays, only the part below it scrolls. */
  dialog[open] {
    display: flex;
    flex-direction: column;
    max-height: 92vh;
    overflow: clip;
  }
  .scroll {
    flex: 1;
    min-height: 0;
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(5 8 12 / 0.75);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.8rem 1.2rem;
    border-bottom: 1px solid #2c333f;
  }
  h2 {
    margin: 0;
    font-size: 1.2rem;
  }
  .hint {
    color: #b5bdca;
    font-size: 0.9rem;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .close {
    padding: 0.3rem 0.8rem;
    border-radius: 6px;
    border: 1px solid #5c6677;
    background: #262c36;
  }
  button:focus-visible,
  [tabindex='0']:focus-visible {
    outline: 3px solid #8ec5ff;
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: appear 0.12s ease-out;
    }
  }
  @keyframes appear {
    from {
      opacity: 0;
      transform: scale(0.98);
    }
  }
`;
