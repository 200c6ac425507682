import interLatin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interLatin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import interExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url';
import interExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url';
import monoLatin400 from '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2?url';
import monoExt400 from '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-ext-400-normal.woff2?url';
import { adoptInSlides, refitSlides } from './slide-sheets';

// Fontsource's ranges: a browser fetches a file only once a slide uses a character in its range.
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const face = (family: string, weight: number, url: string, range: string): string =>
  `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:swap;src:url(${JSON.stringify(url)}) format('woff2');unicode-range:${range}}`;

const FACES = [
  face('Inter', 400, interLatin400, LATIN),
  face('Inter', 400, interExt400, LATIN_EXT),
  face('Inter', 700, interLatin700, LATIN),
  face('Inter', 700, interExt700, LATIN_EXT),
  face('JetBrains Mono', 400, monoLatin400, LATIN),
  face('JetBrains Mono', 400, monoExt400, LATIN_EXT),
  // Custom properties, so a deck's stylesheet (adopted after this) can still name its own fonts.
  `:root{--lectern-font:Inter,system-ui,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif,'Apple Color Emoji','Segoe UI Emoji','Noto Color Emoji';--lectern-code-font:'JetBrains Mono',ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace}`,
].join('\n');

let added = false;

/**
 * Declares the bundled fonts and makes them the slides' fonts. This runs once the first slide has painted, so
 * the slide never waits for a font: it shows in the system font, then each
 * slide fits itself again in Inter as the files arrive. Emoji and CJK are not
 * in these files and fall through to the system fonts after them.
 */
export function addFonts(): void {
  if (added) return;
  added = true;
  document.fonts.addEventListener('loadingdone', refitSlides);
  const style = document.createElement('style');
  style.id = 'lectern-fonts';
  style.textContent = FACES;
  document.head.append(style);
  // JetBrains Mono draws `=>` as one arrow: an audience copying from the screen should see what to type.
  // In Lectern's own layer, so a deck's stylesheet or a slide's <style> can turn them back on.
  const code = new CSSStyleSheet();
  code.replaceSync('@layer lectern { code { font-variant-ligatures: none; } }');
  adoptInSlides(code);
}
