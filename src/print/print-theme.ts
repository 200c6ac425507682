import type { ReadyDeck } from '../controllers/deck-loader-controller';
import type { LecternSlide } from '../components/lectern-slide';
import { deckStylesheetUrl } from '../themes/deck-stylesheet';

/** How long to wait for a theme's or a deck stylesheet's file; past it, the slides print in the built-in look. */
const PATIENCE_MS = 5_000;

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The deck's theme, its stylesheet and the bundled fonts, as in the talk
 * (src/themes/), before any slide is laid out. useDeck applies them without
 * saying when it is done: its signs are `<html data-lectern-theme>` and the
 * sheets it adopts (the theme's first, the deck's last).
 */
export async function showTheme(ready: ReadyDeck): Promise<void> {
  const before = document.adoptedStyleSheets.length;
  const { useDeck } = await import('../themes/themes');
  useDeck(ready);
  const stylesheet = deckStylesheetUrl(ready) instanceof URL;
  const until = performance.now() + PATIENCE_MS;
  const shown = (): boolean =>
    document.documentElement.dataset.lecternTheme !== undefined && (!stylesheet || document.adoptedStyleSheets.length >= before + 2);
  while (!shown() && performance.now() < until) await frame();
}

/** Fonts still arriving make every slide fit itself again (src/themes/fonts.ts): wait for both. */
export async function fontsSettled(slides: Iterable<LecternSlide>): Promise<void> {
  await document.fonts.ready;
  await Promise.all([...slides].map((slide) => slide.updateComplete));
}
