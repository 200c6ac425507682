/** Pure white on pure black, yellow accents, no colour under 7:1 against black (WCAG AAA). */
export default `:root {
  --lectern-background: #000;
  --lectern-text: #fff;
  --lectern-heading: #fff;
  --lectern-accent: #ffeb3b;
  --lectern-muted: #fff;
  --lectern-rule: #fff;
  --lectern-quote: #fff;
  --lectern-code-background: #1a1a1a;
  --lectern-inline-notes-background: #000;
  --lectern-token-comment: #d8d8d8;
  --lectern-token-punctuation: #fff;
  --lectern-token-property: #ffa8d8;
  --lectern-token-number: #9fd8ff;
  --lectern-token-string: #93ff93;
  --lectern-token-operator: #ffd27f;
  --lectern-token-keyword: #ffeb3b;
  --lectern-token-function: #f0b8ff;
  --lectern-token-regex: #ffd27f;
  color-scheme: dark;
}`;
