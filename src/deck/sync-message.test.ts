import { describe, expect, it } from 'vitest';
import { channelName, readSyncMessage } from './sync-message';

const D = 'http://h/a/slides.md';

describe('readSyncMessage', () => {
  it('accepts well-formed messages', () => {
    expect(readSyncMessage({ v: 2, deck: D, type: 'goto', from: 'a1', index: 3 }, 10, D)).toEqual({ v: 2, deck: D, type: 'goto', from: 'a1', index: 3, step: 0, lead: false });
    expect(readSyncMessage({ v: 2, deck: D, type: 'goto', from: 'a1', index: 3, step: 2 }, 10, D)).toMatchObject({ index: 3, step: 2 });
    for (const step of [-1, 1.5, '2', Number.NaN, 2 ** 60]) {
      expect(readSyncMessage({ v: 2, deck: D, type: 'goto', from: 'a1', index: 3, step }, 10, D)).toMatchObject({ index: 3, step: 0 });
    }
    expect(readSyncMessage({ v: 2, deck: D, type: 'goto', from: 'a1', index: 3, lead: true }, 10, D)).toMatchObject({ lead: true });
    expect(readSyncMessage({ v: 2, deck: D, type: 'goto', from: 'a1', index: 3, lead: 'yes' }, 10, D)).toMatchObject({ lead: false });
    expect(readSyncMessage({ v: 2, deck: D, type: 'hello', from: 'a1' }, 10, D)).toEqual({ v: 2, deck: D, type: 'hello', from: 'a1' });
    expect(readSyncMessage({ v: 2, deck: D, type: 'state', from: 'a1', to: 'b2', index: 0, extra: 1 }, 10, D)).toEqual({
      v: 2,
      deck: D,
      type: 'state',
      from: 'a1',
      to: 'b2',
      index: 0,
      step: 0,
      screen: 'normal',
      known: true,
    });
    expect(readSyncMessage({ v: 2, deck: D, type: 'state', from: 'a1', to: 'b2', index: 2, screen: 'black', known: false }, 10, D)).toMatchObject({
      screen: 'black',
      known: false,
    });
    expect(readSyncMessage({ v: 2, deck: D, type: 'screen', from: 'a1', screen: 'black' }, 10, D)).toEqual({
      v: 2,
      deck: D,
      type: 'screen',
      from: 'a1',
      screen: 'black',
    });
  });

  it.each([
    null,
    undefined,
    'goto 3',
    42,
    [1, 'goto'],
    {},
    { v: 3, type: 'goto', from: 'a', index: 1 },
    { v: '2', deck: D, type: 'goto', from: 'a', index: 1 },
    { v: 2, type: 'goto', from: 'a', index: 1 },
    { v: 2, deck: 'http://h/b/slides.md', type: 'goto', from: 'a', index: 1 },
    { v: 2, deck: D, type: 'goto', from: 'a', index: 10 },
    { v: 2, deck: D, type: 'goto', from: 'a', index: -1 },
    { v: 2, deck: D, type: 'goto', from: 'a', index: 1.5 },
    { v: 2, deck: D, type: 'goto', from: 'a', index: '3' },
    { v: 2, deck: D, type: 'goto', from: 'a', index: 1e308 },
    { v: 2, deck: D, type: 'goto', from: 'a', index: Number.NaN },
    { v: 2, deck: D, type: 'goto', from: '', index: 1 },
    { v: 2, deck: D, type: 'goto', from: 'x'.repeat(65), index: 1 },
    { v: 2, deck: D, type: 'goto', from: { toString: (): string => 'a' }, index: 1 },
    { v: 2, deck: D, type: 'state', from: 'a', index: 1 },
    { v: 2, deck: D, type: 'explode', from: 'a' },
    { v: 2, deck: D, type: '__proto__', from: 'a' },
    { v: 2, deck: D, type: 'screen', from: 'a', screen: 'purple' },
    { v: 2, deck: D, type: 'screen', from: 'a' },
  ])('ignores %j', (data) => {
    expect(readSyncMessage(data, 10, D)).toBeUndefined();
  });
});

describe('channelName', () => {
  it('is one per deck URL, whatever the hash', () => {
    expect(channelName('http://h/a/slides.md#x')).toBe(channelName('http://h/a/slides.md'));
    expect(channelName('http://h/a/slides.md')).not.toBe(channelName('http://h/b/slides.md'));
  });
});
