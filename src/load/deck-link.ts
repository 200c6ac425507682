import { deckPath } from './deck-list';

/**
 * The link to one deck of `slides/`, relative so it works under any sub-path;
 * the page's other parameters (such as `?presenter`) are kept.
 */
export function deckHref(pageSearch: string, file: string): string {
  const params = new URLSearchParams(pageSearch);
  params.delete('src');
  const rest = params.toString();
  // The value is the deck's URL (escaped path) as ?src= reads it, escaped once more where a query needs it.
  const src = deckPath(file).replace(/[%&#+]/g, (c) => encodeURIComponent(c));
  return `?src=${src}${rest ? `&${rest}` : ''}`;
}
