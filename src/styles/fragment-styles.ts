/**
 * reveal.js's fragment styles (`<!-- .element: class="fragment grow" -->`),
 * on the step pass's classes (components/slide-steps.ts): `lectern-later`
 * before the element's step, `lectern-reached` from it on, `lectern-now` at
 * it. The overview and print show the whole slide with none of them. Also
 * reveal.js's `r-stretch`: the element takes the height the rest of the slide leaves.
 *
 * @cssproperty --lectern-highlight-red - `highlight-red` text (also green, blue)
 */
export const fragmentStyles = new CSSStyleSheet();
fragmentStyles.replaceSync(`@layer lectern {
  [data-lectern-shows]:not(.lectern-later) {
    transition: opacity var(--lectern-step-fade, 0.25s) ease-out, visibility var(--lectern-step-fade, 0.25s),
      transform var(--lectern-step-fade, 0.25s) ease-out, color var(--lectern-step-fade, 0.25s);
  }
  :is(.fade-out, .semi-fade-out, .grow, .shrink, .strike, .highlight-red, .highlight-green, .highlight-blue,
    .highlight-current-red, .highlight-current-green, .highlight-current-blue).lectern-later { visibility: inherit; opacity: 1; }
  .fade-out.lectern-reached { visibility: hidden; opacity: 0; }
  .semi-fade-out.lectern-reached { opacity: 0.5; }
  .grow.lectern-reached { transform: scale(1.3); }
  .shrink.lectern-reached { transform: scale(0.7); }
  .strike.lectern-reached { text-decoration: line-through; }
  .fade-up.lectern-later { transform: translateY(40px); }
  .fade-down.lectern-later { transform: translateY(-40px); }
  .fade-left.lectern-later { transform: translateX(40px); }
  .fade-right.lectern-later { transform: translateX(-40px); }
  :is(.fade-in-then-out, .current-visible).lectern-reached:not(.lectern-now) { visibility: hidden; opacity: 0; }
  .fade-in-then-semi-out.lectern-reached:not(.lectern-now) { opacity: 0.5; }
  .highlight-red.lectern-reached, .highlight-current-red.lectern-now { color: var(--lectern-highlight-red, #e0282e); }
  .highlight-green.lectern-reached, .highlight-current-green.lectern-now { color: var(--lectern-highlight-green, #1f9d45); }
  .highlight-blue.lectern-reached, .highlight-current-blue.lectern-now { color: var(--lectern-highlight-blue, #1b7fe0); }
  @media (prefers-reduced-motion: reduce) { [data-lectern-shows]:not(.lectern-later) { transition: none; } }
  .content:has(> .r-stretch, > * > .r-stretch) {
    display: flex;
    flex-direction: column;
    height: calc(100% - 2 * var(--lectern-slide-padding-y, 56px));
  }
  .content:has(> .r-stretch, > * > .r-stretch) > * + * { margin-top: 0; }
  .content > :is(.r-stretch, :has(> .r-stretch)) { flex: 1 1 0; min-height: 0; }
  .r-stretch:is(img, video, svg, canvas, picture) { width: 100%; height: 100%; max-height: none; margin: 0 auto; object-fit: contain; }
}`);
