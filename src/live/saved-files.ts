/**
 * `npm run dev` only: files saved since the page loaded, by URL, with how many
 * times. Their URLs carry that count, so the browser fetches the saved file
 * instead of showing the copy it holds for the page.
 */
const saves = new Map<string, number>();

export function markSaved(href: string): void {
  saves.set(href, (saves.get(href) ?? 0) + 1);
}

/** `href`, or the URL of its latest save. */
export function savedVersion(href: string): string {
  const count = saves.get(href);
  if (count === undefined) return href;
  const url = new URL(href);
  url.searchParams.set('lectern-saved', String(count));
  return url.href;
}
