import { channelName } from '../deck/sync-message';
import { presenterUrl } from '../deck/hash';

/**
 * Opens (or brings back) the presenter window of this deck at slide `index`, at its `step`.
 * Returns the presenter URL when the browser blocked the window, so the page can offer a link.
 */
export function openPresenterWindow(index: number, step: number, deckUrl: string): string | undefined {
  const url = presenterUrl(location.href, index, step);
  // One presenter window per deck: pressing the key again brings the same window back.
  const name = `lectern-presenter-${channelName(deckUrl).replace(/\W+/g, '-').slice(-80)}`;
  const opened = window.open(url, name, 'popup,width=1280,height=800');
  opened?.focus();
  return opened ? undefined : url;
}

export function toggleFullscreen(): void {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  request.catch((error: unknown) => console.warn('Lectern: full screen is not available here', error));
}
