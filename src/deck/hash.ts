/**
 * URL-hash rules. The canonical form is `#/N`, 1-based, and `#/N/S` for
 * step S of a slide built up in steps (`#/N` is its step 0). `#N`, Landslide's
 * `#slideN`, `#/<heading-id>` and `#<heading-id>` (a heading id before a
 * number, as in-deck links are written) are read too; Landslide's
 * `#presenterN` and remark's `#pN` also ask for the presenter view.
 * Out-of-range numbers clamp; anything unreadable means slide 1.
 */

export interface HashTarget {
  /** 0-based slide index, always within the deck. */
  index: number;
  /** The build-up step the hash names (`#/5/2`), 0 when it names none; not yet clamped to the slide's steps. */
  step: number;
  /** The hash asked for the presenter view. */
  presenter: boolean;
  /** The hash names a slide (a number or a heading); an empty or unreadable one does not. */
  named: boolean;
}

export type HeadingLookup = (id: string) => number | undefined;

function clamp(n: number, count: number): number {
  return Math.min(Math.max(n, 0), Math.max(count - 1, 0));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function parseHash(hash: string, slideCount: number, findHeading: HeadingLookup): HashTarget {
  const body = decode(hash.replace(/^#/, ''));
  // An in-deck link `#2024` to a heading `## 2024` means the heading; `#/2024` is always a number.
  const heading = body.startsWith('/') || body === '' ? undefined : findHeading(body);
  if (heading !== undefined) return { index: clamp(heading, slideCount), step: 0, presenter: false, named: true };
  const numbered = /^(\/|slide|presenter|p)?(\d+)(?:\/(\d{1,6}))?\/?$/i.exec(body);
  if (numbered) {
    const prefix = numbered[1]?.toLowerCase();
    const n = Number(numbered[2]);
    const presenter = prefix === 'presenter' || prefix === 'p';
    return { index: clamp(Number.isFinite(n) ? n - 1 : slideCount, slideCount), step: Number(numbered[3] ?? 0), presenter, named: true };
  }
  const id = body.replace(/^\//, '');
  const found = id === '' ? undefined : findHeading(id);
  return found === undefined
    ? { index: 0, step: 0, presenter: false, named: false }
    : { index: clamp(found, slideCount), step: 0, presenter: false, named: true };
}

export function formatHash(index: number, step = 0): string {
  return step > 0 ? `#/${index + 1}/${step}` : `#/${index + 1}`;
}

/**
 * A window of the talk a page shows, at slide `index` and `step`, `src=` kept:
 * the presenter view (`?presenter` added), or an audience window.
 */
export function talkUrl(pageUrl: string, index: number, step = 0, presenter = true): string {
  const url = new URL(pageUrl);
  url.searchParams.delete('presenter');
  if (presenter) url.searchParams.set('presenter', '');
  url.hash = formatHash(index, step);
  return url.href.replace(/([?&])presenter=(?=&|#|$)/, '$1presenter');
}
