import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    position: fixed;
    inset: 0;
  }
  .loading {
    display: grid;
    place-items: center;
    height: 100%;
    color: #b5bdca;
    font: 18px/1.4 var(--lectern-font, system-ui, sans-serif);
  }
  .blank {
    position: absolute;
    inset: 0;
    z-index: 5;
    cursor: none;
  }
  .blank.black {
    background: #000;
  }
  .blank.white {
    background: #fff;
  }
  .popup-blocked {
    position: absolute;
    top: 1rem;
    left: 50%;
    transform: translateX(-50%);
    z-index: 10;
    display: flex;
    gap: 1rem;
    align-items: center;
    padding: 0.8rem 1.2rem;
    border-radius: 8px;
    background: #fff8e6;
    color: #3d2c00;
    border: 2px solid #c98a00;
    font: 18px/1.4 var(--lectern-font, system-ui, sans-serif);
    box-shadow: 0 4px 18px rgb(0 0 0 / 0.25);
  }
  .popup-blocked a {
    color: #0a4a94;
    font-weight: 600;
  }
  .popup-blocked button {
    font: inherit;
    border: 1px solid #8a6a1c;
    border-radius: 6px;
    background: transparent;
    cursor: pointer;
  }
`;
