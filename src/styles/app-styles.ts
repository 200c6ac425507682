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
`;
