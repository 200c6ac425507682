/** Where the deck comes from, and a readable reason when it cannot be had. */
import { decodeDeck } from './decode-deck';
import { deckPath, pageDeckList, type DeckEntry } from './deck-list';

/** The deck opened without `?src=` when the page was served with no list of decks (an older build). */
export const DEFAULT_DECK = 'slides/slides.md';

/** Without `?src=`: the one deck in `slides/`, whatever its name; else `slides/slides.md`. */
export function defaultDeck(decks: readonly DeckEntry[] | undefined): string {
  const [only, ...others] = decks ?? [];
  return only && others.length === 0 ? deckPath(only.file) : DEFAULT_DECK;
}

/** The largest deck Lectern reads; a bigger file gets a card, not a frozen tab. */
export const DECK_SIZE_CAP = 10 * 1024 * 1024;

export interface Failure {
  ok: false;
  title: string;
  detail: string;
  advice: string;
}

export type DeckSource = { ok: true; url: URL } | Failure;

const ALLOWED_SCHEMES = ['http:', 'https:'];
// What the URL parser itself ignores before a scheme, so `%20javascript:` is seen as the scheme it is.
const scheme = (src: string): string | undefined =>
  /^([a-z][a-z\d+.-]*):/i.exec(src.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+/, ''))?.[1]?.toLowerCase();

/**
 * `?src=<url>` (relative to the page, or absolute http/https), else the
 * default deck beside index.html. Any other scheme (`javascript:`, `data:`,
 * `blob:`, `file:`…) is refused before anything is fetched: a `data:` deck
 * would put anyone's text under the talk's address.
 */
export function deckSource(pageUrl: string, fallback = defaultDeck(pageDeckList())): DeckSource {
  const page = new URL(pageUrl);
  const src = page.searchParams.get('src')?.trim() ?? '';
  const named = scheme(src);
  if (named !== undefined && !ALLOWED_SCHEMES.includes(`${named}:`)) {
    return {
      ok: false,
      title: 'This deck source is refused',
      detail: `?src= asks for a ${named}: address. Lectern only loads decks over http: or https: (or a path relative to this page), so that nothing but a real file is ever shown as a talk.`,
      advice: 'Put the deck on a web server (a raw file on a code host works) and point ?src= at its https: address.',
    };
  }
  let url: URL;
  try {
    url = new URL(src || fallback, page);
  } catch {
    url = new URL(fallback, page);
  }
  return { ok: true, url };
}

export type DeckText =
  | {
      ok: true;
      text: string;
      /** Where the deck was found, after any redirect: its links and images resolve against it. */
      url: string;
      /** False when it was not UTF-8, and unreadable bytes became U+FFFD. */
      utf8: boolean;
    }
  | Failure;

const looksLikeHtml = (text: string): boolean => /^\s*<(!doctype\s+html|html[\s>]|head[\s>])/i.test(text);

const FETCH_TIMEOUT_MS = 20_000;
const NOT_TEXT = /^(image|audio|video|font)\/|^application\/(octet-stream|pdf|zip|gzip|wasm)/;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

function tooLarge(where: string, size: string): Failure {
  return {
    ok: false,
    title: 'The deck is too large',
    detail: `${where} is ${size}; Lectern reads decks of up to ${megabytes(DECK_SIZE_CAP)}.`,
    advice: 'Split the talk into several decks, or move large data (embedded images, logs) out of the Markdown into files it links to.',
  };
}

/** The body, read no further than the cap, so a huge or endless file cannot fill memory. */
async function readCapped(response: Response): Promise<Uint8Array | 'too large'> {
  const length = response.headers.get('content-length');
  const declared = length === null ? NaN : Number(length);
  if (declared > DECK_SIZE_CAP) return 'too large';
  // A known, allowed size is read whole, which is faster than chunk by chunk. (With content
  // encoding the header counts compressed bytes, so the decoded size is checked again below.)
  if (!response.body || Number.isFinite(declared)) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > DECK_SIZE_CAP ? 'too large' : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > DECK_SIZE_CAP) {
      await reader.cancel();
      return 'too large';
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export async function fetchDeck(url: URL, timeoutMs = FETCH_TIMEOUT_MS): Promise<DeckText> {
  const where = url.href;
  const fix = `Check that the file exists at that address, or point ?src= at your deck (for example ?src=slides/slides.md).`;
  const timedOut = (): Failure => ({
    ok: false,
    title: 'The deck took too long to load',
    detail: `${where} did not answer within ${timeoutMs / 1000} seconds.`,
    advice: 'Check your network connection and the server, then reload the page.',
  });
  let response: Response;
  let bytes: Uint8Array | 'too large';
  try {
    // no-cache: a speaker who edits slides.md on the server sees the edit on reload.
    response = await fetch(url, { cache: 'no-cache', signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) {
      return {
        ok: false,
        title: response.status === 404 ? 'Deck not found' : 'The deck could not be loaded',
        detail: `${where} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        advice: fix,
      };
    }
    bytes = NOT_TEXT.test(response.headers.get('content-type') ?? '') ? new Uint8Array() : await readCapped(response);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return timedOut();
    return {
      ok: false,
      title: 'The deck could not be loaded',
      detail: `Fetching ${where} failed: ${error instanceof Error ? error.message : String(error)}.`,
      advice:
        location.protocol === 'file:'
          ? 'Browsers do not let a page opened from disk read files: serve the folder instead (npm run preview, or any static web server).'
          : 'Check your network connection. A deck on another site must allow cross-origin requests (CORS).',
    };
  }
  if (bytes === 'too large') {
    const declared = Number(response.headers.get('content-length'));
    return tooLarge(where, declared > DECK_SIZE_CAP ? megabytes(declared) : `over ${megabytes(DECK_SIZE_CAP)}`);
  }
  const type = response.headers.get('content-type') ?? '';
  const decoded = decodeDeck(bytes);
  if (decoded.binary || NOT_TEXT.test(type)) {
    return {
      ok: false,
      title: 'This is not a Markdown deck',
      detail: `${where} is ${type || 'a binary file'}, not text.`,
      advice: 'Point ?src= at the Markdown file of your slides.',
    };
  }
  const { text } = decoded;
  // Dev servers answer a missing file with index.html and status 200.
  if (type.includes('text/html') || looksLikeHtml(text)) {
    return {
      ok: false,
      title: 'Deck not found',
      detail: `${where} answered with a web page (HTTP ${response.status}, ${type || 'no content type'}), not a Markdown file: the server has no deck at that address.`,
      advice: fix,
    };
  }
  if (!/[^\s\uFEFF]/.test(text)) {
    return {
      ok: false,
      title: 'The deck is empty',
      detail: `${where} holds no text.`,
      advice: 'Write your slides in it, one after another, separated by lines of three dashes (---).',
    };
  }
  return { ok: true, text, url: response.url || where, utf8: decoded.valid };
}
