import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    position: fixed;
    inset: 0;
  }
  /* m: for a rear projector, the audience sees the slide the right way round through the screen. */
  :host([mirrored]) lectern-audience {
    transform: scaleX(-1);
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
  .load-failure,
  .edit-problem {
    position: absolute;
    left: 50%;
    bottom: 3rem;
    z-index: 6;
    transform: translateX(-50%);
    margin: 0;
    padding: 0.6rem 1rem;
    border-radius: 0.4rem;
    background: #7a1f1f;
    color: #fff;
    font: 16px/1.4 var(--lectern-font, system-ui, sans-serif);
  }
  /* Below the slide's text, above the progress bar: the author keeps reading the slide. */
  .edit-problem {
    bottom: 0.9rem;
    max-width: min(70vw, 48rem);
    padding: 0.35rem 0.8rem;
    background: #5c4300;
    font-size: 14px;
  }
  .blank.white {
    background: #fff;
  }
`;
