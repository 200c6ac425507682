import { css } from 'lit';

/**
 * Prism token colours, adopted inside shadow roots where Prism's global CSS cannot reach. AA on the code background.
 * Each is a custom property, so a theme (src/themes/) sets them all: `--lectern-token-comment`, `-punctuation`,
 * `-property`, `-number`, `-string`, `-operator`, `-keyword`, `-function`, `-regex`.
 */
export const prismTheme = css`
  .token.comment, .token.prolog, .token.doctype, .token.cdata { color: var(--lectern-token-comment, #5c6673); font-style: italic; }
  .token.punctuation { color: var(--lectern-token-punctuation, #3d4450); }
  .token.property, .token.tag, .token.constant, .token.symbol, .token.deleted { color: var(--lectern-token-property, #a3114a); }
  .token.boolean, .token.number { color: var(--lectern-token-number, #0550ae); }
  .token.selector, .token.attr-name, .token.string, .token.char, .token.builtin, .token.inserted { color: var(--lectern-token-string, #1a6b2c); }
  .token.operator, .token.entity, .token.url, .token.variable { color: var(--lectern-token-operator, #8a4600); }
  .token.atrule, .token.attr-value, .token.keyword { color: var(--lectern-token-keyword, #b3261e); }
  .token.function, .token.class-name { color: var(--lectern-token-function, #6527b5); }
  .token.regex, .token.important { color: var(--lectern-token-regex, #8a4600); }
  .token.important, .token.bold { font-weight: bold; }
  .token.italic { font-style: italic; }
`;
