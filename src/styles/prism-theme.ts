import { css } from 'lit';

/** Prism token colours, adopted inside shadow roots where Prism's global CSS cannot reach. AA on the code background. */
export const prismTheme = css`
  .token.comment, .token.prolog, .token.doctype, .token.cdata { color: #5c6673; font-style: italic; }
  .token.punctuation { color: #3d4450; }
  .token.property, .token.tag, .token.constant, .token.symbol, .token.deleted { color: #a3114a; }
  .token.boolean, .token.number { color: #0550ae; }
  .token.selector, .token.attr-name, .token.string, .token.char, .token.builtin, .token.inserted { color: #1a6b2c; }
  .token.operator, .token.entity, .token.url, .token.variable { color: #8a4600; }
  .token.atrule, .token.attr-value, .token.keyword { color: #b3261e; }
  .token.function, .token.class-name { color: #6527b5; }
  .token.regex, .token.important { color: #8a4600; }
  .token.important, .token.bold { font-weight: bold; }
  .token.italic { font-style: italic; }
`;
