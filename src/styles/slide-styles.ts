import { css } from 'lit';

/**
 * Typography of slide content. Sizes are in canvas pixels: the stage scales the whole canvas.
 * (No comments inside the CSS below where avoidable: it ships as written, in the first load.)
 * Wrapped code: the rows a long line wraps onto are indented, with a ↪ in the gutter of each
 * (a column of ↪, one per row, clipped to the line's height). Images: an image the deck gives a
 * width (`style="width: 850px"`, or `"=50%"` in Markdown) keeps that width and its shape, free of
 * the height cap (the slide's fit shrinks it if need be); `object-fit`, so no cap ever stretches one.
 *
 * @cssproperty --lectern-text - body text colour
 * @cssproperty --lectern-heading - heading colour
 * @cssproperty --lectern-accent - links and rules
 * @cssproperty --lectern-font - body font family
 * @cssproperty --lectern-code-font - code font family
 * @cssproperty --lectern-code-background - code block background
 * @cssproperty --lectern-font-size - base font size on the canvas
 * @cssproperty --lectern-rule - table rules and `---` lines
 * @cssproperty --lectern-quote - block quote text
 * @cssproperty --lectern-inline-notes-background - Landslide `.notes:` box
 */
export const slideStyles = css`
  :host {
    position: absolute;
    inset: 0;
    display: block;
    /* Fitting measures the slide many times: keep each measurement's layout inside the slide. */
    contain: strict;
    color: var(--lectern-text, #1f2430);
    font-family: var(--lectern-font, system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--lectern-font-size, 30px);
    line-height: 1.4;
  }
  :host(:not([current])) {
    visibility: hidden;
    /* A deck element can turn visibility back on for itself; it cannot undo its slide's opacity. */
    opacity: 0;
  }
  .content {
    position: absolute;
    left: 0;
    top: 0;
    transform-origin: 0 0;
    /* A 100 KB word or URL wraps rather than shrinking its slide to nothing. */
    overflow-wrap: anywhere;
  }
  .wrap-code pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .wrap-code .line {
    display: block;
    position: relative;
    text-indent: 1.2em hanging;
  }
  .wrap-code .line::before {
    content: '↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪↪';
    position: absolute;
    top: 1lh;
    bottom: 0;
    width: 1em;
    overflow: hidden;
    text-indent: 0;
    opacity: 0.55;
  }
  .unrendered {
    white-space: pre-wrap;
  }
  .render-failure {
    padding: 0.6em 1em;
    border-left: 8px solid #b42318;
    border-radius: 8px;
    background: #fff5f4;
    color: #8a1c12;
    font-size: 0.8em;
  }
  .content > :first-child {
    margin-top: 0;
  }
  .content > :last-child {
    margin-bottom: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    color: var(--lectern-heading, #0d1b2a);
    line-height: 1.15;
    margin: 0.9em 0 0.45em;
  }
  h1 { font-size: 1.9em; }
  h2 { font-size: 1.45em; }
  h3 { font-size: 1.2em; }
  h4, h5, h6 { font-size: 1em; }
  :host([title-slide]) .content {
    text-align: center;
  }
  :host([title-slide]) h1 {
    font-size: 2.3em;
  }
  p, ul, ol, pre, table, blockquote {
    margin: 0.55em 0;
  }
  ul, ol {
    padding-left: 1.3em;
  }
  li + li {
    margin-top: 0.2em;
  }
  :host([title-slide]) ul, :host([title-slide]) ol {
    display: inline-block;
    text-align: left;
  }
  a {
    color: var(--lectern-accent, #0a58b0);
  }
  img {
    display: block;
    max-width: 100%;
    max-height: var(--lectern-image-max-height, 480px);
    object-fit: contain;
    margin: 0.4em auto;
  }
  img[style*='width'] {
    max-height: none;
  }
  code {
    font-family: var(--lectern-code-font, ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace);
    font-size: 0.88em;
    background: var(--lectern-code-background, #f1f3f7);
    border-radius: 4px;
    padding: 0.05em 0.25em;
  }
  pre {
    font-size: 0.75em;
    line-height: 1.45;
    text-align: left;
    white-space: pre;
    background: var(--lectern-code-background, #f1f3f7);
    border-radius: 8px;
    padding: 0.7em 1em;
    tab-size: 4;
  }
  pre code {
    font-size: inherit;
    background: none;
    padding: 0;
  }
  table {
    border-collapse: collapse;
  }
  th, td {
    border-bottom: 2px solid var(--lectern-rule, #d5dae3);
    padding: 0.3em 0.7em;
    text-align: left;
  }
  blockquote {
    border-left: 6px solid var(--lectern-accent, #0a58b0);
    padding-left: 0.9em;
    margin-left: 0;
    color: var(--lectern-quote, #3c4557);
  }
  hr {
    border: none;
    border-top: 3px solid var(--lectern-rule, #d5dae3);
    margin: 0.8em 0;
  }
  input[type='checkbox'] {
    width: 0.8em;
    height: 0.8em;
  }
  .inline-notes {
    margin-top: 0.8em;
    padding: 0.4em 0.8em;
    border-left: 6px solid #c98a00;
    background: var(--lectern-inline-notes-background, #fff8e6);
    font-size: 0.8em;
  }
  .missing-image {
    display: inline-flex;
    flex-direction: column;
    gap: 0.2em;
    margin: 0.4em 0;
    padding: 0.6em 1em;
    border: 3px dashed #b42318;
    border-radius: 8px;
    background: #fff5f4;
    color: #8a1c12;
  }
  .missing-image small {
    font-size: 0.6em;
  }
`;
