/**
 * Dev server only (main.ts loads it behind import.meta.env.DEV): the findings
 * of `npm run check` for the deck on the page, in a badge, kept fresh as the
 * deck and its files change.
 */
import '../components/lectern-check-badge';
import { listsDecks, pageDeckList } from '../load/deck-list';
import { deckSource } from '../load/deck-source';
import { CHECK_ENDPOINT, type DevCheckReply, type SlideFinding } from './dev-check-protocol';
import { shrunkFindings } from './dev-fit';

/** A burst of saves (an editor, then a formatter) is checked once. */
const SETTLE_MS = 150;

async function serverFindings(deckPath: string): Promise<SlideFinding[] | undefined> {
  const response = await fetch(`${CHECK_ENDPOINT}?deck=${encodeURIComponent(deckPath)}`, { cache: 'no-store' });
  if (!response.ok) return undefined;
  return ((await response.json()) as DevCheckReply).findings;
}

function start(): void {
  // The list of decks is not a deck; the presenter view has its controls in that corner.
  if (listsDecks(location.href, pageDeckList()) || new URL(location.href).searchParams.has('presenter')) return;
  const source = deckSource(location.href);
  // Only a deck this dev server serves can be checked on its disk.
  if (!source.ok || source.url.origin !== location.origin) return;
  const deckUrl = source.url;
  const badge = document.createElement('lectern-check-badge');
  document.body.append(badge);
  let run = 0;
  const refresh = async (): Promise<void> => {
    const mine = ++run;
    const found = await serverFindings(deckUrl.pathname).catch(() => undefined);
    if (mine !== run || !found) return;
    badge.findings = found;
    const shrunk = await shrunkFindings(deckUrl.href, () => mine === run).catch(() => []);
    if (mine === run && shrunk) badge.findings = [...found, ...shrunk].sort((a, b) => a.line - b.line);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  import.meta.hot?.on('lectern:deck-changed', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), SETTLE_MS);
  });
  void refresh();
}

start();
