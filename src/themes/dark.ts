/** A dark slide for a dim room: light text on near-black, code colours AA (most AAA) on the code background. */
export default `:root {
  --lectern-background: #15181e;
  --lectern-text: #e4e8ee;
  --lectern-heading: #f5f7fa;
  --lectern-accent: #7cb7ff;
  --lectern-muted: #aab2bf;
  --lectern-rule: #3b4351;
  --lectern-quote: #c4cbd6;
  --lectern-code-background: #232831;
  --lectern-inline-notes-background: #3a2f12;
  --lectern-token-comment: #a0aab8;
  --lectern-token-punctuation: #ccd3dd;
  --lectern-token-property: #ff8fab;
  --lectern-token-number: #82c4ff;
  --lectern-token-string: #8ae08f;
  --lectern-token-operator: #ffb070;
  --lectern-token-keyword: #ff8a80;
  --lectern-token-function: #d5b0ff;
  --lectern-token-regex: #ffb070;
  color-scheme: dark;
}`;
