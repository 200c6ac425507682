import type { ReadyDeck } from '../controllers/deck-loader-controller';

type Themes = typeof import('./themes');

let loadThemes: (() => Promise<Themes>) | undefined;

/**
 * The theme code (src/themes/themes.ts) is not part of the first load: it
 * comes at once when the URL or the deck asks for a theme or a stylesheet,
 * else once the first slide has painted (for the fonts, a theme chosen with
 * the key before a reload, and one chosen in another window).
 */
export function startThemes(ready: ReadyDeck, afterFirstSlide: (task: () => void) => void): void {
  let themes: Promise<Themes> | undefined;
  const load = (loadThemes = () => (themes ??= import('./themes').then((module) => (module.useDeck(ready), module))));
  if (ready.deck.meta.theme ?? ready.deck.meta.css ?? location.search.includes('theme=')) void load();
  else afterFirstSlide(() => void load());
}

/** The theme key: the next built-in theme, in every window of this talk. */
export function cycleTheme(): void {
  void loadThemes?.().then((module) => module.cycle());
}
