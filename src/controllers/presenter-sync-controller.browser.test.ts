import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelName, type Screen } from '../deck/sync-message';
import { mountHost } from '../test/test-host';
import { PresenterSyncController } from './presenter-sync-controller';

const DECK = `${location.origin}/deck-${Math.random().toString(36).slice(2)}.md`;

/** One window of the talk: its controller, where it is, and what it was told. */
function openWindow(at = 0, deck = DECK) {
  const host = mountHost();
  const window = {
    host,
    index: at,
    screen: 'normal' as Screen,
    log: [] as string[],
    sync: undefined as unknown as PresenterSyncController,
  };
  window.sync = new PresenterSyncController(host, {
    onRemote: (i) => {
      window.index = i;
      window.log.push(`remote ${i}`);
    },
    onJoin: (i, screen) => {
      window.index = i;
      window.screen = screen;
      window.log.push(`join ${i}`);
    },
    onRemoteScreen: (screen) => {
      window.screen = screen;
      window.log.push(`screen ${screen}`);
    },
  });
  return { ...window, join: (lead: boolean) => window.sync.join(deck, 10, () => ({ index: window.index, screen: window.screen }), lead), window };
}

/** A raw channel on the deck, standing in for another window that behaves however a test needs. */
function rawChannel(deck = DECK): BroadcastChannel {
  const channel = new BroadcastChannel(channelName(deck));
  channels.push(channel);
  return channel;
}
const channels: BroadcastChannel[] = [];

afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('PresenterSyncController', () => {
  it('a window opened at a named slide takes the others there', async () => {
    const first = openWindow(2);
    first.join(true);
    const second = openWindow(6);
    second.join(true);
    await vi.waitFor(() => expect(first.window.log).toEqual(['remote 6']));
    expect(second.window.log).toEqual([]);
  });

  it('a window opened without a slide joins the talk where it is, as a join and not a move', async () => {
    const talk = openWindow(4);
    talk.join(true);
    talk.window.screen = 'black';
    const joiner = openWindow(0);
    joiner.join(false);
    await vi.waitFor(() => expect(joiner.window.log).toEqual(['join 4']));
    expect(joiner.window.screen).toBe('black');
    expect(talk.window.log).toEqual([]);
  });

  it('follows a late answer, as long as it has not moved on its own since', async () => {
    /**
     * A window on its own deck that answers every hello 600 ms late, after the joiner stopped
     * waiting. Resolves once the joiner has read the answer: it then answers a hello of its own.
     */
    const slowTalk = (deck: string) =>
      new Promise<void>((answered) => {
        const slow = rawChannel(deck);
        slow.onmessage = (event: MessageEvent<{ type: string; from: string; to?: string }>) => {
          if (event.data.type === 'state' && event.data.to === 'probe') answered();
          if (event.data.type !== 'hello') return;
          const to = event.data.from;
          setTimeout(() => {
            slow.postMessage({ v: 1, type: 'state', from: 'slow', to, index: 7, screen: 'normal' });
            slow.postMessage({ v: 1, type: 'hello', from: 'probe' });
          }, 600);
        };
      });
    const late = slowTalk(`${DECK}.late`);
    const joiner = openWindow(0, `${DECK}.late`);
    joiner.join(false);
    await late;
    expect(joiner.window.log).toEqual(['join 7']);

    const ignored = slowTalk(`${DECK}.moved`);
    const mover = openWindow(0, `${DECK}.moved`);
    mover.join(false);
    await vi.waitFor(() => expect(mover.window.sync.isSettled).toBe(true));
    mover.sync.announce(1);
    await ignored;
    expect(mover.window.log).toEqual([]);
  });

  it('holds intents until the window knows where the talk is, then runs them in order', async () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    const alone = openWindow(0);
    alone.sync.whenSettled(() => ran.push('before join'));
    alone.join(false);
    alone.sync.whenSettled(() => ran.push('while joining'));
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(ran).toEqual(['before join', 'while joining']);
    alone.sync.whenSettled(() => ran.push('settled'));
    expect(ran.at(-1)).toBe('settled');
  });

  it('tells the others about moves and blank screens made here, never echoing what it follows', async () => {
    const a = openWindow(0);
    a.join(true);
    const b = openWindow(0);
    b.join(true);
    const observer = rawChannel();
    const seen: unknown[] = [];
    observer.onmessage = (event) => seen.push(event.data);
    a.sync.announce(3);
    a.sync.announceScreen('white');
    await vi.waitFor(() => expect(b.window.log).toEqual(['remote 3', 'screen white']));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toMatchObject([{ type: 'goto', index: 3 }, { type: 'screen', screen: 'white' }]);
  });

  it('ignores malformed messages and messages for another deck', async () => {
    const window = openWindow(2);
    window.join(true);
    const junk = rawChannel();
    for (const message of [null, 'goto 1', { v: 2, type: 'goto', from: 'x', index: 1 }, { v: 1, type: 'goto', from: 'x', index: 10 }]) {
      junk.postMessage(message);
    }
    rawChannel(`${DECK}.other`).postMessage({ v: 1, type: 'goto', from: 'x', index: 5 });
    junk.postMessage({ v: 1, type: 'goto', from: 'x', index: 8 });
    await vi.waitFor(() => expect(window.window.log).toEqual(['remote 8']));
  });

  it('leaves the channel when its host leaves the page', async () => {
    const window = openWindow(2);
    window.join(true);
    window.host.remove();
    rawChannel().postMessage({ v: 1, type: 'goto', from: 'x', index: 5 });
    const probe = openWindow(0);
    probe.join(true);
    rawChannel().postMessage({ v: 1, type: 'goto', from: 'x', index: 6 });
    await vi.waitFor(() => expect(probe.window.log).toEqual(['remote 6']));
    expect(window.window.log).toEqual([]);
  });
});
