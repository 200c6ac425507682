import { css } from 'lit';

/**
 * remark's built-in content classes (`.left[…]`, `.center[…]`, `.right[…]`,
 * `.footnote[…]`) and the two columns of its introduction deck
 * (`.left-column[…]`, `.right-column[…]`, as in remark's demo stylesheet).
 * Adopted with the layout styles, in the same cascade layer: a deck's own
 * styles for these classes win.
 */
const rules = css`
  .content :is(.left, .center, .right) {
    display: block;
  }
  .content .left {
    text-align: left;
  }
  .content .center {
    text-align: center;
  }
  .content .right {
    text-align: right;
  }
  /* A footnote sits at the slide's foot: the content box reaches down to it, and keeps room for it below the rest. */
  .content:has(.footnote) {
    box-sizing: border-box;
    min-height: calc(100% - 2 * var(--lectern-slide-padding-y, 56px));
    padding-bottom: 1.5em;
  }
  .content .footnote {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    font-size: 0.6em;
    opacity: 0.85;
  }
  .content .footnote > :first-child {
    margin-top: 0;
  }
  .content .footnote > :last-child {
    margin-bottom: 0;
  }
  /* As remark's demo: a faint list of sections, the last heading (where the talk is) in full colour. */
  .content .left-column {
    float: left;
    width: 20%;
    color: color-mix(in srgb, currentColor 55%, transparent);
  }
  .content .left-column :is(h1, h2, h3, h4) {
    color: inherit;
  }
  .content .left-column :is(h2:last-of-type, h3:last-child) {
    color: var(--lectern-heading, #0d1b2a);
  }
  .content .right-column {
    float: right;
    width: 75%;
    padding-top: 0.5em;
  }
  .content .left-column > :first-child,
  .content .right-column > :first-child {
    margin-top: 0;
  }
  .content .left-column h2 {
    font-size: 1.1em;
  }
  .content .left-column h3 {
    font-size: 0.9em;
  }
  .content:has(.left-column, .right-column)::after {
    content: '';
    display: block;
    clear: both;
  }
`;

export const remarkStyles = new CSSStyleSheet();
remarkStyles.replaceSync(`@layer lectern {${rules.cssText}}`);
