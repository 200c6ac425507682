import type { ReadyDeck } from '../controllers/deck-loader-controller';
import { chooseTheme, isTheme, nextTheme, type ThemeName } from './theme-names';
import { adoptDeckStylesheet } from './deck-stylesheet';
import { addFonts } from './fonts';

/** Each theme is its own small file, fetched only when it is shown. `light` is the built-in fallbacks themselves. */
const THEME_CSS: Record<Exclude<ThemeName, 'light'>, () => Promise<{ default: string }>> = {
  dark: () => import('./dark'),
  'high-contrast': () => import('./high-contrast'),
};

/** First in the page's sheets, so that a deck's stylesheet, adopted after it, wins. */
const sheet = new CSSStyleSheet();
let current: ThemeName = 'light';
let key = '';
let channel: BroadcastChannel | undefined;
const ASK = 'which theme?';

/**
 * Shows the deck's theme (the key's choice in this tab, else `?theme=`, else
 * front matter) and its stylesheet, and declares the bundled fonts. A theme
 * chosen with the key in any window of the talk (presenter, audience) follows
 * into the others: the speaker presses it where they are, the room sees it.
 */
export function useDeck(ready: ReadyDeck): void {
  addFonts();
  if (channel) return;
  key = themeKey(ready.url);
  document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
  channel = new BroadcastChannel(key);
  channel.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
    if (isTheme(data)) void show(data, 'other window');
    // A window opened later (a second audience screen, the presenter) asks which theme the talk is in.
    else if (data === ASK && readSession(key) !== null) channel?.postMessage(current);
  });
  const query = new URL(location.href).searchParams.get('theme');
  void show(chooseTheme({ stored: readSession(key), query, meta: ready.deck.meta.theme }), 'start');
  channel.postMessage(ASK);
  void adoptDeckStylesheet(ready);
}

export function cycle(): void {
  void show(nextTheme(current), 'key');
}

/** A choice made with the key, here or in another window, is kept for a reload; the deck's and the URL's need not be. */
async function show(theme: ThemeName, by: 'start' | 'key' | 'other window'): Promise<void> {
  current = theme;
  if (by === 'key') channel?.postMessage(theme);
  if (by !== 'start') writeSession(key, theme);
  const text = theme === 'light' ? '' : (await THEME_CSS[theme]()).default;
  // A quicker key press may have moved on while this theme's file was on its way.
  if (current !== theme) return;
  sheet.replaceSync(text);
  // For a deck's stylesheet (`:root[data-lectern-theme='dark'] …`) and for tests.
  document.documentElement.dataset.lecternTheme = theme;
}

/** Where a tab keeps the theme chosen with the key for one deck: a reload keeps it, another talk does not inherit it. */
const themeKey = (deckUrl: string): string => `lectern-theme ${deckUrl}`;

function readSession(name: string): string | null {
  try {
    return sessionStorage.getItem(name);
  } catch {
    return null;
  }
}

function writeSession(name: string, value: string): void {
  try {
    sessionStorage.setItem(name, value);
  } catch {
    // Nowhere to keep it: the theme lasts as long as the page.
  }
}
