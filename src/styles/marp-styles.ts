import { css } from 'lit';

/**
 * What Marp decks add to a slide (marp-dress.ts): background images behind the
 * content, the page number, header and footer, fitted headings. Adopted into
 * each slide of a Marp deck, in Lectern's layer, so a deck's styles still win.
 *
 * @cssproperty --lectern-marp-edge - how far the header, footer and page number sit from the slide's top and bottom
 * @cssproperty --lectern-marp-inset - how far the header and footer sit from the slide's sides
 */
const rules = css`
  .lectern-marp-bg {
    position: absolute;
    inset: 0;
    display: flex;
  }
  .lectern-marp-bg.vertical {
    flex-direction: column;
  }
  .lectern-marp-bg > div {
    flex: 1;
    background: center / cover no-repeat;
  }
  .lectern-marp-header,
  .lectern-marp-footer,
  .lectern-marp-page {
    position: absolute;
    left: var(--lectern-marp-inset, 72px);
    right: var(--lectern-marp-inset, 72px);
    top: var(--lectern-marp-edge, 20px);
    font-size: 0.6em;
    opacity: 0.8;
  }
  .lectern-marp-footer,
  .lectern-marp-page {
    top: auto;
    bottom: var(--lectern-marp-edge, 20px);
  }
  /* Bottom right as in Marp, raised above the talk's own N / M counter in that corner. */
  .lectern-marp-page {
    left: auto;
    right: 28px;
    bottom: 48px;
    min-width: 1.5em;
    text-align: right;
  }
  .lectern-marp-header > p,
  .lectern-marp-footer > p {
    margin: 0;
  }
  /* Marp's invert class: a dark slide, as remark's inverse. */
  :host(.invert) {
    background-color: #1f2430;
    color: #f4f6fa;
  }
  :host(.invert) .content {
    --lectern-text: #f4f6fa;
    --lectern-heading: #ffffff;
    --lectern-accent: #9ccbff;
    --lectern-quote: #dde3ee;
    color: var(--lectern-text);
  }
  :host(.invert) :is(pre, code),
  :host([marp-color]) :is(pre, code) {
    color: var(--lectern-code-text);
  }
  .lectern-fitted {
    white-space: nowrap;
    margin: 0.1em 0;
    line-height: 1.1;
  }
  .lectern-fit-line {
    display: inline-block;
  }
  /* \`![h:600](x.png)\`: the height asked for, past the usual cap (the slide's fit shrinks it if need be). */
  img[style*='height'] {
    max-height: none;
  }
`;

export const marpStyles = new CSSStyleSheet();
marpStyles.replaceSync(`@layer lectern {${rules.cssText}}`);
