/**
 * Build-up steps: what is still to come keeps its space (nothing on the slide
 * moves as it appears) and fades in when its step comes; going back hides it at once.
 */
export const stepStyles = new CSSStyleSheet();
stepStyles.replaceSync(`@layer lectern {
  .lectern-later { visibility: hidden; opacity: 0; }
  [data-lectern-shows]:not(.lectern-later) { transition: opacity var(--lectern-step-fade, 0.25s) ease-out; }
  @media (prefers-reduced-motion: reduce) { [data-lectern-shows]:not(.lectern-later) { transition: none; } }
}`);
