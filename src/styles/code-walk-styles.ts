/**
 * Code walk-throughs (render/code-walk.ts, components/code-steps.ts): line numbers
 * from a CSS counter in each line's `::after` (never selected or copied with the
 * code; `::before` holds the ↪ marks of wrapped code), and highlighted lines
 * marked by an accent bar in the gutter, full strength, while the block's other
 * lines are dimmed. The highlight changes no colour behind the text, so the
 * theme's contrast holds for highlighted lines. A walk too tall for its slide
 * scrolls inside borders the colour of its background, which (unlike padding)
 * do not scroll: it shows whole lines only.
 *
 * @cssproperty --lectern-accent - the bar beside highlighted lines
 * @cssproperty --lectern-muted - line numbers
 * @cssproperty --lectern-code-dim - opacity of the lines not highlighted (0.4)
 */
export const codeWalkStyles = new CSSStyleSheet();
codeWalkStyles.replaceSync(`@layer lectern {
  pre:has(> code > .line) { position: relative; }
  [data-lectern-lines] .line, [data-lectern-numbers] .line {
    display: block;
    position: relative;
    margin-left: -0.6em;
    padding-left: 0.6em;
  }
  [data-lectern-numbers] {
    counter-reset: lectern-line var(--lectern-line-start, 0);
    padding-left: calc(2em + var(--lectern-line-digits, 2) * 1ch);
  }
  [data-lectern-numbers] .line { counter-increment: lectern-line; }
  [data-lectern-numbers] .line::after {
    content: counter(lectern-line);
    position: absolute;
    top: 0;
    right: calc(100% + 0.4em);
    text-indent: 0;
    font-style: normal;
    color: var(--lectern-muted, #5c6673);
    user-select: none;
  }
  [data-lectern-lines] .line { transition: opacity var(--lectern-step-fade, 0.25s) ease-out; }
  [data-lectern-lines]:has(.focus) .line:not(.focus) { opacity: var(--lectern-code-dim, 0.4); }
  [data-lectern-lines] .line.focus {
    background: linear-gradient(var(--lectern-accent, #0a58b0), var(--lectern-accent, #0a58b0)) 0 0 / 0.22em 100% no-repeat;
  }
  [data-lectern-lines] .line.focus::after { color: inherit; }
  pre.lectern-capped {
    box-sizing: border-box;
    overflow-y: auto;
    padding-block: 0;
    border-block: 0.7em solid var(--lectern-code-background, #f1f3f7);
    scrollbar-width: thin;
    scrollbar-color: var(--lectern-muted, #5c6673) transparent;
  }
  @media (prefers-reduced-motion: reduce) { [data-lectern-lines] .line { transition: none; } }
}`);
