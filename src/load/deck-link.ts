import { deckPath } from './deck-list';

/**
 * The link to one deck of `slides/`, relative so it works under any sub-path;
 * the page's other parameters (such as `?presenter`) are kept.
 */
export function deckHref(pageSearch: string, file: string): string {
  const params = new URLSearchParams(pageSearch);
  params.delete('src');
  const rest = params.toString();
  return `?src=${deckPath(file)}${rest ? `&${rest}` : ''}`;
}
