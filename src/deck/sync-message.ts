/**
 * Messages between windows showing the same deck (audience, projector,
 * presenter). Anything that does not match exactly is ignored.
 */

/** Version 2 added `deck`: the URL of the deck a message is about. `step` (a slide's build-up step) is optional: 0 when absent. */
export const SYNC_VERSION = 2;

export type SyncMessage =
  /**
   * The talk is at a slide: a speaker moved there in window `from`, or (`lead`)
   * window `from` was just opened at a URL naming it, which is not a move.
   */
  | { v: typeof SYNC_VERSION; deck: string; type: 'goto'; from: string; index: number; step: number; lead: boolean }
  /** Window `from` just opened and asks where the talk is. */
  | { v: typeof SYNC_VERSION; deck: string; type: 'hello'; from: string }
  /**
   * The answer to a hello, addressed to window `to`. `known` is false when the
   * answering window is itself still waiting to hear where the talk is.
   */
  | { v: typeof SYNC_VERSION; deck: string; type: 'state'; from: string; to: string; index: number; step: number; screen: Screen; known: boolean }
  /** The audience screen was blanked or brought back. */
  | { v: typeof SYNC_VERSION; deck: string; type: 'screen'; from: string; screen: Screen };

export type Screen = 'normal' | 'black' | 'white';
const SCREENS: readonly unknown[] = ['normal', 'black', 'white'] satisfies Screen[];
const isScreen = (value: unknown): value is Screen => SCREENS.includes(value);

const isId = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{1,64}$/.test(value);

/** The id messages carry for a deck: its URL without the hash. */
export const deckId = (deckUrl: string): string => deckUrl.replace(/#.*$/, '');

/**
 * A message from another window about this deck (`deck`, its id), or
 * undefined: anything of another version or deck, or not exactly well-formed.
 */
export function readSyncMessage(data: unknown, slideCount: number, deck: string): SyncMessage | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const message = data as Record<string, unknown>;
  if (message.v !== SYNC_VERSION || message.deck !== deck || !isId(message.from)) return undefined;
  const index = message.index;
  const validIndex = typeof index === 'number' && Number.isSafeInteger(index) && index >= 0 && index < slideCount;
  const step = typeof message.step === 'number' && Number.isSafeInteger(message.step) && message.step >= 0 ? message.step : 0;
  switch (message.type) {
    case 'hello':
      return { v: SYNC_VERSION, deck, type: 'hello', from: message.from };
    case 'goto':
      return validIndex ? { v: SYNC_VERSION, deck, type: 'goto', from: message.from, index, step, lead: message.lead === true } : undefined;
    case 'state':
      return validIndex && isId(message.to)
        ? {
            v: SYNC_VERSION,
            deck,
            type: 'state',
            from: message.from,
            to: message.to,
            index,
            step,
            screen: isScreen(message.screen) ? message.screen : 'normal',
            known: message.known !== false,
          }
        : undefined;
    case 'screen':
      return isScreen(message.screen) ? { v: SYNC_VERSION, deck, type: 'screen', from: message.from, screen: message.screen } : undefined;
    default:
      return undefined;
  }
}

/** One channel per deck, so two decks open side by side do not steer each other. */
export function channelName(deckUrl: string): string {
  return `lectern:${deckId(deckUrl)}`;
}
