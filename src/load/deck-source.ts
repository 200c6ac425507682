/** Where the deck comes from, and a readable reason when it cannot be had. */

export const DEFAULT_DECK = 'slides/slides.md';

/** `?src=<url>` (relative to the page, or absolute), else the default deck beside index.html. */
export function deckUrl(pageUrl: string): URL {
  const page = new URL(pageUrl);
  const src = page.searchParams.get('src')?.trim();
  try {
    return new URL(src || DEFAULT_DECK, page);
  } catch {
    return new URL(DEFAULT_DECK, page);
  }
}

export type DeckText = { ok: true; text: string } | { ok: false; title: string; detail: string; advice: string };

const looksLikeHtml = (text: string): boolean => /^\s*<(!doctype\s+html|html[\s>]|head[\s>])/i.test(text);

const FETCH_TIMEOUT_MS = 20_000;
const NOT_TEXT = /^(image|audio|video|font)\/|^application\/(octet-stream|pdf|zip|gzip|wasm)/;

export async function fetchDeck(url: URL, timeoutMs = FETCH_TIMEOUT_MS): Promise<DeckText> {
  const where = url.href;
  const fix = `Check that the file exists at that address, or point ?src= at your deck (for example ?src=slides/slides.md).`;
  let response: Response;
  try {
    // no-cache: a speaker who edits slides.md on the server sees the edit on reload.
    response = await fetch(url, { cache: 'no-cache', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const fromDisk = location.protocol === 'file:';
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return {
        ok: false,
        title: 'The deck took too long to load',
        detail: `${where} did not answer within ${timeoutMs / 1000} seconds.`,
        advice: 'Check your network connection and the server, then reload the page.',
      };
    }
    return {
      ok: false,
      title: 'The deck could not be loaded',
      detail: `Fetching ${where} failed: ${error instanceof Error ? error.message : String(error)}.`,
      advice: fromDisk
        ? 'Browsers do not let a page opened from disk read files: serve the folder instead (npm run preview, or any static web server).'
        : 'Check your network connection. A deck on another site must allow cross-origin requests (CORS).',
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      title: response.status === 404 ? 'Deck not found' : 'The deck could not be loaded',
      detail: `${where} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      advice: fix,
    };
  }
  const type = response.headers.get('content-type') ?? '';
  const text = NOT_TEXT.test(type) ? '\0' : await response.text();
  if (text.includes('\0')) {
    return {
      ok: false,
      title: 'This is not a Markdown deck',
      detail: `${where} is ${type || 'a binary file'}, not text.`,
      advice: 'Point ?src= at the Markdown file of your slides.',
    };
  }
  // Dev servers answer a missing file with index.html and status 200.
  if (type.includes('text/html') || looksLikeHtml(text)) {
    return {
      ok: false,
      title: 'Deck not found',
      detail: `${where} answered with a web page (HTTP ${response.status}, ${type || 'no content type'}), not a Markdown file: the server has no deck at that address.`,
      advice: fix,
    };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return {
      ok: false,
      title: 'The deck is empty',
      detail: `${where} holds no text.`,
      advice: 'Write your slides in it, one after another, separated by lines of three dashes (---).',
    };
  }
  return { ok: true, text };
}
