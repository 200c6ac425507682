import { channelName } from '../deck/sync-message';
import { talkUrl } from '../deck/hash';

/**
 * Opens (or brings back) the presenter window of this deck at slide `index`, at its `step`,
 * or opens one more audience window (remark's clone, for the projector).
 * Returns the window's URL when the browser blocked it, so the page can offer a link.
 */
export function openTalkWindow(index: number, step: number, deckUrl: string, presenter: boolean): string | undefined {
  const url = talkUrl(location.href, index, step, presenter);
  // One presenter window per deck: pressing the key again brings the same window back. Clones are new each time.
  const name = presenter ? `lectern-presenter-${channelName(deckUrl).replace(/\W+/g, '-').slice(-80)}` : '';
  const opened = window.open(url, name, 'popup,width=1280,height=800');
  opened?.focus();
  return opened ? undefined : url;
}

export function toggleFullscreen(): void {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  request.catch((error: unknown) => console.warn('Lectern: full screen is not available here', error));
}
