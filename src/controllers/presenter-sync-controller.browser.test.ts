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
    step: 0,
    screen: 'normal' as Screen,
    log: [] as string[],
    sync: undefined as unknown as PresenterSyncController,
  };
  window.sync = new PresenterSyncController(host, {
    onRemote: (i, lead, step) => {
      window.index = i;
      window.step = step;
      window.log.push(`${lead ? 'lead' : 'remote'} ${i}${step ? ` step ${step}` : ''}`);
    },
    onJoin: (i, screen, step) => {
      window.index = i;
      window.step = step;
      window.screen = screen;
      window.log.push(`join ${i}${step ? ` step ${step}` : ''}`);
    },
    onRemoteScreen: (screen) => {
      window.screen = screen;
      window.log.push(`screen ${screen}`);
    },
  });
  return { ...window, join: (lead: boolean) => window.sync.join(deck, 10, () => ({ index: window.index, step: window.step, screen: window.screen }), lead), window };
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
    // Told as a lead, not a move: opening a window is not a move of the talk.
    await vi.waitFor(() => expect(first.window.log).toEqual(['lead 6']));
    expect(second.window.log).toEqual([]);
  });

  it('a window opened without a slide joins the talk where it is, as a join and not a move', async () => {
    const talk = openWindow(4);
    talk.join(true);
    talk.window.screen = 'black';
    talk.window.step = 2;
    const joiner = openWindow(0);
    joiner.join(false);
    await vi.waitFor(() => expect(joiner.window.log).toEqual(['join 4 step 2']));
    expect(joiner.window.screen).toBe('black');
    expect(talk.window.log).toEqual([]);
  });

  /**
   * A window of the talk on its own deck that answers hellos only when the test releases them,
   * at slide 7. `read` resolves once the windows have read the answers: it then asks them a
   * hello of its own, which they answer only after reading everything it sent before.
   */
  function slowTalk(deck: string) {
    const slow = rawChannel(deck);
    const waiting: string[] = [];
    let read = () => {};
    slow.onmessage = (event: MessageEvent<{ type: string; from: string; to?: string }>) => {
      if (event.data.type === 'hello' && event.data.from !== 'probe') waiting.push(event.data.from);
      if (event.data.type === 'state' && event.data.to === 'probe') read();
    };
    return {
      release(): Promise<void> {
        const done = new Promise<void>((resolve) => (read = resolve));
        for (const to of waiting.splice(0)) slow.postMessage({ v: 2, deck, type: 'state', from: 'slow', to, index: 7, screen: 'normal', known: true });
        slow.postMessage({ v: 2, deck, type: 'hello', from: 'probe' });
        return done;
      },
    };
  }

  it('follows an answer that comes after it stopped waiting, as long as it has not moved on its own', async () => {
    const talk = slowTalk(`${DECK}.late`);
    const joiner = openWindow(0, `${DECK}.late`);
    joiner.join(false);
    await vi.waitFor(() => expect(joiner.window.sync.isSettled).toBe(true));
    expect(joiner.window.log).toEqual([]);
    await talk.release();
    expect(joiner.window.log).toEqual(['join 7']);
  });

  it.each([
    ['moved', (sync: PresenterSyncController) => sync.announce(1, 0)],
    ['blanked the screen', (sync: PresenterSyncController) => sync.announceScreen('black')],
  ])('ignores a late answer once it has %s on its own', async (what, act) => {
    const talk = slowTalk(`${DECK}.${what}`);
    const window = openWindow(0, `${DECK}.${what}`);
    window.join(false);
    await vi.waitFor(() => expect(window.window.sync.isSettled).toBe(true));
    act(window.sync);
    await talk.release();
    expect(window.window.log).toEqual([]);
  });

  it('a window still waiting answers newcomers as not knowing, and they go on waiting for one that knows', async () => {
    const talk = slowTalk(`${DECK}.unsure`);
    const first = openWindow(3, `${DECK}.unsure`);
    first.join(false);
    await vi.waitFor(() => expect(first.window.sync.isSettled).toBe(true));
    const second = openWindow(0, `${DECK}.unsure`);
    second.join(false);
    await vi.waitFor(() => expect(second.window.log).toEqual(['join 3']));
    await talk.release();
    expect(first.window.log).toEqual(['join 7']);
    expect(second.window.log).toEqual(['join 3', 'join 7']);
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
    a.sync.announce(3, 2);
    a.sync.announceScreen('white');
    await vi.waitFor(() => expect(b.window.log).toEqual(['remote 3 step 2', 'screen white']));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toMatchObject([{ type: 'goto', index: 3, step: 2 }, { type: 'screen', screen: 'white' }]);
  });

  it('ignores malformed messages and messages for another deck', async () => {
    const window = openWindow(2);
    window.join(true);
    const junk = rawChannel();
    for (const message of [null, 'goto 1', { v: 3, deck: DECK, type: 'goto', from: 'x', index: 1 }, { v: 2, deck: `${DECK}.other`, type: 'goto', from: 'x', index: 1 }, { v: 2, deck: DECK, type: 'goto', from: 'x', index: 10 }]) {
      junk.postMessage(message);
    }
    rawChannel(`${DECK}.other`).postMessage({ v: 2, deck: DECK, type: 'goto', from: 'x', index: 5 });
    junk.postMessage({ v: 2, deck: DECK, type: 'goto', from: 'x', index: 8 });
    await vi.waitFor(() => expect(window.window.log).toEqual(['remote 8']));
  });

  it('leaves the channel when its host leaves the page', async () => {
    const window = openWindow(2);
    window.join(true);
    window.host.remove();
    rawChannel().postMessage({ v: 2, deck: DECK, type: 'goto', from: 'x', index: 5 });
    const probe = openWindow(0);
    probe.join(true);
    rawChannel().postMessage({ v: 2, deck: DECK, type: 'goto', from: 'x', index: 6 });
    await vi.waitFor(() => expect(probe.window.log).toEqual(['remote 6']));
    expect(window.window.log).toEqual([]);
  });
});
