import { css } from 'lit';
import { darkButtons, visuallyHidden } from './shared-styles';

/** The presenter view: dark, so it does not light up the speaker's face. */
export const presenterStyles = [
  visuallyHidden,
  darkButtons,
  css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    box-sizing: border-box;
    background: #101318;
    color: #f1f3f6;
    font: 18px/1.45 var(--lectern-font, system-ui, sans-serif);
    /* The layout below is sized from the view's own size (cqw, cqh). */
    container-type: size;
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.5rem 1.5rem;
    padding: 0.6rem 1rem;
    border-bottom: 1px solid #2c333f;
  }
  h1 {
    flex: 1 1 0;
    min-width: 0;
    margin: 0;
    font-size: 1.1rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  nav,
  lectern-timer {
    flex: none;
  }
  nav {
    display: flex;
    align-items: center;
    gap: 0.6rem;
  }
  .step {
    font-variant-numeric: tabular-nums;
    opacity: 0.8;
  }
  .position {
    font-size: 1.6rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .digits {
    padding: 0.1rem 0.5rem;
    border-radius: 4px;
    background: #f1f3f6;
    color: #101318;
  }
  /* Over the current slide, not in the header: the header never changes height. */
  .blanked {
    position: absolute;
    top: 0.8rem;
    left: 50%;
    transform: translateX(-50%);
    margin: 0;
    padding: 0.3rem 0.9rem;
    border-radius: 6px;
    background: #ffcf70;
    color: #101318;
    font-weight: 600;
    white-space: nowrap;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.4);
  }
  .notes:focus-visible {
    outline: 3px solid #8ec5ff;
    outline-offset: 2px;
  }
  /*
   * The current slide's pane has the slide's own ratio (--ratio, set by the element), so the slide fills
   * it with no letterbox: as wide as 60% of the view, or less where that would leave the notes under
   * 38% of the height. The next slide sits beside it, no taller; the notes take the whole width below.
   * A view much wider than the slide (21:9, or 16:10 for a 4:3 deck) gives the current slide its full
   * height instead, next slide and notes in a column beside it.
   */
  main {
    --current-width: min(60cqw - 1.5rem, (100cqh - 6rem) * 0.62 * var(--ratio));
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template-columns: var(--current-width) minmax(0, 1fr);
    grid-template-rows: auto minmax(0, 1fr);
    grid-template-areas: 'current next' 'notes notes';
    gap: 1rem;
    padding: 1rem;
  }
  .current {
    grid-area: current;
    position: relative;
    display: flex;
    aspect-ratio: var(--ratio);
  }
  .current lectern-thumbnail {
    flex: 1;
    aspect-ratio: auto !important;
  }
  .next {
    grid-area: next;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .next lectern-thumbnail,
  .next .end {
    /* No taller than the current slide, less the "Next" label above it. */
    width: min(100%, var(--current-width) - 1.6rem * var(--ratio));
  }
  .notes {
    grid-area: notes;
  }
  @container (min-aspect-ratio: 21 / 9) {
    main {
      --current-width: min(70cqw, (100cqh - 6rem) * var(--ratio));
      grid-template-areas: 'current next' 'current notes';
    }
    .current {
      align-self: start;
    }
  }
  /* A 4:3 deck on a 16:10 or wider screen: the same, sooner. */
  @container (min-aspect-ratio: 16 / 10) {
    main[data-ratio='4:3'] {
      --current-width: min(70cqw, (100cqh - 6rem) * var(--ratio));
      grid-template-areas: 'current next' 'current notes';
    }
    main[data-ratio='4:3'] .current {
      align-self: start;
    }
  }
  .end {
    margin: 0;
    aspect-ratio: 16 / 9;
    display: grid;
    place-items: center;
    border: 2px dashed #5c6677;
    color: #b5bdca;
  }
  h2,
  h3 {
    margin: 0 0 0.3rem;
    font-size: 0.75rem;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: #b5bdca;
  }
  .notes {
    min-height: 0;
    overflow: auto;
    padding: 0.5rem 0.9rem;
    border-radius: 8px;
    background: #1b2028;
  }
  .notes-bar {
    display: flex;
    justify-content: space-between;
    align-items: center;
    font-size: 16px;
  }
  .notes a {
    color: #8ec5ff;
  }
  .notes code {
    background: #2c333f;
    border-radius: 4px;
    padding: 0 0.2em;
  }
  .next-notes {
    margin-top: 1rem;
    padding-top: 0.5rem;
    border-top: 1px solid #2c333f;
    color: #b5bdca;
    font-size: 0.8em;
  }
  .empty {
    color: #b5bdca;
    font-style: italic;
  }
  @media (max-width: 900px) {
    header {
      flex-wrap: wrap;
    }
  }
  @media (max-width: 800px) {
    main {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto auto minmax(12rem, 1fr);
      grid-template-areas: 'current' 'next' 'notes';
      overflow: auto;
    }
    .next lectern-thumbnail,
    .next .end {
      width: 60%;
    }
  }
`,
];
