import { deckReferences, type DeckReference } from '../deck/deck-references';
import { parseHash } from '../deck/hash';
import type { Deck, Slide } from '../deck/types';
import type { DeckFiles, Finding } from './finding';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const remote = (url: string): boolean => SCHEME.test(url) || url.startsWith('//');

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `dir` + `path` with `.` and `..` segments folded, for a readable message and one lookup. */
export function joinPath(dir: string, path: string): string {
  const parts: string[] = [];
  for (const part of `${dir}${path}`.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function checkHash(ref: DeckReference, deck: Deck): string | undefined {
  const count = deck.slides.length;
  const names = (s: Slide, id: string): boolean => s.id === id || s.headings.some((h) => h.id === id);
  const target = parseHash(ref.url, count, (id) => (deck.slides.find((s) => s.id === id) ?? deck.slides.find((s) => s.headings.some((h) => h.id === id)))?.index);
  const body = decode(ref.url.slice(1));
  if (!target.named) return `no heading with id "${body.replace(/^\//, '')}" (link ${ref.url})`;
  const numbered = /^(?:\/|slide|presenter|p)?(\d+)\/?$/i.exec(body);
  const n = Number(numbered?.[1]);
  // `#2024` may name a heading `## 2024`, as parseHash reads it; `#/2024` is always a slide number.
  const heading = !body.startsWith('/') && deck.slides.some((s) => names(s, body));
  if (numbered && !heading && (n < 1 || n > count)) return `link ${ref.url} goes to slide ${n}, but the deck has ${count} slides`;
  return undefined;
}

/**
 * A `?src=` link opens the page its path names with another deck. Links
 * resolve against the deck's own URL, so a bare `?src=x.md` opens the deck
 * file itself rather than the app.
 */
function checkDeckLink(path: string, src: string, files: DeckFiles): string | undefined {
  if (remote(src) || src === '') return undefined;
  if (path === '') return `?src= link opens this deck's own file, not Lectern: give the page's address first (such as ../?src=${src})`;
  const pageDir = path.endsWith('/') ? path : path.slice(0, path.lastIndexOf('/') + 1);
  const target = joinPath(pageDir, decode(src.split(/[?#]/)[0] ?? ''));
  return files.kind(target) === 'file' ? undefined : `?src= deck not found: ${src}`;
}

function checkOne(ref: DeckReference, deck: Deck, files: DeckFiles): string | undefined {
  const { url } = ref;
  if (url.startsWith('#')) return url === '#' ? undefined : checkHash(ref, deck);
  if (remote(url)) return undefined;
  const path = url.split(/[?#]/)[0] ?? '';
  const query = /\?([^#]*)/.exec(url)?.[1];
  const src = query === undefined ? null : new URLSearchParams(query).get('src');
  if (src !== null) return checkDeckLink(path, src, files);
  // A site-root path depends on where the talk is hosted (often a sub-path): nothing to check on disk.
  if (path === '' || path.startsWith('/')) return undefined;
  const kind = files.kind(joinPath('', decode(path)));
  if (ref.kind === 'image') return kind === 'file' ? undefined : `image not found: ${url}`;
  return kind === undefined ? `link target not found: ${url}` : undefined;
}

/** Images and local links that do not exist, in-deck links to nothing, `?src=` decks that are not files. */
export function checkReferences(source: string, deck: Deck, files: DeckFiles): Finding[] {
  const findings: Finding[] = [];
  for (const ref of deckReferences(source)) {
    const message = checkOne(ref, deck, files);
    if (message) findings.push({ line: ref.line, level: 'error', message });
  }
  return findings;
}
