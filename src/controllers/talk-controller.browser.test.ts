import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDeck } from '../deck/parse-deck';
import { channelName } from '../deck/sync-message';
import { mountHost } from '../test/test-host';
import { TalkController, type MoveSource } from './talk-controller';

const page = location.pathname + location.search;
const deck = parseDeck(Array.from({ length: 8 }, (_, i) => `# Slide ${i + 1}`).join('\n---\n'));
const channels: BroadcastChannel[] = [];

function openTalk(deckUrl: string) {
  const moves: string[] = [];
  const host = mountHost();
  const talk = new TalkController(host, {
    onMove: (index: number, source: MoveSource) => moves.push(`${source} ${index}`),
    onPresenterLink: () => moves.push('presenter'),
  });
  talk.start(deck, deckUrl);
  return { host, talk, moves };
}

function otherWindow(deckUrl: string): BroadcastChannel {
  const channel = new BroadcastChannel(channelName(deckUrl));
  channels.push(channel);
  return channel;
}

afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
  document.body.replaceChildren();
  history.replaceState(null, '', page);
});

describe('TalkController', () => {
  it('follows a speaker’s move in another window as a move, and a window opened at a slide as a join', async () => {
    const url = `${location.origin}/talk-a.md`;
    const { talk, moves } = openTalk(url);
    await vi.waitFor(() => expect(talk.settled).toBe(true));
    otherWindow(url).postMessage({ v: 2, deck: url, type: 'goto', from: 'speaker', index: 4 });
    otherWindow(url).postMessage({ v: 2, deck: url, type: 'goto', from: 'new-tab', index: 6, lead: true });
    await vi.waitFor(() => expect(moves).toEqual(['join 0', 'remote 4', 'join 6']));
    expect(location.hash).toBe('#/7');
  });

  it('clamps every move into the deck and tells the other windows about its own', async () => {
    const url = `${location.origin}/talk-b.md`;
    const { talk, moves } = openTalk(url);
    const heard: unknown[] = [];
    otherWindow(url).onmessage = (event) => heard.push(event.data);
    talk.go(99, 'local');
    talk.go(-5, 'local');
    talk.go(Number.NaN, 'remote');
    expect(moves).toEqual(['join 0', 'local 7', 'local 0', 'remote 0']);
    await vi.waitFor(() => expect(heard).toMatchObject([{ type: 'goto', index: 7 }, { type: 'goto', index: 0 }]));
  });

  it('rejoins the talk when taken out of the page and put back, so its keys work again', async () => {
    const url = `${location.origin}/talk-c.md`;
    const { host, talk, moves } = openTalk(url);
    await vi.waitFor(() => expect(talk.settled).toBe(true));
    host.remove();
    expect(talk.settled).toBe(false);
    document.body.append(host);
    const ran = new Promise<void>((resolve) => talk.whenSettled(resolve));
    await ran;
    otherWindow(url).postMessage({ v: 2, deck: url, type: 'goto', from: 'speaker', index: 2 });
    await vi.waitFor(() => expect(moves.at(-1)).toBe('remote 2'));
  });
});
