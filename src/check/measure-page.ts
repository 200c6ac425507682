/** The page `npm run check` opens in Chromium (measure.html, on its own Vite server). */
import { measureDeck } from './measure-deck';

declare global {
  interface Window {
    lecternMeasure?: typeof measureDeck;
  }
}
window.lecternMeasure = measureDeck;
