import { css } from 'lit';

/**
 * The built-in layouts, slide classes and backgrounds. Loaded only for a deck
 * that uses one, and adopted into each slide's shadow root after its own
 * styles, in the same cascade layer: a deck's own styles still win.
 *
 * @cssproperty --lectern-scrim - the veil over a background image that keeps text readable
 * @cssproperty --lectern-column-gap - the gap between the two columns
 */
const rules = css`
  :host(.center) .content,
  :host(.lead) .content,
  :host([layout='center']) .content,
  :host([layout='section']) .content {
    text-align: center;
  }
  :host(.right) .content {
    text-align: right;
  }
  :host(.center) :is(ul, ol),
  :host(.lead) :is(ul, ol),
  :host([layout='center']) :is(ul, ol) {
    display: inline-block;
    text-align: left;
  }
  /* Centred vertically: the box is at least as tall as the room, and its content sits in the middle of it. */
  :host(.middle) .content,
  :host(.lead) .content,
  :host([layout='center']) .content,
  :host([layout='section']) .content,
  :host([layout='quote']) .content,
  :host([layout='image']) .content {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: calc(100% - 2 * var(--lectern-slide-padding-y, 56px));
  }
  :host(.center.middle) .content,
  :host(.lead) .content,
  :host([layout='center']) .content,
  :host([layout='section']) .content {
    align-items: center;
  }
  :host([layout='section']) :is(h1, h2) {
    margin: 0;
    font-size: 2.6em;
  }
  :host([layout='quote']) blockquote {
    margin: 0;
    padding: 0;
    border: none;
    color: inherit;
    font-size: 1.35em;
    font-style: italic;
    line-height: 1.35;
  }
  :host([layout='quote']) blockquote::before {
    content: '\\201C';
    display: block;
    height: 0.55em;
    color: var(--lectern-accent, #0a58b0);
    font: normal 3em/1 Georgia, 'Times New Roman', serif;
  }
  :host([layout='quote']) blockquote ~ * {
    text-align: right;
    opacity: 0.75;
  }
  :host([layout='image']) {
    --lectern-slide-padding-x: 32px;
    --lectern-slide-padding-y: 24px;
    --lectern-image-max-height: 600px;
  }
  :host([layout='image']) .content {
    text-align: center;
    font-size: 0.8em;
  }
  :host([layout='image']) .content img {
    height: var(--lectern-image-max-height);
    width: auto;
    object-fit: contain;
    margin: 0 auto 0.3em;
  }
  :host([layout='image']) .content > :not(:has(img)) {
    margin: 0.2em 0;
    opacity: 0.8;
  }
  :host([layout='code']) {
    --lectern-slide-padding-x: 32px;
    --lectern-slide-padding-y: 28px;
  }
  :host([layout='code']) .content {
    display: flex;
    flex-direction: column;
    min-height: calc(100% - 2 * var(--lectern-slide-padding-y, 56px));
  }
  :host([layout='code']) pre {
    flex: 1;
    margin: 0;
    font-size: 0.95em;
  }
  :host([layout='two-columns']) .content {
    display: grid;
    grid-template-columns: 1fr 1fr;
    column-gap: var(--lectern-column-gap, 56px);
    align-items: start;
  }
  .column-head,
  :host([layout='two-columns']) .inline-notes {
    grid-column: 1 / -1;
  }
  .column > :first-child {
    margin-top: 0;
  }
  .column > :last-child {
    margin-bottom: 0;
  }
  /* Slidev's image-left / image-right: dressSlide narrows the content to the other half. */
  :host([layout^='image-'])::before {
    content: '';
    position: absolute;
    inset: 0 0 0 50%;
    background: var(--lectern-side-image) center / cover no-repeat;
  }
  :host([layout='image-left'])::before {
    inset: 0 50% 0 0;
  }
  :host([layout='full']) {
    --lectern-slide-padding-x: 8px;
    --lectern-slide-padding-y: 8px;
  }
  :host([background-image]) {
    background-size: cover;
    background-position: center;
    text-shadow: 0 1px 3px rgb(0 0 0 / 60%);
  }
  /*
   * Text on a background takes the colours that read on it. They are set on the
   * content box, so that the host still holds the theme's own: code keeps the
   * colour that reads on the theme's code background.
   */
  :host {
    --lectern-code-text: var(--lectern-text, #1f2430);
  }
  :host([background-image]) .content,
  :host([background-tone='dark']) .content,
  :host(.inverse) .content {
    --lectern-text: #f4f6fa;
    --lectern-heading: #ffffff;
    --lectern-accent: #9ccbff;
    --lectern-quote: #dde3ee;
    color: var(--lectern-text);
  }
  :host(.inverse) {
    background-color: #1f2430;
  }
  :host([background-tone='light']) .content {
    --lectern-text: #1f2430;
    --lectern-heading: #0d1b2a;
    --lectern-accent: #0a58b0;
    --lectern-quote: #3c4557;
    color: var(--lectern-text);
  }
  :host([background-image]) :is(pre, code),
  :host([background-tone]) :is(pre, code),
  :host(.inverse) :is(pre, code) {
    color: var(--lectern-code-text);
    text-shadow: none;
  }
`;

export const layoutStyles = new CSSStyleSheet();
layoutStyles.replaceSync(`@layer lectern {${rules.cssText}}`);
